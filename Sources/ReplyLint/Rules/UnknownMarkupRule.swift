import CatalogFiles
import MessageFormatSyntax
import ReplyKit

/// Markup the renderer has no form for (`{#u}`, a mistyped `{#lnk}`): rendering leaves it out
/// with a warning, so the emphasis or link the writer meant never reaches the customer. The names
/// it knows are ``ReplyMarkup``'s, the list the renderers themselves switch over.
///
/// Reported at each opening or standalone markup with an unknown name, and at a closing one
/// whose name was not opened before it in the same variant; in source templates and translations.
struct UnknownMarkupRule: Rule {
    let id = "unknown-markup"
    let defaultSeverity = Severity.warning
    let summary = "Markup must be one the renderer knows ({#b}, {#i}, {#link}, {#br/}); other markup is left out of the reply."

    func check(_ context: LintContext, _ report: inout FindingReport) {
        let known = ReplyMarkup.allCases.map(\.rawValue)
        let list = known.sorted().joined(separator: ", ")
        for located in context.allBlocks where located.block.parses {
            for pattern in located.block.message.patterns {
                var opened: Set<String> = []
                for case .markup(let markup) in pattern.parts where ReplyMarkup(rawValue: markup.name) == nil {
                    if markup.kind == .close, opened.contains(markup.name) { continue }
                    opened.insert(markup.name)
                    let closest = Naming.closest(to: markup.name, among: known)
                    let hint = closest.map { " (did you mean '\($0)'?)" } ?? ""
                    report.add(
                        context.location(located, offset: markup.range.start),
                        "markup \(Self.shape(markup.kind, markup.name)) is not one the renderer knows (\(list)): it is left out of the reply\(hint)",
                        fix: closest.map { "write \(Self.shape(markup.kind, $0))" }
                            ?? "use {#b}, {#i}, {#link href=…} or {#br/}, or remove it")
                }
            }
        }
    }

    /// `{#name}`, `{#name/}` or `{/name}`.
    static func shape(_ kind: Markup.Kind, _ name: String) -> String {
        switch kind {
        case .open: "{#\(name)}"
        case .standalone: "{#\(name)/}"
        case .close: "{/\(name)}"
        }
    }
}
