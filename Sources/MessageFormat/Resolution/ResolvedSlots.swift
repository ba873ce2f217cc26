import MessageFormatSyntax

/// The declarations a formatting call has resolved, one slot each, nil until first used.
///
/// The first few slots live inline (in the call's stack frame); a message with more
/// declarations keeps the rest in an array, so the usual message allocates nothing here.
struct ResolvedSlots: ~Copyable {
    static let inlineCount = 8

    private var inline: InlineArray<8, Resolved?> = .init(repeating: nil)
    private var overflow: [Resolved?]

    init(count: Int) {
        overflow = count > Self.inlineCount ? Array(repeating: nil, count: count - Self.inlineCount) : []
    }

    subscript(index: Int) -> Resolved? {
        get { index < Self.inlineCount ? inline[index] : overflow[index - Self.inlineCount] }
        set {
            if index < Self.inlineCount {
                inline[index] = newValue
            } else {
                overflow[index - Self.inlineCount] = newValue
            }
        }
    }

    /// Runs `body` with the slot `index`, in place (a number caches its text and category there).
    mutating func update<R>(_ index: Int, _ body: (inout Resolved?) throws(MessageError) -> R) throws(MessageError) -> R {
        if index < Self.inlineCount { return try body(&inline[index]) }
        return try body(&overflow[index - Self.inlineCount])
    }
}
