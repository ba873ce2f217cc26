/// Writes changed blocks into a translation file's text, leaving every other byte as it was:
/// a changed block gets its new stamp and text (its `#:` lines kept); a block the file lacks is
/// inserted after the nearest block that comes before it in the source template.
struct TranslationEditor {
    /// A block to write: its id, its stamp (the source version), and its MessageFormat text.
    struct Change {
        let id: String
        let stamp: String
        let text: String
    }

    /// The file's text with `changes` applied. `existing` is the file's current text (LF line
    /// ends) and its blocks; `order` the source template's block ids.
    static func apply(
        _ changes: [Change], to existing: String, blocks: [(id: String, line: Int, textOffset: Int, textLength: Int)],
        order: [String]
    )
        -> String
    {
        let bytes = Array(existing.utf8)
        var lineStarts = [0]
        for (index, byte) in bytes.enumerated() where byte == 0x0A { lineStarts.append(index + 1) }
        func start(ofLine line: Int) -> Int { line - 1 < lineStarts.count ? lineStarts[line - 1] : bytes.count }

        // The file as a preamble and one chunk per block, from its block line to the next one.
        let sorted = blocks.sorted { $0.line < $1.line }
        let preambleEnd = sorted.first.map { start(ofLine: $0.line) } ?? bytes.count
        var chunks: [(id: String, bytes: [UInt8])] = []
        for (index, block) in sorted.enumerated() {
            let chunkStart = start(ofLine: block.line)
            let chunkEnd = index + 1 < sorted.count ? start(ofLine: sorted[index + 1].line) : bytes.count
            var chunk = Array(bytes[chunkStart..<chunkEnd])
            if let change = changes.first(where: { $0.id == block.id }) {
                let headerEnd = min(start(ofLine: block.line + 1), chunkEnd)
                let textStart = block.textOffset
                let textEnd = block.textOffset + block.textLength
                var rebuilt = Array("[\(block.id)] @\(change.stamp)\n".utf8)
                rebuilt += bytes[headerEnd..<max(headerEnd, textStart)]
                rebuilt += Array(change.text.utf8)
                if block.textLength == 0 { rebuilt.append(0x0A) }
                rebuilt += bytes[textEnd..<chunkEnd]
                chunk = rebuilt
            }
            chunks.append((block.id, chunk))
        }

        // Blocks the file does not have yet, in source order.
        let present = Set(sorted.map(\.id))
        for change in changes where !present.contains(change.id) {
            let earlier = order.prefix { $0 != change.id }
            let after = chunks.lastIndex { chunk in earlier.contains(chunk.id) }
            let position = after.map { $0 + 1 } ?? 0
            if position > 0 {
                var previous = chunks[position - 1].bytes
                if previous.last != 0x0A { previous.append(0x0A) }
                if !previous.reversed().starts(with: [0x0A, 0x0A]) { previous.append(0x0A) }
                chunks[position - 1].bytes = previous
            }
            let text = Array("[\(change.id)] @\(change.stamp)\n\(change.text)\n\n".utf8)
            chunks.insert((change.id, text), at: position)
        }

        var result = Array(bytes[0..<preambleEnd])
        for chunk in chunks { result += chunk.bytes }
        // One line feed at the end, as the catalog's files have.
        while result.last == 0x0A { result.removeLast() }
        result.append(0x0A)
        return String(decoding: result, as: UTF8.self)
    }
}
