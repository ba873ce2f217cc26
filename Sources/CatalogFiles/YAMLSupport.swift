/// Reads YAML that sits inside a file and turns libyaml's errors into positioned problems.
struct YAMLRegion {
    /// The whole file.
    let source: SourceText
    /// The bytes of the file that are YAML.
    let range: Range<Int>
    /// File line of the YAML text's first line, minus one.
    let lineOffset: Int
    /// Problem code for YAML errors.
    let code: CatalogProblem.Code
    /// `header` or `manifest`, for messages.
    let what: String

    init(source: SourceText, range: Range<Int>, code: CatalogProblem.Code, what: String) {
        // libyaml does not skip a byte-order mark when told the encoding: leave it out.
        let start = source.lines[0].start > range.lowerBound ? min(source.lines[0].start, range.upperBound) : range.lowerBound
        self.source = source
        self.range = start..<range.upperBound
        self.lineOffset = source.position(ofOffset: start).line - 1
        self.code = code
        self.what = what
    }

    /// The root node (nil for an empty document), or nil after logging why the YAML is invalid.
    ///
    /// A key given twice is reported at its second entry, which is left out, and the rest of the
    /// YAML is still checked.
    func compose(_ log: inout ProblemLog) -> (root: YAMLNode?, valid: Bool) {
        let document: YAMLDocument
        do {
            document = try YAMLDocument(utf8: source.bytes[range])
        } catch {
            report(error, &log)
            return (nil, false)
        }
        for duplicate in document.duplicates {
            log.add(
                code, at: position(duplicate.again),
                "'\(duplicate.key)' is given more than once in the \(what) (first at line \(position(duplicate.first).line)); keep one"
            )
        }
        return (document.root, true)
    }

    /// The document as a map, for a file that is one map (a tone or channel pack): an empty map
    /// for an empty document; nil after logging why not (invalid YAML, or a root of another kind:
    /// "a \(what) is \(shape), found …").
    func rootMap(_ log: inout ProblemLog, shape: String) -> YAMLNode.Mapping? {
        let (root, valid) = compose(&log)
        guard valid else { return nil }
        guard let root, !root.isNull else { return YAMLNode.Mapping(pairs: [], mark: YAMLNode.Mark(line: 1, column: 1)) }
        guard case .mapping(let mapping) = root else {
            log.add(code, at: position(root), "a \(what) is \(shape), found \(root.found)")
            return nil
        }
        return mapping
    }

    /// The file position of a mark in the YAML.
    func position(_ mark: YAMLNode.Mark) -> Position {
        // libyaml reports errors at the end of the input on the line after it: clamp to the end.
        let end = source.position(ofOffset: range.upperBound)
        let position = Position(line: mark.line + lineOffset, column: max(mark.column, 1))
        return position.line > end.line || (position.line == end.line && position.column > end.column) ? end : position
    }

    /// The file position of a node.
    func position(_ node: YAMLNode) -> Position { position(node.mark) }

    /// The file position `scalars` Unicode scalars to the right of a plain, one-line scalar's start.
    func position(_ node: YAMLNode, plus scalars: Int) -> Position {
        var position = position(node)
        if let scalar = node.scalar, scalar.isPlain, !scalar.string.contains(where: \.isNewline) {
            position.column += scalars
        }
        return position
    }

    private func report(_ failure: YAMLDocument.Failure, _ log: inout ProblemLog) {
        switch failure {
        case .syntax(let problem, let mark, let context):
            let position = position(mark)
            var message = "the \(what) is not valid YAML: \(problem)"
            if let context, !context.text.isEmpty {
                message += " (\(context.text) at line \(self.position(context.mark).line))"
            }
            log.add(code, at: position, message + hint(at: position))
        case .structure(let problem, let mark):
            log.add(code, at: position(mark), "the \(what) is not valid YAML: \(problem)")
        case .tooDeep(let mark):
            log.add(
                code, at: position(mark),
                "the \(what) nests lists and maps more than \(YAMLDocument.maximumDepth) levels deep; flatten it")
        case .reader(let problem, let offset):
            let position = source.position(ofOffset: range.lowerBound + offset)
            let hint = problem.contains("control character") ? "; remove the control character" : ""
            log.add(code, at: position, "the \(what) is not valid YAML: \(problem)\(hint)")
        }
    }

    /// A hint for the usual causes of a YAML error at `position`.
    private func hint(at position: Position) -> String {
        let lineIndex = position.line - 1
        guard lineIndex >= 0, lineIndex < source.lines.count else { return "" }
        let line = source.lines[lineIndex]
        if source.bytes[line.start..<line.end].contains(0x09) {
            return "; YAML is indented with spaces, not tabs"
        }
        return "; check the indentation and quote values that contain ': ', ' #', '[' or '{'"
    }
}
