import MessageFormatSyntax

/// Writes MessageFormat patterns as XLIFF inline content: text stays text; a placeholder
/// (`{$order.id}`, `{$refund :currency}`) and markup standing alone (`{#br/}`, or an open or
/// close without its partner) become `<ph/>`; an open markup with its close becomes `<pc>…</pc>`
/// around the text between them. Every code points (`dataRef`) at `<originalData>`, which holds
/// the placeholder's exact MessageFormat source, and shows it (`disp`, `equiv`) to the translator.
///
/// One instance per unit: code ids are unique within the unit, and a target code gets the id of
/// the source code with the same text (the n-th `{$x}` of the target the n-th of the source).
struct InlineCodes {
    /// `<originalData>` entries, in order of first use.
    private(set) var data: [(id: String, text: String)] = []
    private var dataIDs: [String: String] = [:]
    /// The ids given to source codes, by kind and text, in order (for the target to reuse).
    private var sourceIDs: [String: [String]] = [:]
    private var nextID = 1
    /// Code id → what it refers to, for reading a unit back when a tool dropped `dataRef`s.
    private(set) var codes: [String: Code] = [:]

    /// What a code stands for.
    enum Code: Equatable {
        case placeholder(dataRef: String)
        case paired(start: String, end: String)
    }

    /// The inline XML of a source pattern.
    mutating func source(_ pattern: Pattern) -> String {
        var used: [String: Int] = [:]
        return write(pattern.parts[...], isSource: true, used: &used)
    }

    /// The inline XML of a target pattern (after `source`).
    mutating func target(_ pattern: Pattern) -> String {
        var used: [String: Int] = [:]
        return write(pattern.parts[...], isSource: false, used: &used)
    }

    private mutating func write(_ parts: ArraySlice<PatternPart>, isSource: Bool, used: inout [String: Int]) -> String {
        let pairs = Self.pairs(parts)
        var result = ""
        var index = parts.startIndex
        while index < parts.endIndex {
            defer { index += 1 }
            switch parts[index] {
            case .text(let text, _):
                result += XMLWriter.escapeText(text)
            case .expression(let expression):
                result += placeholder(expression.description, type: nil, isSource: isSource, used: &used)
            case .markup(let markup):
                if let close = pairs[index], case .markup(let closing) = parts[close] {
                    let start = markup.description
                    let end = closing.description
                    let id = codeID(for: "pc\u{0}" + start + "\u{0}" + end, isSource: isSource, used: &used)
                    let startRef = dataID(start)
                    let endRef = dataID(end)
                    codes[id] = .paired(start: startRef, end: endRef)
                    let inner = write(parts[(index + 1)..<close], isSource: isSource, used: &used)
                    result +=
                        "<pc"
                        + XMLWriter.attributes([
                            ("id", id), ("type", Self.type(of: markup)), ("dataRefStart", startRef), ("dataRefEnd", endRef),
                            ("dispStart", start), ("dispEnd", end), ("equivStart", ""), ("equivEnd", ""),
                        ]) + ">" + inner + "</pc>"
                    index = close
                } else {
                    result += placeholder(markup.description, type: Self.type(of: markup), isSource: isSource, used: &used)
                }
            }
        }
        return result
    }

    private mutating func placeholder(_ text: String, type: String?, isSource: Bool, used: inout [String: Int]) -> String {
        let id = codeID(for: "ph\u{0}" + text, isSource: isSource, used: &used)
        let ref = dataID(text)
        codes[id] = .placeholder(dataRef: ref)
        return "<ph" + XMLWriter.attributes([("id", id), ("type", type), ("dataRef", ref), ("disp", text), ("equiv", text)])
            + "/>"
    }

    /// A new id for a source code; for a target code, the id of the matching source code when there is one.
    private mutating func codeID(for key: String, isSource: Bool, used: inout [String: Int]) -> String {
        let occurrence = used[key, default: 0]
        used[key] = occurrence + 1
        if !isSource, let ids = sourceIDs[key], occurrence < ids.count { return ids[occurrence] }
        let id = String(nextID)
        nextID += 1
        if isSource { sourceIDs[key, default: []].append(id) }
        return id
    }

    /// The `<originalData>` id for a placeholder's source text (one entry per distinct text).
    private mutating func dataID(_ text: String) -> String {
        if let id = dataIDs[text] { return id }
        let id = "d\(data.count + 1)"
        data.append((id, text))
        dataIDs[text] = id
        return id
    }

    /// For each open markup, the index of the close markup of the same name that ends it, with
    /// anything between properly nested.
    static func pairs(_ parts: ArraySlice<PatternPart>) -> [Int: Int] {
        var pairs: [Int: Int] = [:]
        var stack: [(index: Int, name: String)] = []
        for index in parts.indices {
            guard case .markup(let markup) = parts[index] else { continue }
            switch markup.kind {
            case .open: stack.append((index, markup.name))
            case .close:
                if let top = stack.last, top.name == markup.name {
                    pairs[top.index] = index
                    stack.removeLast()
                } else {
                    stack.removeAll()
                }
            case .standalone: break
            }
        }
        return pairs
    }

    /// The XLIFF code type of markup: `link` for links, `fmt` for the rest.
    static func type(of markup: Markup) -> String {
        markup.name == "link" ? "link" : "fmt"
    }
}
