public import CatalogFiles
import Intl
import MessageFormatSyntax

/// Reads an XLIFF 2 document that a translation tool sends back and works out the translation
/// files it changes, checking everything before anything is written.
///
/// The file is untrusted: it is read by a strict reader (no DTD, no external entities, a size
/// limit), `<file>` ids are template names looked up in the catalog (never paths), unknown unit
/// ids are reported, and each translated block is put back together (a `.match` from its variant
/// units) and checked: MessageFormat syntax, the same variables and markup as the source, and a
/// variant for every plural category of the target locale. A unit without a target leaves its
/// block as it is; a block whose text is unchanged keeps its bytes and its stamp. Changed blocks
/// are stamped with the source version the unit was exported from.
public struct XLIFFImport: Sendable {
    /// The largest XLIFF file read: 32 MiB (a whole catalog in one locale is well under 1 MiB).
    public static let maximumBytes = 32 * 1024 * 1024

    /// A translation file to write.
    public struct Update: Sendable {
        /// Catalog-relative path (`locales/pl/apology/damaged-item.reply`).
        public let path: String
        /// The file's new text.
        public let text: String
        /// The ids of the blocks written.
        public let blocks: [String]
        /// Whether the file did not exist before.
        public let isNew: Bool
    }

    /// The target locale, as the catalog's manifest spells it.
    public let locale: String
    /// The files to write (none need writing when the translations are unchanged).
    public private(set) var updates: [Update] = []
    /// Every problem found, by position in the XLIFF file; when there are any, nothing should be written.
    public private(set) var problems: [XLIFFProblem] = []

    /// Reads `bytes` as an XLIFF document for `files`' catalog. Throws when the document cannot
    /// be read at all (too large, not XML, not XLIFF 2, a language the catalog does not have).
    public init(_ bytes: [UInt8], catalog files: CatalogFiles) throws(XLIFFError) {
        guard bytes.count <= Self.maximumBytes else {
            throw XLIFFError("the file is larger than \(Self.maximumBytes >> 20) MiB; split the export by template")
        }
        let root: XMLElement
        do {
            root = try XMLReader.parse(bytes)
        } catch {
            throw XLIFFError("\(error.line):\(error.column): \(error.message)")
        }
        var problems: [XLIFFProblem] = []
        let document = try XLIFFDocument(root, problems: &problems)
        guard Self.sameTag(document.sourceLanguage, files.manifest.sourceLocale) else {
            throw XLIFFError(
                "\(root.line):\(root.column): srcLang is '\(document.sourceLanguage)', but the catalog's source locale is '\(files.manifest.sourceLocale)'; was this file exported from another catalog?"
            )
        }
        guard let locale = files.manifest.targetLocales.first(where: { Self.sameTag($0, document.targetLanguage) }) else {
            throw XLIFFError(
                "\(root.line):\(root.column): trgLang is '\(document.targetLanguage)', which is not a target locale of the catalog (\(files.manifest.targetLocales.joined(separator: ", "))); add it to target-locales in replykit.yaml first"
            )
        }
        self.locale = locale
        self.problems = problems
        let templates = Dictionary(files.templates.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        var seenFiles: Set<String> = []
        for file in document.files {
            let at = file.element
            guard let id = UnitIDs.template(fileID: file.id), let template = templates[id] else {
                self.problems.append(
                    XLIFFProblem(
                        line: at.line, column: at.column, unit: nil,
                        "<file id=\"\(file.id)\"> names no template of the catalog (ids are template names such as 'apology.damaged-item' for apology/damaged-item); its units were not read"
                    ))
                continue
            }
            guard seenFiles.insert(id).inserted else {
                self.problems.append(
                    XLIFFProblem(line: at.line, column: at.column, unit: nil, "template '\(id)' has a second <file>; merge them"))
                continue
            }
            let translation = files.translations[locale]?.first { $0.id == id }
            var reader = TemplateImport(
                template: template, translation: translation, locale: locale, sourceLocale: files.manifest.sourceLocale,
                fileID: file.id)
            reader.read(file.units)
            if let update = reader.update() { updates.append(update) }
            self.problems += reader.problems
        }
        self.problems.sort { ($0.line, $0.column) < ($1.line, $1.column) }
    }

    /// Whether two BCP 47 tags are the same, ignoring case and `_` for `-`.
    static func sameTag(_ a: String, _ b: String) -> Bool {
        a.lowercased().replacing("_", with: "-") == b.lowercased().replacing("_", with: "-")
    }
}
