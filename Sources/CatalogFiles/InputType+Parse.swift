extension InputType {
    /// The outcome of reading a type as written in a header.
    enum Parsed {
        case type(InputType, optional: Bool, bounds: InputBounds?)
        /// A problem, `scalars` Unicode scalars into the written value.
        case problem(String, scalars: Int)
    }

    /// The types that take bounds.
    static let bounded: [InputType] = [.number, .integer, .money]

    /// Reads `string`, `money?`, `money? > 0`, `integer 1...5`, `a | b | c` for the input `path`.
    static func parse(_ written: String, path: String) -> Parsed {
        let scalars = Array(written.unicodeScalars)
        var end = scalars.count
        while end > 0, isSpace(scalars[end - 1]) { end -= 1 }
        if scalars[..<end].contains("|") { return parseEnumeration(scalars[..<end], path: path) }
        // A type name, then `?` for an optional input, then the bounds.
        var index = 0
        while index < end, !isSpace(scalars[index]), !"?<>=".unicodeScalars.contains(scalars[index]) { index += 1 }
        let name = String(scalars: scalars[..<index])
        while index < end, isSpace(scalars[index]) { index += 1 }
        let optional = index < end && scalars[index] == "?"
        if optional { index += 1 }
        while index < end, isSpace(scalars[index]) { index += 1 }
        let expected = "expected " + Naming.orList(named.map(\.description) + ["a | b | c"])
        guard let type = named.first(where: { $0.description == name }) else {
            if name.isEmpty { return .problem("input \(path) has no type; \(expected)", scalars: 0) }
            let hint = Naming.suggestion(for: name, among: named.map(\.description))
            return .problem("unknown input type '\(name)' for \(path); \(expected)\(hint)", scalars: 0)
        }
        guard index < end else { return .type(type, optional: optional, bounds: nil) }
        let written = scalars[index..<end]
        guard bounded.contains(type) else {
            return .problem(
                "unexpected '\(String(scalars: written))' after the type \(type) of \(path); only number, integer and money inputs take bounds, such as '>= 0'",
                scalars: index)
        }
        if scalars[end - 1] == "?" {
            var before = end - 1
            while before > index, isSpace(scalars[before - 1]) { before -= 1 }
            let bounds = InputBounds.parse(scalars[index..<before], for: type, path: path)
            let shown =
                if case .bounds(let parsed) = bounds { parsed.description } else { String(scalars: scalars[index..<before]) }
            return .problem(
                "the '?' of an optional input goes right after its type: write '\(path): \(type)? \(shown)'", scalars: end - 1)
        }
        switch InputBounds.parse(written, for: type, path: path) {
        case .bounds(let bounds): return .type(type, optional: optional, bounds: bounds)
        case .problem(let message, let offset): return .problem(message, scalars: index + offset)
        }
    }

    /// Reads `a | b | c`, with an optional trailing `?`.
    private static func parseEnumeration(_ written: ArraySlice<Unicode.Scalar>, path: String) -> Parsed {
        let scalars = Array(written)
        var end = scalars.count
        var optional = false
        if end > 0, scalars[end - 1] == "?" {
            optional = true
            end -= 1
            while end > 0, isSpace(scalars[end - 1]) { end -= 1 }
        }
        // Values separated by '|', each a lowercase name.
        var values: [String] = []
        var start = 0
        for index in 0...end where index == end || scalars[index] == "|" {
            var first = start
            while first < index, isSpace(scalars[first]) { first += 1 }
            var last = index
            while last > first, isSpace(scalars[last - 1]) { last -= 1 }
            let value = String(scalars: scalars[first..<last])
            if value.isEmpty {
                return .problem("the enumeration for \(path) has an empty value; write its values as 'a | b | c'", scalars: first)
            }
            if !Naming.isIdentifier(value) {
                return .problem(
                    "enumeration value '\(value)' for \(path) is not valid; values use lowercase letters, digits and '-', starting with a letter or digit",
                    scalars: first)
            }
            if values.contains(value) {
                return .problem("enumeration value '\(value)' is listed twice for \(path)", scalars: first)
            }
            values.append(value)
            start = index + 1
        }
        return .type(.enumeration(values), optional: optional, bounds: nil)
    }

    private static func isSpace(_ scalar: Unicode.Scalar) -> Bool { scalar == " " || scalar == "\t" }
}
