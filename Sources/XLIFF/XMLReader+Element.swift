/// Elements, attributes, text and references.
extension XMLReader {
    /// One element from its `<` to the end of its end tag; `scopes` holds the prefix → namespace
    /// bindings of the enclosing elements.
    mutating func element(depth: Int, scopes: inout [[String: String]]) throws(XMLError) -> XMLElement {
        let start = offset
        guard depth < Self.maximumDepth else {
            throw error("elements are nested more than \(Self.maximumDepth) deep; an XLIFF file needs far fewer")
        }
        offset += 1
        let qualified = try name()
        var raw: [(name: String, value: String, at: Int)] = []
        while true {
            let hadSpace = skipSpace()
            guard offset < bytes.count else { throw error("the start tag '<\(qualified)' is not closed with '>'") }
            if bytes[offset] == UInt8(ascii: ">") || starts(with: "/>") { break }
            guard hadSpace else { throw error("expected white space, '>' or '/>' in the start tag '<\(qualified)'") }
            let at = offset
            let attributeName = try name()
            skipSpace()
            guard offset < bytes.count, bytes[offset] == UInt8(ascii: "=") else {
                throw error("expected '=' after the attribute name '\(attributeName)'")
            }
            offset += 1
            skipSpace()
            let value = try attributeValue()
            if raw.contains(where: { $0.name == attributeName }) {
                throw error("the attribute '\(attributeName)' appears twice in '<\(qualified)'", at: at)
            }
            raw.append((attributeName, value, at))
        }

        var scope = scopes[scopes.count - 1]
        for attribute in raw {
            if attribute.name == "xmlns" {
                scope[""] = attribute.value
            } else if attribute.name.hasPrefix("xmlns:") {
                scope[String(attribute.name.dropFirst(6))] = attribute.value
            }
        }
        let (namespace, local) = try resolve(qualified, in: scope, isElement: true, at: start)
        var attributes: [XMLAttribute] = []
        for attribute in raw where attribute.name != "xmlns" && !attribute.name.hasPrefix("xmlns:") {
            let (attributeNamespace, attributeLocal) = try resolve(attribute.name, in: scope, isElement: false, at: attribute.at)
            if attributes.contains(where: { $0.namespace == attributeNamespace && $0.name == attributeLocal }) {
                throw error("the attribute '\(attribute.name)' appears twice in '<\(qualified)'", at: attribute.at)
            }
            attributes.append(XMLAttribute(namespace: attributeNamespace, name: attributeLocal, value: attribute.value))
        }
        let (line, column) = position(of: start)
        var result = XMLElement(
            namespace: namespace, name: local, attributes: attributes, children: [], line: line, column: column)
        if starts(with: "/>") {
            offset += 2
            return result
        }
        offset += 1
        scopes.append(scope)
        defer { scopes.removeLast() }
        result.children = try content(of: qualified, depth: depth, scopes: &scopes)
        return result
    }

    /// The children of an element up to and including its end tag `</qualified>`.
    private mutating func content(of qualified: String, depth: Int, scopes: inout [[String: String]]) throws(XMLError)
        -> [XMLNode]
    {
        var children: [XMLNode] = []
        var text: [UInt8] = []
        func flush() {
            if !text.isEmpty { children.append(.text(String(decoding: text, as: UTF8.self))) }
            text = []
        }
        while true {
            guard offset < bytes.count else {
                throw error("the element '<\(qualified)>' is not closed; add '</\(qualified)>'")
            }
            let byte = bytes[offset]
            if byte == UInt8(ascii: "<") {
                if starts(with: "</") {
                    let at = offset
                    offset += 2
                    let closing = try name()
                    skipSpace()
                    guard closing == qualified else {
                        throw error("found '</\(closing)>' where '</\(qualified)>' was expected", at: at)
                    }
                    guard offset < bytes.count, bytes[offset] == UInt8(ascii: ">") else {
                        throw error("expected '>' to close '</\(closing)'")
                    }
                    offset += 1
                    flush()
                    return children
                } else if starts(with: "<!--") {
                    try comment()
                } else if starts(with: "<![CDATA[") {
                    guard let end = find("]]>", from: offset + 9) else {
                        throw error("the CDATA section is not closed with ']]>'")
                    }
                    try appendChecked(bytes[(offset + 9)..<end], to: &text)
                    offset = end + 3
                } else if starts(with: "<!") {
                    throw error("declarations ('<!…') are not accepted inside elements")
                } else if starts(with: "<?") {
                    try processingInstruction()
                } else {
                    flush()
                    children.append(.element(try element(depth: depth + 1, scopes: &scopes)))
                }
            } else if byte == UInt8(ascii: "&") {
                text += try reference()
            } else if byte == UInt8(ascii: "]") && starts(with: "]]>") {
                throw error("']]>' is not allowed in text; write ']]&gt;'")
            } else {
                let start = offset
                while offset < bytes.count, bytes[offset] != UInt8(ascii: "<"), bytes[offset] != UInt8(ascii: "&"),
                    !(bytes[offset] == UInt8(ascii: "]") && starts(with: "]]>"))
                {
                    offset += 1
                }
                try appendChecked(bytes[start..<offset], to: &text)
            }
        }
    }

    /// Appends literal character data: CR LF and lone CR become LF; characters XML forbids are refused.
    private func appendChecked(_ slice: ArraySlice<UInt8>, to text: inout [UInt8]) throws(XMLError) {
        var index = slice.startIndex
        while index < slice.endIndex {
            let byte = slice[index]
            if byte == 0x0D {
                text.append(0x0A)
                if index + 1 < slice.endIndex, slice[index + 1] == 0x0A { index += 1 }
            } else if byte < 0x20 && byte != 0x09 && byte != 0x0A {
                throw error("the control character U+\(Self.hex(UInt32(byte))) is not allowed in XML", at: index)
            } else {
                text.append(byte)
            }
            index += 1
        }
    }

    /// A quoted attribute value, references replaced and white space normalized as XML requires.
    private mutating func attributeValue() throws(XMLError) -> String {
        guard offset < bytes.count, bytes[offset] == UInt8(ascii: "\"") || bytes[offset] == UInt8(ascii: "'") else {
            throw error("expected an attribute value in quotes")
        }
        let quote = bytes[offset]
        offset += 1
        var value: [UInt8] = []
        while true {
            guard offset < bytes.count else { throw error("the attribute value is not closed with its quote") }
            let byte = bytes[offset]
            switch byte {
            case quote:
                offset += 1
                return String(decoding: value, as: UTF8.self)
            case UInt8(ascii: "<"): throw error("'<' is not allowed in an attribute value; write '&lt;'")
            case UInt8(ascii: "&"): value += try reference()
            case 0x09, 0x0A:
                value.append(0x20)
                offset += 1
            case 0x0D:
                value.append(0x20)
                offset += 1
                if offset < bytes.count, bytes[offset] == 0x0A { offset += 1 }
            case 0x00..<0x20: throw error("the control character U+\(Self.hex(UInt32(byte))) is not allowed in XML")
            default:
                value.append(byte)
                offset += 1
            }
        }
    }

    /// `&lt;`, `&gt;`, `&amp;`, `&apos;`, `&quot;`, `&#N;` or `&#xH;`, as UTF-8.
    private mutating func reference() throws(XMLError) -> [UInt8] {
        let start = offset
        guard let end = bytes[offset...].prefix(12).firstIndex(of: UInt8(ascii: ";")) else {
            throw error("'&' starts a reference such as '&amp;' that is not closed with ';'; write '&amp;' for a literal '&'")
        }
        let name = String(decoding: bytes[(start + 1)..<end], as: UTF8.self)
        offset = end + 1
        switch name {
        case "lt": return [UInt8(ascii: "<")]
        case "gt": return [UInt8(ascii: ">")]
        case "amp": return [UInt8(ascii: "&")]
        case "apos": return [UInt8(ascii: "'")]
        case "quot": return [UInt8(ascii: "\"")]
        default: break
        }
        var value: UInt32?
        if name.hasPrefix("#x") {
            value = UInt32(name.dropFirst(2), radix: 16)
        } else if name.hasPrefix("#") {
            value = UInt32(name.dropFirst(1), radix: 10)
        } else {
            throw error(
                "unknown entity '&\(name);': only &lt; &gt; &amp; &apos; &quot; and character references such as &#233; are read",
                at: start)
        }
        guard let value, XMLChars.isAllowed(value), let scalar = Unicode.Scalar(value) else {
            throw error("'&\(name);' is not a character XML allows", at: start)
        }
        return Array(String(Character(scalar)).utf8)
    }

    /// An XML name (`unit`, `mda:meta`).
    private mutating func name() throws(XMLError) -> String {
        let start = offset
        guard offset < bytes.count, XMLChars.isNameStart(bytes[offset]) else { throw error("expected a name") }
        while offset < bytes.count, XMLChars.isName(bytes[offset]) { offset += 1 }
        return String(decoding: bytes[start..<offset], as: UTF8.self)
    }

    /// Skips white space; whether there was any.
    @discardableResult
    private mutating func skipSpace() -> Bool {
        let start = offset
        while offset < bytes.count, XMLChars.isSpace(bytes[offset]) { offset += 1 }
        return offset > start
    }

    /// The namespace and local name of `qualified`; an unknown prefix is an error.
    private func resolve(_ qualified: String, in scope: [String: String], isElement: Bool, at: Int) throws(XMLError) -> (
        String, String
    ) {
        let parts = qualified.split(separator: ":", maxSplits: 1, omittingEmptySubsequences: false)
        guard parts.count == 2 else { return (isElement ? scope[""] ?? "" : "", qualified) }
        guard let namespace = scope[String(parts[0])], !parts[1].isEmpty else {
            throw error("the prefix '\(parts[0])' in '\(qualified)' is not declared (add xmlns:\(parts[0])=\"…\")", at: at)
        }
        return (namespace, String(parts[1]))
    }

    static func hex(_ value: UInt32) -> String {
        let digits = String(value, radix: 16, uppercase: true)
        return String(repeating: "0", count: max(0, 4 - digits.count)) + digits
    }
}
