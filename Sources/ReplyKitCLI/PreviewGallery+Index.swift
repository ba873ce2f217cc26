import Intl
import ReplyKit

extension PreviewGallery {
    /// The index: every template × target locale with its coverage (translated of all blocks,
    /// stale and missing counts, as `replykit list` counts them), each template linking to its page.
    func index() -> String {
        let targets = Array(locales.dropFirst())
        let targetNames = targets.map { HTML.escape($0.identifier) }.joined(separator: ", ")
        var body = """
            <h1>ReplyKit preview</h1>
            <p class="meta">\(templates.count) template\(templates.count == 1 ? "" : "s") · source \
            \(HTML.escape(sourceLocale.identifier)) · translated into \(targetNames.isEmpty ? "no other locale" : targetNames). \
            Each template’s page shows its example case in every locale side by side.</p>
            <table class="coverage-table">
            <thead><tr><th scope="col">Template</th><th scope="col">Kind</th><th scope="col">Channels</th>
            """
        for locale in targets {
            body += "<th scope=\"col\" \(PreviewHTML.language(locale))>\(HTML.escape(locale.identifier))</th>"
        }
        body += "</tr></thead>\n<tbody>\n"
        for template in templates {
            let info = template.info
            body += "<tr><th scope=\"row\"><a href=\"\(HTML.escape(template.fileName))\">\(HTML.escape(info.id))</a>"
            if !info.summary.isEmpty { body += "<span class=\"summary\">\(HTML.escape(info.summary))</span>" }
            switch template.example {
            case .rendered: break
            case .unavailable: body += PreviewHTML.mark("unused", "no example case")
            case .failed: body += PreviewHTML.mark("fallback", "example case does not render")
            }
            body +=
                "</th><td>\(HTML.escape(info.kind.rawValue))</td><td>\(HTML.escape(info.channels.joined(separator: ", ")))</td>"
            for locale in targets { body += coverageCell(info, locale: locale) }
            body += "</tr>\n"
        }
        body += "</tbody>\n</table>"
        return PreviewHTML.document(title: "ReplyKit preview", body: body)
    }

    /// `12/12`, or `10/12` with `1 stale` and `2 missing` marks.
    private func coverageCell(_ info: TemplateInfo, locale: LocaleID) -> String {
        guard let coverage = info.coverage.first(where: { $0.locale == locale }) else { return "<td></td>" }
        let total = info.blocks.count
        let missing = total - coverage.translated
        let state = missing > 0 ? "missing" : coverage.stale > 0 ? "stale" : "complete"
        var cell = """
            <td class="\(state)" title="\(coverage.translated) of \(total) blocks translated into \
            \(HTML.escape(locale.identifier)), \(coverage.stale) stale, \(missing) missing">\(coverage.translated)/\(total)
            """
        if coverage.stale > 0 { cell += " " + PreviewHTML.mark("stale", "\(coverage.stale) stale") }
        if missing > 0 { cell += " " + PreviewHTML.mark("missing", "\(missing) missing") }
        return cell + "</td>"
    }
}
