/// A YAML node in a catalog file, read without implicit typing: every scalar is text, and null is
/// recognised by `isNull`.
enum YAMLNode {
    case scalar(Scalar)
    case list(List)
    case mapping(Mapping)

    /// Where a node starts: 1-based line and column, the column counted in Unicode scalars.
    struct Mark: Equatable {
        var line: Int
        var column: Int
    }

    struct Scalar {
        let string: String
        /// Written without quotes and not as a block (`|` or `>`).
        let isPlain: Bool
        let mark: Mark
    }

    struct List: RandomAccessCollection {
        var items: [YAMLNode]
        let mark: Mark
        var startIndex: Int { items.startIndex }
        var endIndex: Int { items.endIndex }
        subscript(index: Int) -> YAMLNode { items[index] }
    }

    /// Key–value pairs in file order; a key given twice keeps its first value.
    struct Mapping: RandomAccessCollection {
        var pairs: [(key: YAMLNode, value: YAMLNode)]
        let mark: Mark
        var startIndex: Int { pairs.startIndex }
        var endIndex: Int { pairs.endIndex }
        subscript(index: Int) -> (key: YAMLNode, value: YAMLNode) { pairs[index] }
    }

    var mark: Mark {
        switch self {
        case .scalar(let scalar): scalar.mark
        case .list(let list): list.mark
        case .mapping(let mapping): mapping.mark
        }
    }

    var scalar: Scalar? {
        if case .scalar(let scalar) = self { return scalar }
        return nil
    }

    /// Whether this is a null scalar: `~`, `null`, `Null`, `NULL` or nothing, unquoted (YAML's
    /// core schema; `"null"` in quotes is text).
    var isNull: Bool {
        guard case .scalar(let scalar) = self, scalar.isPlain else { return false }
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
        case .list: return "a list"
        case .mapping: return "a map"
        case .scalar(let scalar): return isNull ? "nothing" : Naming.quoted(scalar.string)
        }
    }
}

/// A YAML document read into nodes by libyaml's parser.
struct YAMLDocument {
    /// Why some YAML cannot be read.
    enum Failure: Error, Equatable {
        /// Not YAML: libyaml's scanner or parser stopped at `mark`, while reading what starts at
        /// `context` (libyaml's words, as in "while parsing a flow sequence") if it says.
        case syntax(problem: String, mark: YAMLNode.Mark, context: Context?)
        /// A byte libyaml does not read (a control character, invalid UTF-8) at a byte offset.
        case reader(problem: String, offset: Int)
        /// A second document after `---`, or an alias to an anchor not defined before it.
        case structure(problem: String, mark: YAMLNode.Mark)
        /// Lists and maps nested deeper than `YAMLDocument.maximumDepth`.
        case tooDeep(mark: YAMLNode.Mark)

        /// What libyaml was reading when it stopped, and where that starts.
        struct Context: Equatable {
            let text: String
            let mark: YAMLNode.Mark
        }
    }

    /// A key given a second time in one map: the entry was left out.
    struct DuplicateKey: Equatable {
        let key: String
        let first: YAMLNode.Mark
        let again: YAMLNode.Mark
    }

    /// Deeper than any catalog file needs; it bounds the reader's recursion on hostile input.
    static let maximumDepth = 64

    /// The root node; nil for an empty document.
    let root: YAMLNode?
    /// Keys given twice, in file order.
    let duplicates: [DuplicateKey]

    /// Reads one YAML document from UTF-8 `bytes`; a second document is a failure.
    init(utf8 bytes: ArraySlice<UInt8>) throws(Failure) {
        let documents = try Self.read(bytes, single: true)
        self = documents.first ?? YAMLDocument(root: nil, duplicates: [])
    }

    /// Every document of a YAML stream, in order (a Kubernetes manifest holds several).
    static func stream(utf8 bytes: ArraySlice<UInt8>) throws(Failure) -> [YAMLDocument] {
        try read(bytes, single: false)
    }

    private init(root: YAMLNode?, duplicates: [DuplicateKey]) {
        self.root = root
        self.duplicates = duplicates
    }

    private static func read(_ bytes: ArraySlice<UInt8>, single: Bool) throws(Failure) -> [YAMLDocument] {
        // libyaml takes no empty input; it holds no document.
        guard !bytes.isEmpty else { return [] }
        return try YAMLEvents.reading(bytes) { events throws(Failure) in
            var composer = Composer(events: events)
            var documents: [YAMLDocument] = []
            while let start = try composer.events.nextDocument() {
                if single, !documents.isEmpty {
                    throw .structure(problem: "found a second document after '---'; a catalog file holds one", mark: start)
                }
                let root = try composer.root()
                documents.append(YAMLDocument(root: root, duplicates: composer.duplicates))
                composer.duplicates = []
            }
            return documents
        }
    }
}

/// Builds nodes from libyaml's events.
private struct Composer {
    let events: YAMLEvents
    var anchors: [String: YAMLNode] = [:]
    var duplicates: [YAMLDocument.DuplicateKey] = []

    /// The root node of the document just started (an empty plain scalar for an empty one).
    mutating func root() throws(YAMLDocument.Failure) -> YAMLNode? {
        anchors = [:]
        return try node(after: try events.next(), depth: 0)
    }

    /// The node that `event` starts, reading its content from `events`.
    private mutating func node(
        after event: YAMLEvents.Event, depth: Int
    ) throws(YAMLDocument.Failure) -> YAMLNode? {
        let node: YAMLNode
        let anchor: String?
        switch event {
        case .scalar(let scalar, let name):
            node = .scalar(scalar)
            anchor = name
        case .alias(let name, let mark):
            guard let node = anchors[name] else {
                throw .structure(problem: "found '*\(name)', but no '&\(name)' before it", mark: mark)
            }
            return node
        case .listStart(let mark, let name):
            guard depth < YAMLDocument.maximumDepth else { throw .tooDeep(mark: mark) }
            var items: [YAMLNode] = []
            while let item = try self.node(after: try events.next(), depth: depth + 1) {
                items.append(item)
            }
            node = .list(YAMLNode.List(items: items, mark: mark))
            anchor = name
        case .mappingStart(let mark, let name):
            guard depth < YAMLDocument.maximumDepth else { throw .tooDeep(mark: mark) }
            var pairs: [(key: YAMLNode, value: YAMLNode)] = []
            var seen: [String: YAMLNode.Mark] = [:]
            while let key = try self.node(after: try events.next(), depth: depth + 1) {
                // libyaml always gives a value after a key (an empty scalar when none is written).
                guard let value = try self.node(after: try events.next(), depth: depth + 1) else { break }
                if let text = key.scalar?.string {
                    if let first = seen[text] {
                        duplicates.append(YAMLDocument.DuplicateKey(key: text, first: first, again: key.mark))
                        continue
                    }
                    seen[text] = key.mark
                }
                pairs.append((key, value))
            }
            node = .mapping(YAMLNode.Mapping(pairs: pairs, mark: mark))
            anchor = name
        default:
            return nil
        }
        if let anchor { anchors[anchor] = node }
        return node
    }
}
