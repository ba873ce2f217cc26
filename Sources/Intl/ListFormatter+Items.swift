internal import CICU

extension ListFormatter {
    /// A piece of a formatted list: one of the items, or the list's own words between them
    /// (separators and connectors such as ", ", " and ", "، و").
    public struct Piece: Sendable, Hashable {
        /// The text of the piece.
        public var text: String
        /// The index of the item this piece is, or nil for the list's own words.
        public var item: Int?

        /// Creates a piece.
        public init(_ text: String, item: Int?) {
            self.text = text
            self.item = item
        }
    }

    /// The items joined as ``format(_:)`` joins them, in pieces: each item apart from the words
    /// around it, so a writer can isolate or escape items one by one. The pieces' texts,
    /// concatenated, are exactly ``format(_:)``'s result.
    public func formatPieces(_ items: [String]) -> [Piece] {
        switch items.count {
        case 0: return []
        case 1: return [Piece(items[0], item: 0)]
        default: break
        }
        var starts = [Int32](repeating: -1, count: items.count)
        var limits = [Int32](repeating: -1, count: items.count)
        // ICU's output goes into a Swift array, sized again if ICU asks for more.
        let text: [UInt16]? = withItems(
            count: items.count, item: { items[$0] },
            { pointers, lengths in
                var capacity = items.reduce(0) { $0 + $1.utf16.count } + 64 * items.count
                while true {
                    var output = [UInt16](repeating: 0, count: capacity)
                    var status = U_ZERO_ERROR
                    let length = icu_listfmt_format_items(
                        formatter, pointers, lengths, Int32(items.count), &output, Int32(capacity), &starts, &limits, &status)
                    if status == U_BUFFER_OVERFLOW_ERROR {
                        capacity = Int(length) + 1
                        continue
                    }
                    return status.isFailure ? nil : Array(output[..<Int(length)])
                }
            })
        guard let text else { return Self.fallbackPieces(items) }
        return Self.pieces(of: text[...], items: items, starts: starts, limits: limits)
    }

    /// Splits the formatted text at the items' spans; the original items are used for the items'
    /// text so nothing of theirs changes on the way through UTF-16.
    private static func pieces(of text: ArraySlice<UInt16>, items: [String], starts: [Int32], limits: [Int32]) -> [Piece] {
        let spans = (0..<items.count).map { (index: $0, start: Int(starts[$0]), limit: Int(limits[$0])) }
            .sorted { $0.start < $1.start }
        guard spans.allSatisfy({ $0.start >= 0 && $0.limit >= $0.start && $0.limit <= text.count }) else {
            return fallbackPieces(items)
        }
        var pieces: [Piece] = []
        var position = 0
        for span in spans {
            guard span.start >= position else { return fallbackPieces(items) }
            if span.start > position {
                pieces.append(Piece(String(decoding: text[position..<span.start], as: UTF16.self), item: nil))
            }
            pieces.append(Piece(items[span.index], item: span.index))
            position = span.limit
        }
        if position < text.count {
            pieces.append(Piece(String(decoding: text[position...], as: UTF16.self), item: nil))
        }
        return pieces
    }

    /// When ICU cannot format: the items joined by ", ", as ``format(count:item:)`` does then.
    private static func fallbackPieces(_ items: [String]) -> [Piece] {
        var pieces: [Piece] = []
        for (index, item) in items.enumerated() {
            if index > 0 { pieces.append(Piece(", ", item: nil)) }
            pieces.append(Piece(item, item: index))
        }
        return pieces
    }
}
