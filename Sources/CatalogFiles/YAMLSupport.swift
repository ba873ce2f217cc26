internal import Yams

/// Composes YAML that sits inside a file and turns Yams' errors into positioned problems.
struct YAMLRegion {
    /// The whole file.
    let source: SourceText
    /// Byte offset in the file where the YAML text starts.
    let baseOffset: Int
    /// The YAML text.
    let text: String
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
        self.baseOffset = start
        self.text = source.string(start..<range.upperBound)
        self.lineOffset = source.position(ofOffset: start).line - 1
        self.code = code
        self.what = what
    }

    /// The root node (nil for an empty document), or nil after logging why the YAML is invalid.
    ///
    /// A key given twice is reported, and its second entry blanked out (keeping every other
    /// position) so that the rest of the YAML is still checked.
    func compose(_ log: inout ProblemLog) -> (root: Node?, valid: Bool) {
        var text = self.text
        for _ in 0..<64 {
            do {
                // No implicit typing: every value is read as text, and null is recognised by
                // `isNull`. (The default resolver runs up to seven regular expressions on every
                // scalar, a tenth of the time it takes to load a large catalog.)
                return (try Yams.compose(yaml: text, .basic, .default, .utf8), true)
            } catch YamlError.duplicatedKeysInMapping(let duplicates, let context) {
                guard let blanked = blankDuplicate(duplicates.first ?? "", first: context.mark, in: text, &log) else { break }
                text = blanked
            } catch let error as YamlError {
                report(error, &log)
                break
            } catch {
                log.add(code, line: lineOffset + 1, column: 1, "the \(what) is not valid YAML: \(error)")
                break
            }
        }
        return (nil, false)
    }

    /// The document as a map, for a file that is one map (a tone or channel pack): an empty map
    /// for an empty document; nil after logging why not (invalid YAML, or a root of another kind:
    /// "a \(what) is \(shape), found …").
    func rootMap(_ log: inout ProblemLog, shape: String) -> Node.Mapping? {
        let (root, valid) = compose(&log)
        guard valid else { return nil }
        guard let root, !root.isNull else { return [:] }
        guard case .mapping(let mapping) = root else {
            log.add(code, at: position(root), "a \(what) is \(shape), found \(root.found)")
            return nil
        }
        return mapping
    }

    /// The file position of a Yams mark.
    func position(_ mark: Mark?) -> Position {
        guard let mark, mark.line >= 1 else { return Position(line: lineOffset + 1, column: 1) }
        // libyaml reports errors at the end of the input on the line after it: clamp to the end.
        let end = source.position(ofOffset: baseOffset + text.utf8.count)
        let position = Position(line: mark.line + lineOffset, column: max(mark.column, 1))
        return position.line > end.line || (position.line == end.line && position.column > end.column) ? end : position
    }

    /// The file position of a node.
    func position(_ node: Node) -> Position { position(node.mark) }

    /// The file position `scalars` Unicode scalars to the right of a plain, one-line scalar's start.
    func position(_ node: Node, plus scalars: Int) -> Position {
        var position = position(node)
        if let scalar = node.scalar, scalar.style == .plain, !scalar.string.contains(where: \.isNewline) {
            position.column += scalars
        }
        return position
    }

    private func report(_ error: YamlError, _ log: inout ProblemLog) {
        switch error {
        case .scanner(let context, let problem, let mark, _),
            .parser(let context, let problem, let mark, _),
            .composer(let context, let problem, let mark, _):
            let position = position(mark)
            var message = "the \(what) is not valid YAML: \(problem)"
            if let context, !context.text.isEmpty {
                message += " (\(context.text) at line \(self.position(context.mark).line))"
            }
            message += hint(at: position)
            log.add(code, at: position, message)
        case .reader(let problem, let offset, _, _):
            let position = offset.map(positionOfCharacter) ?? Position(line: lineOffset + 1, column: 1)
            log.add(code, at: position, "the \(what) is not valid YAML: \(problem); remove the control character")
        default:
            log.add(code, line: lineOffset + 1, column: 1, "the \(what) is not valid YAML: \(error)")
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

    /// Reports a key given twice at its second occurrence (which must start a line at the first
    /// one's column) and returns `text` with that entry blanked; nil when it cannot be found.
    private func blankDuplicate(_ key: String, first: Mark, in text: String, _ log: inout ProblemLog) -> String? {
        let local = SourceText(text)
        let firstPosition = position(first)
        let column = first.column
        let firstIndex = first.line - 1
        guard firstIndex >= 0, column >= 1 else {
            log.add(code, at: firstPosition, "'\(key)' is given more than once in the \(what); keep one")
            return nil
        }
        func indentation(_ index: Int) -> Int {
            local.content(index).unicodeScalars.prefix { $0 == " " }.count
        }
        var found: Int?
        for index in (firstIndex + 1)..<max(firstIndex + 1, local.lines.count) {
            let scalars = Array(local.content(index).unicodeScalars)
            guard scalars.count >= column, scalars[..<(column - 1)].allSatisfy({ $0 == " " || $0 == "-" }) else { continue }
            let rest = String(String.UnicodeScalarView(scalars[(column - 1)...]))
            if rest.hasPrefix(key), rest.dropFirst(key.count).drop(while: { $0 == " " }).hasPrefix(":") {
                found = index
                break
            }
        }
        guard let duplicate = found else {
            log.add(code, at: firstPosition, "'\(key)' is given more than once in the \(what); keep one")
            return nil
        }
        log.add(
            code, line: duplicate + 1 + lineOffset, column: column,
            "'\(key)' is given more than once in the \(what) (first at line \(firstPosition.line)); keep one")
        // Blank the entry: its line and the more indented (or blank) lines after it.
        var bytes = local.bytes
        var index = duplicate
        repeat {
            for offset in local.lines[index].start..<local.lines[index].end { bytes[offset] = 0x20 }
            index += 1
        } while index < local.lines.count && (local.isBlank(index) || indentation(index) > column - 1)
        return String(decoding: bytes, as: UTF8.self)
    }

    /// The file position of a Character offset into `text` (Yams reports reader errors that way).
    private func positionOfCharacter(_ offset: Int) -> Position {
        let index = text.index(text.startIndex, offsetBy: max(0, offset), limitedBy: text.endIndex) ?? text.endIndex
        return source.position(ofOffset: baseOffset + text.utf8.distance(from: text.startIndex, to: index))
    }
}

extension Node {
    /// Whether this is a null scalar: `~`, `null`, `Null`, `NULL` or nothing, unquoted (YAML's
    /// core schema; `"null"` in quotes is text).
    var isNull: Bool {
        guard case .scalar(let scalar) = self, scalar.style == .plain else { return false }
        switch scalar.string {
        case "", "~", "null", "Null", "NULL": return true
        default: return false
        }
    }

    /// The text of a non-null scalar.
    var text: String? {
        if case .scalar(let scalar) = self, !isNull { return scalar.string }
        return nil
    }

    /// `a list`, `a map`, `nothing`, `'text'`: what was found, for messages.
    var found: String {
        switch self {
        case .sequence: return "a list"
        case .mapping: return "a map"
        case .alias: return "an alias"
        case .scalar(let scalar): return isNull ? "nothing" : Naming.quoted(scalar.string)
        }
    }
}
