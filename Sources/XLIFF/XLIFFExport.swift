public import CatalogFiles
import MessageFormatSyntax

/// The namespaces of the XLIFF documents ReplyKit writes and reads.
public enum XLIFFNamespace {
    /// XLIFF 2.0 core (2.1 and 2.2 documents use it too, with their own `version`).
    public static let core = "urn:oasis:names:tc:xliff:document:2.0"
    /// The XLIFF 2.0 Metadata module, which carries each unit's source version.
    public static let metadata = "urn:oasis:names:tc:xliff:metadata:2.0"
}

/// Writes a catalog's templates and one target locale's translations as an XLIFF 2.0 document
/// for translation tools (Crowdin, Phrase, memoQ, Trados).
///
/// One `<file>` per template (its id with `/` written `.`), one `<unit>` per block, and for a
/// `.match` one unit per variant the target language needs; placeholders and markup are inline
/// codes that carry their MessageFormat source; notes give the template's summary, when the block
/// is shown, the inputs it reads and what each variant is for. Each unit records the version
/// (`@xxxxxxxx` stamp) of the source block it was exported from, which import writes back.
public enum XLIFFExport {
    /// The XLIFF document for `locale` (a target locale of the catalog) and `templates` (all when
    /// empty), in catalog order.
    public static func document(_ files: CatalogFiles, locale: String, templates: [String] = []) throws(XLIFFError)
        -> String
    {
        guard files.manifest.targetLocales.contains(locale) else {
            throw XLIFFError(
                "'\(locale)' is not a target locale of the catalog; use one of: \(files.manifest.targetLocales.joined(separator: ", "))"
            )
        }
        var chosen = files.templates
        if !templates.isEmpty {
            let known = Set(files.templates.map(\.id))
            if let unknown = templates.first(where: { !known.contains($0) }) {
                throw XLIFFError("unknown template '\(unknown)'; see 'replykit list' for the catalog's templates")
            }
            chosen = files.templates.filter { templates.contains($0.id) }
        }
        var writer = XMLWriter()
        writer.start(
            "xliff",
            [
                ("xmlns", XLIFFNamespace.core), ("xmlns:mda", XLIFFNamespace.metadata), ("version", "2.0"),
                ("srcLang", files.manifest.sourceLocale), ("trgLang", locale),
            ])
        for template in chosen {
            let translation = files.translations[locale]?.first { $0.id == template.id }
            write(template, translation: translation, locale: locale, sourceLocale: files.manifest.sourceLocale, &writer)
        }
        writer.end()
        return writer.output
    }

    private static func write(
        _ template: TemplateFile, translation: TranslationFile?, locale: String, sourceLocale: String, _ writer: inout XMLWriter
    ) {
        writer.start(
            "file",
            [("id", UnitIDs.fileID(template: template.id)), ("original", template.file), ("canResegment", "no")])
        let translated = Dictionary(translation?.blocks.map { ($0.id, $0) } ?? [], uniquingKeysWith: { first, _ in first })
        for (index, block) in template.blocks.enumerated() {
            let existing = translated[block.id]
            guard let plan = BlockPlan(source: block, translation: existing, locale: locale, sourceLocale: sourceLocale)
            else { continue }
            let version = blockHash(block.text)
            let stale = plan.translation.map { $0.sourceHash != version } ?? false
            var blockNotes = [("summary", template.summary)]
            if let condition = Self.condition(of: index, in: template.blocks) { blockNotes.append(("condition", condition)) }
            blockNotes.append(("inputs", Self.inputs(plan.sourceMessage, template)))
            for annotation in block.annotations where !annotation.text.hasPrefix("lint-disable") {
                blockNotes.append(("comment", annotation.text))
            }
            if stale {
                blockNotes.append(
                    (
                        "status",
                        "The source changed since this was translated (translated from @\(plan.translation?.sourceHash ?? "none"), now @\(version)): please review the translation."
                    ))
            }
            for unit in plan.units {
                var notes = blockNotes
                if let note = unit.note { notes.append(("variant", note)) }
                write(unit, notes: notes, version: version, stale: stale, &writer)
            }
        }
        writer.end()
    }

    private static func write(
        _ unit: BlockPlan.Unit, notes: [(String, String)], version: String, stale: Bool, _ writer: inout XMLWriter
    ) {
        writer.start("unit", [("id", unit.id), ("xml:space", "preserve")])
        writer.start("mda:metadata")
        writer.start("mda:metaGroup", [("category", "replykit")])
        writer.line("mda:meta", [("type", "source-version")], content: version)
        writer.end()
        writer.end()
        writer.start("notes")
        for (category, text) in notes {
            writer.line("note", [("category", category)], content: XMLWriter.escapePlain(text))
        }
        writer.end()
        var codes = InlineCodes()
        let source = codes.source(unit.source)
        let target = unit.target.map { codes.target($0) }
        if !codes.data.isEmpty {
            writer.start("originalData")
            for (id, text) in codes.data { writer.line("data", [("id", id)], content: XMLWriter.escapeText(text)) }
            writer.end()
        }
        let state = target == nil ? "initial" : stale ? "initial" : "translated"
        writer.start("segment", [("state", state), ("subState", stale && target != nil ? "replykit:stale" : nil)])
        writer.line("source", content: source)
        if let target { writer.line("target", content: target) }
        writer.end()
        writer.end()
    }

    /// When the block at `index` is shown, for the translator; nil when always.
    static func condition(of index: Int, in blocks: [Block]) -> String? {
        switch blocks[index].condition {
        case .always: return nil
        case .present(let path): return "Shown only when \(path) is given."
        case .equals(let path, let value): return "Shown only when \(path) is '\(value)'."
        case .otherwise:
            var before: [String] = []
            var previous = index - 1
            while previous >= 0, blocks[previous].condition != .always, blocks[previous].condition != .otherwise {
                before.insert("'\(blocks[previous].id)'", at: 0)
                previous -= 1
            }
            let list = before.isEmpty ? "the block before it" : before.joined(separator: ", ")
            return "Shown instead of \(list) when \(before.count > 1 ? "none of them is" : "that is not") shown."
        }
    }

    /// `Reads: order.id (string), refund (money, optional)…` for the variables the message reads.
    static func inputs(_ message: Message, _ template: TemplateFile) -> String {
        let declared = Dictionary(template.inputs.map { ($0.path, $0) }, uniquingKeysWith: { first, _ in first })
        let names = message.argumentNames
        if names.isEmpty { return "Reads no case data: plain text only." }
        let described = names.map { name -> String in
            if let input = declared[name] {
                return "\(name) (\(input.type)\(input.isOptional ? ", optional" : ""))"
            }
            if name.hasSuffix(".count"), declared[String(name.dropLast(6))]?.type == .list {
                return "\(name) (integer: how many items \(name.dropLast(6)) has)"
            }
            return name
        }
        return "Reads: " + described.joined(separator: ", ")
            + ". The placeholders ({$…}) are filled in from these when the reply is sent: keep each of them, placed where the sentence needs it."
    }
}

/// Why an XLIFF document could not be written or read as a whole.
public struct XLIFFError: Error, Sendable, CustomStringConvertible {
    /// What is wrong and what to do.
    public let description: String

    init(_ description: String) { self.description = description }
}
