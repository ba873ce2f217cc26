public import CatalogFiles
public import ExactJSON

/// The case JSON `replykit inputs` prints (and the service returns with a template) to fill in: every required input at its path, as
/// `null`, so that a skeleton rendered unfilled fails and names each input still to fill.
/// A money input shows its shape, `{"amount": null, "currency": null}`. Optional inputs are left
/// out (a `null` would be fine for them, but not inside a money object); the listing names them.
public enum CaseSkeleton {
    /// The skeleton for `inputs`, keys in the order the template declares its inputs.
    public static func json(for inputs: [InputDeclaration]) -> JSON {
        var root: [(String, JSON)] = []
        for input in inputs where !input.isOptional {
            insert(placeholder(input.type), at: input.path.split(separator: ".").map(String.init), into: &root)
        }
        return .object(root)
    }

    /// The skeleton as indented JSON text, one key per line.
    public static func text(for inputs: [InputDeclaration]) -> String {
        var output = ""
        write(json(for: inputs), indent: "", to: &output)
        return output
    }

    private static func placeholder(_ type: InputType) -> JSON {
        type == .money ? .object([("amount", .null), ("currency", .null)]) : .null
    }

    private static func insert(_ value: JSON, at path: [String], into members: inout [(String, JSON)]) {
        guard let key = path.first else { return }
        let index = members.firstIndex { $0.0 == key }
        if path.count == 1 {
            if let index, case .object(var existing) = members[index].1, case .object(let added) = value {
                for member in added where !existing.contains(where: { $0.0 == member.0 }) { existing.append(member) }
                members[index].1 = .object(existing)
            } else if index == nil {
                members.append((key, value))
            }
            return
        }
        var child: [(String, JSON)] = []
        if let index, case .object(let existing) = members[index].1 { child = existing }
        insert(value, at: Array(path.dropFirst()), into: &child)
        if let index { members[index].1 = .object(child) } else { members.append((key, .object(child))) }
    }

    /// Objects and arrays one member per line, indented by two spaces; other values as JSON writes them.
    private static func write(_ json: JSON, indent: String, to output: inout String) {
        let inner = indent + "  "
        switch json {
        case .object(let members) where !members.isEmpty:
            output += "{\n"
            for (index, (key, value)) in members.enumerated() {
                output += inner + JSON.string(key).serialized + ": "
                write(value, indent: inner, to: &output)
                output += index == members.count - 1 ? "\n" : ",\n"
            }
            output += indent + "}"
        case .array(let items) where !items.isEmpty:
            output += "[\n"
            for (index, item) in items.enumerated() {
                output += inner
                write(item, indent: inner, to: &output)
                output += index == items.count - 1 ? "\n" : ",\n"
            }
            output += indent + "]"
        default:
            output += json.serialized
        }
    }
}
