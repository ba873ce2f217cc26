import ArgumentParser
import CatalogFiles
import ExactJSON
import ReplyKit

struct InputsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "inputs",
        abstract: "Show a template's declared inputs and a skeleton case JSON to fill in.",
        discussion: """
            Example:
              replykit inputs apology/damaged-item > case.json   # the skeleton goes to standard output
            """
    )

    @Argument(help: "The template id (see 'replykit list').")
    var template: String

    @OptionGroup var catalogOptions: CatalogOptions

    func run() throws {
        let catalog = try catalogOptions.load()
        guard let info = catalog.info(template) else {
            let suggestions = catalog.suggestions(for: template)
            throw UsageError(
                "unknown template '\(template)'"
                    + (suggestions.isEmpty
                        ? "; see 'replykit list'" : "; did you mean \(suggestions.map { "'\($0)'" }.joined(separator: " or "))?"))
        }
        Terminal.err("\(info.id) (\(info.kind.rawValue)): \(info.summary)")
        let width = info.inputs.map(\.path.count).max() ?? 0
        for input in info.inputs {
            let padding = String(repeating: " ", count: width - input.path.count)
            Terminal.err("  \(input.path)\(padding)  \(input.type)\(input.isOptional ? "  (optional)" : "")")
        }
        Terminal.out(Skeleton.json(for: info.inputs).serialized)
    }
}

/// A case JSON with a placeholder value of the right type at every input path.
enum Skeleton {
    static func json(for inputs: [InputDeclaration]) -> JSON {
        var root: [(String, JSON)] = []
        for input in inputs {
            insert(sample(input.type), at: input.path.split(separator: ".").map(String.init), into: &root)
        }
        return .object(root)
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

    private static func sample(_ type: InputType) -> JSON {
        switch type {
        case .string: .string("")
        case .number: .number("0")
        case .integer: .number("0")
        case .money: .object([("amount", .string("0.00")), ("currency", .string("EUR"))])
        case .date: .string("2026-01-31")
        case .datetime: .string("2026-01-31T12:00:00Z")
        case .list: .array([])
        case .boolean: .bool(false)
        case .enumeration(let values): .string(values.first ?? "")
        }
    }
}
