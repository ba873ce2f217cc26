import ArgumentParser
import CatalogFiles
import ExactJSON
import ReplyKit
import ReplyKitJSON

struct InputsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "inputs",
        abstract: "Show a template's declared inputs and a skeleton case JSON to fill in.",
        discussion: """
            Lists each input with its type and bounds (such as 'money > 0' or 'integer 1...') on standard
            error, and prints on standard output an indented case JSON with null at every required input
            (money as {"amount": null, "currency": null}); optional inputs are left out. Fill in every null:
            a skeleton rendered as it is fails and names each input still to fill.

            Example:
              replykit inputs apology/damaged-item > case.json   # the skeleton goes to standard output
            """
    )

    @Argument(help: "The template id (see 'replykit list').", completion: .custom(Completions.templates))
    var template: String

    @OptionGroup var catalogOptions: CatalogOptions

    func run() throws {
        let catalog = try catalogOptions.load(templates: [template])
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
            Terminal.err("  \(input.path)\(padding)  \(input.declaredType)\(input.isOptional ? "  (optional)" : "")")
        }
        if info.inputs.contains(where: \.isOptional) {
            Terminal.err("optional inputs are left out of the skeleton on standard output; add them when the case has them")
        }
        Terminal.out(CaseSkeleton.text(for: info.inputs))
    }
}
