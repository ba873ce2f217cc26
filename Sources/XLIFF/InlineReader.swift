import MessageFormatSyntax

/// Reads XLIFF inline content (`<source>` or `<target>`) back into MessageFormat pattern source:
/// text is escaped (`\`, `{`, `}`), and each code is replaced by the MessageFormat source it
/// stands for, from the unit's `<originalData>`. When a tool dropped `dataRef` or
/// `<originalData>`, the code is found by its id among the codes export wrote for the unit.
struct InlineReader {
    /// The unit's `<originalData>` entries.
    let data: [String: XMLElement]
    /// What export wrote for this unit: its data texts and codes, by id.
    let exported: InlineCodes

    /// Why content could not be read, and where.
    struct Failure: Error {
        let message: String
        let line: Int
        let column: Int
    }

    /// The pattern source of `element`'s content. In a target (`isTarget`), a placeholder typed
    /// as text is refused.
    func pattern(_ element: XMLElement, isTarget: Bool = true) throws(Failure) -> String {
        var result = ""
        try append(element.children, to: &result, line: element.line, column: element.column, isTarget: isTarget)
        return result
    }

    private func append(_ children: [XMLNode], to result: inout String, line: Int, column: Int, isTarget: Bool)
        throws(Failure)
    {
        for child in children {
            switch child {
            case .text(let text):
                if isTarget, let typed = Self.typedPlaceholder(in: text) {
                    throw Failure(
                        message:
                            "the text contains '\(typed)' typed as text, which the reply would print as it is; use the placeholder's inline code from the source instead",
                        line: line, column: column)
                }
                for scalar in text.unicodeScalars {
                    if scalar == "\\" || scalar == "{" || scalar == "}" { result += "\\" }
                    result.unicodeScalars.append(scalar)
                }
            case .element(let element):
                try append(element, to: &result, isTarget: isTarget)
            }
        }
    }

    private func append(_ element: XMLElement, to result: inout String, isTarget: Bool) throws(Failure) {
        guard element.namespace == XLIFFNamespace.core else {
            throw Failure(
                message:
                    "unexpected element <\(element.name)> (namespace \(element.namespace)) in the text; keep only text and the inline codes",
                line: element.line, column: element.column)
        }
        switch element.name {
        case "ph", "sc", "ec":
            result += try text(ref: element.attribute("dataRef"), element, part: .whole)
        case "pc":
            result += try text(ref: element.attribute("dataRefStart"), element, part: .start)
            try append(element.children, to: &result, line: element.line, column: element.column, isTarget: isTarget)
            result += try text(ref: element.attribute("dataRefEnd"), element, part: .end)
        case "mrk":
            try append(element.children, to: &result, line: element.line, column: element.column, isTarget: isTarget)
        case "sm", "em":
            break
        case "cp":
            guard let hex = element.attribute("hex"), let value = UInt32(hex, radix: 16), let scalar = Unicode.Scalar(value)
            else {
                throw Failure(
                    message: "<cp> needs hex=\"…\" with a Unicode code point", line: element.line, column: element.column)
            }
            result.unicodeScalars.append(scalar)
        default:
            throw Failure(
                message:
                    "unexpected element <\(element.name)> in the text; XLIFF inline content is text, <ph/>, <pc>, <sc/>, <ec/>, <mrk>, <sm/>, <em/> or <cp/>",
                line: element.line, column: element.column)
        }
    }

    private enum Part { case whole, start, end }

    /// The MessageFormat source a code stands for: its data reference, or the exported code with its id.
    private func text(ref: String?, _ element: XMLElement, part: Part) throws(Failure) -> String {
        if let ref, let item = data[ref] {
            let text = try content(of: item)
            guard Self.isOnePlaceholder(text) else {
                throw Failure(
                    message:
                        "the original data '\(ref)' is not one MessageFormat placeholder such as {$order.id} or {#b}; restore it from the exported file",
                    line: item.line, column: item.column)
            }
            return text
        }
        if let ref, let text = exported.data.first(where: { $0.id == ref })?.text { return text }
        var exportedRef: String?
        if let id = element.attribute("id") ?? element.attribute("startRef") {
            switch (exported.codes[id], part, element.name) {
            case (.placeholder(let data)?, .whole, _): exportedRef = data
            case (.paired(let start, _)?, .start, _), (.paired(let start, _)?, .whole, "sc"): exportedRef = start
            case (.paired(_, let end)?, .end, _), (.paired(_, let end)?, .whole, "ec"): exportedRef = end
            default: break
            }
        }
        if let exportedRef, let text = exported.data.first(where: { $0.id == exportedRef })?.text { return text }
        throw Failure(
            message:
                "the inline code <\(element.name) id=\"\(element.attribute("id") ?? "")\"> refers to no placeholder of this unit; keep the codes the file came with (copy them from the source)",
            line: element.line, column: element.column)
    }

    /// A placeholder typed as text (`{$order.id}`, `{#b}`, `{/b}`), as a tool that flattens inline
    /// codes to their display text writes it.
    static func typedPlaceholder(in text: String) -> String? {
        for start in ["{$", "{#", "{/"] {
            guard let range = text.firstRange(of: start) else { continue }
            let rest = text[range.lowerBound...]
            return String(rest.prefix { $0 != "}" }.prefix(40)) + (rest.contains("}") ? "}" : "")
        }
        return nil
    }

    /// Whether `text` is exactly one expression or markup: data from the file may say nothing else.
    static func isOnePlaceholder(_ text: String) -> Bool {
        guard let message = try? Message.parse(text), message.declarations.isEmpty, case .pattern(let pattern) = message.body,
            pattern.parts.count == 1
        else { return false }
        if case .text = pattern.parts[0] { return false }
        return true
    }

    /// The text of a `<data>` element (text and `<cp/>`).
    private func content(of item: XMLElement) throws(Failure) -> String {
        var result = ""
        for child in item.children {
            switch child {
            case .text(let text): result += text
            case .element(let element) where element.name == "cp" && element.namespace == XLIFFNamespace.core:
                guard let hex = element.attribute("hex"), let value = UInt32(hex, radix: 16), let scalar = Unicode.Scalar(value)
                else {
                    throw Failure(message: "<cp> needs hex=\"…\"", line: element.line, column: element.column)
                }
                result.unicodeScalars.append(scalar)
            case .element(let element):
                throw Failure(
                    message: "unexpected <\(element.name)> in <data>", line: element.line, column: element.column)
            }
        }
        return result
    }
}
