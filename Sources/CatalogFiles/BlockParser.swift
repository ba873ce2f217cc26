internal import MessageFormatSyntax

/// Splits the body of a template or translation into blocks and parses each block's message.
struct BlockParser {
    /// Which kind of file the blocks are in.
    enum Role { case source, translation }

    /// One block as found, with the syntax of its block line (for checks that need columns).
    struct Scanned {
        var block: Block
        var syntax: BlockLine
        /// A later block with an id already used; left out of the file's blocks.
        var isDuplicate = false
    }

    let source: SourceText
    let role: Role

    /// Every block from line index `firstLine` on; problems go to `log`.
    func scan(from firstLine: Int, _ log: inout ProblemLog) -> [Scanned] {
        var scanned: [Scanned] = []
        var pending: (lineIndex: Int, syntax: BlockLine, annotations: [(text: String, line: Int)], bodyStart: Int)?
        var inAnnotations = false
        var inStrayText = false
        // After a block line that makes no block: until the next block line.
        var skipping = false
        var firstLineOfID: [String: Int] = [:]

        func finish(_ end: Int, _ log: inout ProblemLog) {
            guard let open = pending else { return }
            let block = makeBlock(
                open.syntax, lineIndex: open.lineIndex, annotations: open.annotations,
                body: open.bodyStart..<end, &log)
            var item = Scanned(block: block, syntax: open.syntax)
            if let first = firstLineOfID[block.id] {
                log.add(
                    .duplicateBlock, line: block.line, column: 2,
                    "block '\(block.id)' is defined twice (first at line \(first)); rename or remove one")
                item.isDuplicate = true
            } else {
                firstLineOfID[block.id] = block.line
            }
            scanned.append(item)
        }

        var index = firstLine
        while index < source.lines.count {
            defer { index += 1 }
            let line = source.lines[index]
            if line.start < line.end, source.bytes[line.start] == UInt8(ascii: "[") {
                switch BlockLine.parse(source.content(index)) {
                case .block(let syntax):
                    finish(index, &log)
                    pending = (index, syntax, [], index + 1)
                    inAnnotations = true
                    inStrayText = false
                    skipping = false
                    continue
                case .invalid(let column, let reason):
                    // Never text of the block before: that block ends here, and the lines up to
                    // the next block line belong to no block.
                    log.add(.badBlock, line: index + 1, column: column, "\(Self.quotedLine(source.content(index))) \(reason)")
                    finish(index, &log)
                    pending = nil
                    inStrayText = true
                    skipping = true
                    continue
                case .text:
                    break
                }
            }
            if pending == nil {
                if skipping {
                    continue
                } else if source.isBlank(index) {
                    inStrayText = false
                } else if !inStrayText {
                    let column = source.position(ofOffset: firstNonSpace(line)).column
                    log.add(
                        .badBlock, line: index + 1, column: column,
                        "text before the first block; start a block with a line such as '[greeting]', or remove the text")
                    inStrayText = true
                }
            } else if inAnnotations, source.bytes[line.start..<line.end].starts(with: [UInt8(ascii: "#"), UInt8(ascii: ":")]) {
                let text = source.string((line.start + 2)..<line.end).trimmingSpaces
                pending?.annotations.append((text, index + 1))
                pending?.bodyStart = index + 1
            } else {
                inAnnotations = false
            }
        }
        finish(source.lines.count, &log)
        return scanned
    }

    private func firstNonSpace(_ line: SourceText.Line) -> Int {
        var offset = line.start
        while offset < line.end, source.bytes[offset] == 0x20 || source.bytes[offset] == 0x09 { offset += 1 }
        return offset
    }

    /// Builds a block from its line, annotations and body lines, checking the line for the role
    /// and parsing the text as MF2.
    private func makeBlock(
        _ syntax: BlockLine, lineIndex: Int, annotations: [(text: String, line: Int)],
        body: Range<Int>, _ log: inout ProblemLog
    ) -> Block {
        let lineNumber = lineIndex + 1
        let written = Self.quotedLine(source.content(lineIndex))
        for problem in syntax.problems {
            log.add(.badBlock, line: lineNumber, column: problem.column, "\(written) \(problem.message)")
        }
        if let unexpected = syntax.unexpected {
            log.add(
                .badBlock, line: lineNumber, column: unexpected.column,
                "\(written) \(unexpectedMessage(unexpected))")
        }
        var condition = BlockCondition.always
        var sourceHash: String?
        switch role {
        case .source:
            if let written = syntax.condition {
                if let problem = written.problem {
                    log.add(.badCondition, line: lineNumber, column: problem.column, problem.message)
                }
                condition = written.form ?? .present(path: written.path)
            }
            if let stamp = syntax.stamp {
                log.add(
                    .badBlock, line: lineNumber, column: stamp.column,
                    "version stamps belong in translations; remove '\(stamp.text)' from the source template")
            }
        case .translation:
            if let written = syntax.condition, syntax.unexpected == nil {
                log.add(
                    .badCondition, line: lineNumber, column: written.column,
                    "conditions belong in the source template; remove '\(written.text)' from the translation")
            }
            if let stamp = syntax.stamp {
                if let hash = stamp.hash {
                    sourceHash = hash
                } else {
                    log.add(
                        .badBlock, line: lineNumber, column: stamp.column,
                        "expected '@' and 8 lowercase hex digits (the source block's version), found '\(stamp.text)'; copy the stamp from 'replykit' or remove it"
                    )
                }
            }
        }

        // The text: the body lines without leading and trailing blank lines.
        var first = body.lowerBound
        var last = body.upperBound - 1
        while first <= last, source.isBlank(first) { first += 1 }
        while last >= first, source.isBlank(last) { last -= 1 }
        let textRange: Range<Int>
        if first <= last {
            textRange = source.lines[first].start..<source.lines[last].end
        } else {
            let start = body.lowerBound < source.lines.count ? source.lines[body.lowerBound].start : source.bytes.count
            textRange = start..<start
        }
        let text = source.string(textRange)
        let textPosition = source.position(ofOffset: textRange.lowerBound)

        var errors: [MessageError]
        var message: Message
        do {
            message = try Message.parse(text)
            errors = message.validate()
        } catch {
            message = Message(body: .pattern(Pattern(parts: [], range: SourceRange(start: 0, end: 0))))
            errors = error.errors
        }
        let firstMessageProblem = log.problems.count
        for error in errors {
            let location = error.range.map { SourceLocation(offset: textRange.lowerBound + $0.start, in: source.text) }
            log.add(
                .message, line: location?.line ?? textPosition.line, column: location?.column ?? textPosition.column,
                "block '\(syntax.id)': \(Self.filePositions(in: error.message, textLine: textPosition.line))", mf2: error.kind)
        }

        return Block(
            id: syntax.id, condition: condition, text: text, message: message,
            messageProblems: Array(log.problems[firstMessageProblem...]), annotations: annotations,
            sourceHash: sourceHash, line: lineNumber, textLine: textPosition.line,
            textColumn: textPosition.column, textOffset: textRange.lowerBound)
    }
}

extension BlockParser {
    /// `'[line]' is not a valid block line:`, the start of every message about a block line.
    static func quotedLine(_ line: String) -> String {
        "\(Naming.quoted(line, limit: 40)) is not a valid block line:"
    }

    /// What a word after `[id]` that is neither a condition nor a stamp should be, for the role.
    func unexpectedMessage(_ unexpected: BlockLine.Unexpected) -> String {
        let start = "unexpected '\(unexpected.word)' after '\(unexpected.after)'"
        switch role {
        case .source:
            let hint = unexpected.keyword.map { " (did you mean '\($0)'?)" } ?? ""
            return
                "\(start)\(hint); a block line is '[id]', optionally followed by 'when path', 'when path = value' or 'otherwise'; \(BlockLine.textHint)"
        case .translation:
            let scalars = unexpected.word.unicodeScalars
            let isHash = scalars.count == 8 && scalars.allSatisfy { $0.properties.isASCIIHexDigit }
            let hint = isHash ? " (did you mean '@\(unexpected.word.lowercased())'?)" : ""
            return
                "\(start)\(hint); in a translation a block line is '[id]', optionally followed by the source block's '@' stamp; \(BlockLine.textHint)"
        }
    }

    /// Rewrites `opened at L:C` in an MF2 message (a position in the message text) into the file
    /// position: the text starts at column 1 of `textLine`, so only the line moves.
    static func filePositions(in message: String, textLine: Int) -> String {
        let marker = "opened at "
        var result = ""
        var rest = Substring(message)
        while let range = rest.firstRange(of: marker) {
            result += rest[..<range.upperBound]
            rest = rest[range.upperBound...]
            let digits = rest.prefix { $0.isASCII && $0.isNumber }
            if let line = Int(digits), rest.dropFirst(digits.count).first == ":" {
                result += String(line + textLine - 1)
                rest = rest.dropFirst(digits.count)
            }
        }
        return result + rest
    }
}

extension String {
    /// Without leading and trailing spaces and tabs.
    var trimmingSpaces: String {
        let scalars = unicodeScalars
        guard let first = scalars.firstIndex(where: { $0 != " " && $0 != "\t" }) else { return "" }
        let last = scalars.lastIndex(where: { $0 != " " && $0 != "\t" })!
        return String(scalars[first...last])
    }
}
