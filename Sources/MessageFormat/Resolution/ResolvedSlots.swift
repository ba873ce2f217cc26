import MessageFormatSyntax

/// The declarations a formatting call has resolved, one slot each, nil until first used.
///
/// One array, sized once per call (most messages have a slot or two; a message without
/// declarations or selectors allocates nothing).
struct ResolvedSlots: ~Copyable {
    private var slots: [Resolved?]

    init(count: Int) {
        slots = count == 0 ? [] : Array(repeating: nil, count: count)
    }

    subscript(index: Int) -> Resolved? {
        get { slots[index] }
        set { slots[index] = newValue }
    }
}
