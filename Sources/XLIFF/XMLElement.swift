/// An XML element as the reader found it: its name resolved against the namespaces in scope,
/// its attributes, its children, and where it starts in the file.
public struct XMLElement: Sendable, Equatable {
    /// The namespace URI of the element (empty when it has none).
    public var namespace: String
    /// The local name, without prefix (`unit`).
    public var name: String
    /// Attributes in document order (namespace declarations left out).
    public var attributes: [XMLAttribute]
    /// Child elements and text, in document order (comments and processing instructions left out).
    public var children: [XMLNode]
    /// 1-based line and column of the `<`.
    public var line: Int
    /// 1-based column of the `<`, in Unicode scalars.
    public var column: Int

    /// The value of the attribute `name` in namespace `namespace` (none: unprefixed), if present.
    public func attribute(_ name: String, namespace: String = "") -> String? {
        attributes.first { $0.name == name && $0.namespace == namespace }?.value
    }

    /// The child elements, in order.
    public var elements: [XMLElement] {
        children.compactMap { child in
            if case .element(let element) = child { return element }
            return nil
        }
    }

    /// The child elements named `name` in `namespace`.
    public func elements(_ name: String, namespace: String) -> [XMLElement] {
        elements.filter { $0.name == name && $0.namespace == namespace }
    }

    /// The concatenated text of the direct text children.
    public var text: String {
        children.map { child in
            if case .text(let text) = child { return text }
            return ""
        }.joined()
    }
}

/// One attribute, its name resolved against the namespaces in scope.
public struct XMLAttribute: Sendable, Equatable {
    /// The namespace URI (empty for an unprefixed attribute).
    public var namespace: String
    /// The local name.
    public var name: String
    /// The value, entity and character references replaced.
    public var value: String
}

/// A child of an element.
public enum XMLNode: Sendable, Equatable {
    /// A child element, with its own attributes and children.
    case element(XMLElement)
    /// Character data, references replaced, CDATA sections included, line ends as LF.
    case text(String)
}

/// Why an XML document could not be read, and where.
public struct XMLError: Error, Sendable, Equatable, CustomStringConvertible {
    /// What is wrong, and what to do.
    public var message: String
    /// 1-based line.
    public var line: Int
    /// 1-based column, in Unicode scalars.
    public var column: Int

    /// `line:column: message`.
    public var description: String { "\(line):\(column): \(message)" }
}

/// The namespaces the reader knows by heart.
enum XMLNamespace {
    static let xml = "http://www.w3.org/XML/1998/namespace"
    static let xmlns = "http://www.w3.org/2000/xmlns/"
}
