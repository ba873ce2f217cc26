/// Unit ids for the variants of a `.match`: the block id, then one part per key, joined by `.`
/// (block ids never contain one). XLIFF ids are XML name tokens, so a key is written as it is
/// only when it is letters, digits and `-`; `*` is written `other`, and any other key (`other`
/// itself, `1.5`, `|a b|`) as `_` and the hex of its UTF-8 bytes.
enum UnitIDs {
    static func encode(_ keys: [BlockPlan.Key]) -> String {
        keys.map { key in
            switch key {
            case .catchAll: return "other"
            case .literal(let value):
                let plain =
                    !value.isEmpty && value != "other"
                    && value.utf8.allSatisfy {
                        (UInt8(ascii: "a")...UInt8(ascii: "z")).contains($0)
                            || (UInt8(ascii: "A")...UInt8(ascii: "Z")).contains($0)
                            || (UInt8(ascii: "0")...UInt8(ascii: "9")).contains($0) || $0 == UInt8(ascii: "-")
                    }
                if plain { return value }
                return "_" + value.utf8.map { ($0 < 16 ? "0" : "") + String($0, radix: 16) }.joined()
            }
        }.joined(separator: ".")
    }

    /// Whether `text` is a valid identifier part of a template or block id (`[a-z0-9][a-z0-9-]*`).
    static func isIdentifier(_ text: Substring) -> Bool {
        guard let first = text.utf8.first, isLowerAlnum(first) else { return false }
        return text.utf8.allSatisfy { isLowerAlnum($0) || $0 == UInt8(ascii: "-") }
    }

    private static func isLowerAlnum(_ byte: UInt8) -> Bool {
        (UInt8(ascii: "a")...UInt8(ascii: "z")).contains(byte) || (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte)
    }

    /// The XLIFF `<file>` id of a template: its id with `/` written `.` (ids are XML name tokens).
    static func fileID(template: String) -> String {
        template.replacing("/", with: ".")
    }

    /// The template id a `<file>` id names, or nil when it is not a valid template id. A name,
    /// never a path: `..`, `/` and anything but `[a-z0-9-]` parts joined by `.` are refused.
    static func template(fileID: String) -> String? {
        let parts = fileID.split(separator: ".", omittingEmptySubsequences: false)
        guard parts.allSatisfy(isIdentifier) else { return nil }
        return parts.joined(separator: "/")
    }
}
