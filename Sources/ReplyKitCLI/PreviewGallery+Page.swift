import Intl
import ReplyKit

extension PreviewGallery {
    /// A template's page: its example case rendered in every locale side by side, one row per
    /// block, the source locale first; stale, fallback and left-out blocks marked; each cell in
    /// its locale's language and direction, with the MessageFormat text it came from on hover
    /// (`title`) and under "source".
    func page(_ template: PreviewTemplate) -> String {
        let info = template.info
        var body = "<nav><a href=\"index.html\">All templates</a></nav>\n<h1>\(HTML.escape(info.id))</h1>\n"
        if !info.summary.isEmpty { body += "<p class=\"meta\">\(HTML.escape(info.summary))</p>\n" }
        body += """
            <p class="meta">Kind: \(HTML.escape(info.kind.rawValue)) · channels: \
            \(HTML.escape(info.channels.joined(separator: ", "))) · example case: \
            <code>\(HTML.escape(PreviewTemplate.exampleCasePath(info.id)))</code></p>

            """
        switch template.example {
        case .rendered: break
        case .unavailable(let reason):
            body += "<p class=\"note\">Not rendered: \(HTML.escape(reason)). Each cell shows the block’s text.</p>\n"
        case .failed(let error):
            body += "<div class=\"note error\">The example case did not render:<pre>\(HTML.escape(error))</pre></div>\n"
        }
        body += PreviewHTML.legend + "\n"
        body += "<table class=\"gallery\" style=\"--columns: \(locales.count)\">\n<thead><tr><th scope=\"col\">Block</th>"
        for locale in locales { body += header(locale, info: info) }
        body += "</tr></thead>\n<tbody>\n"
        for block in info.blocks {
            body += "<tr><th scope=\"row\"><code>\(HTML.escape(block))</code></th>"
            for locale in locales { body += cell(block, locale: locale, template: template) }
            body += "</tr>\n"
        }
        if case .rendered(let replies) = template.example, replies.values.contains(where: { !$0.warnings.isEmpty }) {
            body += "<tr><th scope=\"row\">Warnings</th>"
            for locale in locales {
                let lines = RenderWarning.summary(replies[locale]?.warnings ?? [])
                let items = lines.map { "<li>\(HTML.escape($0))</li>" }.joined()
                body +=
                    "<td \(PreviewHTML.language(locale))>"
                    + (items.isEmpty ? "" : "<ul class=\"warnings\" lang=\"en\" dir=\"ltr\">\(items)</ul>")
                    + "</td>"
            }
            body += "</tr>\n"
        }
        body += "</tbody>\n</table>"
        return PreviewHTML.document(title: "\(info.id) · ReplyKit preview", body: body)
    }

    /// A locale's column header, with the template's coverage in it.
    private func header(_ locale: LocaleID, info: TemplateInfo) -> String {
        let name = HTML.escape(locale.identifier)
        guard let coverage = info.coverage.first(where: { $0.locale == locale }) else {
            return "<th scope=\"col\" \(PreviewHTML.language(locale))>\(name) <span class=\"role\">source</span></th>"
        }
        let missing = info.blocks.count - coverage.translated
        let marks =
            (coverage.stale > 0 ? " " + PreviewHTML.mark("stale", "\(coverage.stale) stale") : "")
            + (missing > 0 ? " " + PreviewHTML.mark("missing", "\(missing) missing") : "")
        return """
            <th scope="col" \(PreviewHTML.language(locale))>\(name)<span class="coverage" lang="en" dir="ltr">\
            \(coverage.translated)/\(info.blocks.count) translated\(marks)</span></th>
            """
    }

    /// One block in one locale: as the example case rendered it, or, where it did not, the
    /// block's text.
    private func cell(_ block: String, locale: LocaleID, template: PreviewTemplate) -> String {
        let state = template.states[block]?[locale]
        guard case .rendered(let replies) = template.example, let reply = replies[locale] else {
            let text = template.texts[block]?[locale]
            return cellStart([stateClass(state)], locale: locale, source: text) + stateMarks(state)
                + (text.map { "<pre>\(HTML.escape($0))</pre>" } ?? "") + "</td>"
        }
        let warnings = reply.warnings.filter { $0.block == block }
        guard let rendered = reply.blocks.first(where: { $0.id == block }) else {
            let leftOut = warnings.first {
                if case .blockLeftOut = $0.kind { return true } else { return false }
            }
            // A block with no translation would have rendered from the source.
            let textLocale = template.texts[block]?[locale] == nil ? sourceLocale : locale
            let text = template.texts[block]?[textLocale]
            guard let leftOut else {
                return cellStart(["unused"], locale: locale, source: text) + PreviewHTML.mark("unused", "not in this reply")
                    + stateMarks(state) + source(text, locale: textLocale) + "</td>"
            }
            return cellStart(["left-out"], locale: locale, source: text) + PreviewHTML.mark("left-out", "left out")
                + "<p lang=\"en\" dir=\"ltr\">\(HTML.escape(leftOut.description))</p>" + source(text, locale: textLocale)
                + "</td>"
        }
        var classes: [String] = []
        var marks = ""
        for warning in warnings {
            switch warning.kind {
            case .staleTranslation:
                classes.append("stale")
                marks += PreviewHTML.mark("stale", "stale")
            case .fallback(_, let used):
                classes.append("fallback")
                marks += PreviewHTML.mark("fallback", "fallback: \(used.identifier)")
            default: break
            }
        }
        let content: String
        if block == "subject" {
            let language = rendered.locale.language == locale.language ? "" : " " + PreviewHTML.language(rendered.locale)
            content = "<p class=\"subject\"\(language)>\(HTML.escape(rendered.output))</p>"
        } else {
            content = rendered.output
        }
        let text = template.texts[block]?[rendered.locale]
        return cellStart(classes, locale: locale, source: text) + marks + content + source(text, locale: rendered.locale)
            + "</td>"
    }

    /// A cell's start tag: its classes, its locale's language and direction, and the block's
    /// MessageFormat text as its `title`, shown on hover.
    private func cellStart(_ classes: [String], locale: LocaleID, source text: String?) -> String {
        let classes = classes.filter { !$0.isEmpty }
        return "<td" + (classes.isEmpty ? "" : " class=\"\(classes.joined(separator: " "))\"")
            + " \(PreviewHTML.language(locale))"
            + (text.map { " title=\"\(HTML.escape($0))\"" } ?? "") + ">"
    }

    /// The block's MessageFormat text, folded.
    private func source(_ text: String?, locale: LocaleID) -> String {
        guard let text else { return "" }
        return "<details><summary>source (\(HTML.escape(locale.identifier)))</summary><pre>\(HTML.escape(text))</pre></details>"
    }

    private func stateMarks(_ state: PreviewTemplate.BlockState?) -> String {
        switch state {
        case .stale?: PreviewHTML.mark("stale", "stale")
        case .missing?: PreviewHTML.mark("missing", "missing")
        case .translated?, nil: ""
        }
    }

    private func stateClass(_ state: PreviewTemplate.BlockState?) -> String {
        switch state {
        case .stale?: "stale"
        case .missing?: "fallback"
        case .translated?, nil: ""
        }
    }
}
