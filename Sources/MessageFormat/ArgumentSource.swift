/// Where one formatting call reads its arguments: a dictionary, read directly (the usual case),
/// or any other ``MessageArguments``.
///
/// It holds the caller's dictionary by reference to its storage: making one copies no entries.
enum ArgumentSource {
    case dictionary([String: MessageArgument])
    case custom(any MessageArguments)

    /// A source reading `arguments`.
    init(_ arguments: some MessageArguments) {
        if let dictionary = arguments as? [String: MessageArgument] {
            self = .dictionary(dictionary)
        } else {
            self = .custom(arguments)
        }
    }

    func argument(named name: String) -> MessageArgument? {
        switch self {
        case .dictionary(let dictionary): Self.lookUp(name, in: dictionary)
        case .custom(let custom): custom.argument(named: name)
        }
    }

    /// A few arguments are found faster by comparing names than by hashing the one looked for.
    private static func lookUp(_ name: String, in dictionary: [String: MessageArgument]) -> MessageArgument? {
        guard dictionary.count <= 8 else { return dictionary[name] }
        // String == is the dictionary's own key equality (canonical equivalence).
        for (key, value) in dictionary where key == name { return value }
        return nil
    }
}
