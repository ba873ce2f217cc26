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

            For a composed reply (ids joined with '+', as 'render' takes them), each template's inputs \
            are listed under it; a path two templates declare is listed once, with the first \
            template's declaration, which is the one rendering checks.

            Examples:
              replykit inputs apology/damaged-item > case.json   # the skeleton goes to standard output
              replykit inputs apology/late-delivery+remedy/store-credit > case.json
            """
    )

    @Argument(
        help: "The template id (see 'replykit list'), or ids joined with '+' for a composed reply, as 'render' takes them.",
        completion: .custom(Completions.templates))
    var template: String

    @OptionGroup var catalogOptions: CatalogOptions

    func run() throws {
        let ids = template.split(separator: "+", omittingEmptySubsequences: false).map(String.init)
        let catalog = try catalogOptions.load(templates: ids)
        var infos: [TemplateInfo] = []
        for id in ids {
            guard let info = catalog.info(id) else {
                let suggestions = catalog.suggestions(for: id)
                throw UsageError(
                    "unknown template '\(id)'"
                        + (suggestions.isEmpty
                            ? "; see 'replykit list'"
                            : "; did you mean \(suggestions.map { "'\($0)'" }.joined(separator: " or "))?"))
            }
            infos.append(info)
        }
        guard let inputs = catalog.inputs(of: ids) else { return }
        let width = inputs.map(\.path.count).max() ?? 0
        var listed: Set<String> = []
        for info in infos {
            Terminal.err("\(info.id) (\(info.kind.rawValue)): \(info.summary)")
            let shared = info.inputs.filter { listed.contains($0.path) }.map(\.path)
            for input in inputs where !listed.contains(input.path) && info.inputs.contains(where: { $0.path == input.path }) {
                listed.insert(input.path)
                let padding = String(repeating: " ", count: width - input.path.count)
                Terminal.err("  \(input.path)\(padding)  \(input.declaredType)\(input.isOptional ? "  (optional)" : "")")
            }
            if !shared.isEmpty {
                Terminal.err("  also reads \(shared.joined(separator: ", ")), declared above")
            }
        }
        if inputs.contains(where: \.isOptional) {
            Terminal.err("optional inputs are left out of the skeleton on standard output; add them when the case has them")
        }
        Terminal.out(CaseSkeleton.text(for: inputs))
    }
}
