import CatalogFiles
import Intl
import MessageFormatSyntax

/// A translation block together with the source block it translates.
/// (A class: rules iterate over tens of thousands of these, and a class copies as one reference.)
final class TranslatedBlock: Sendable {
    let template: TemplateFile
    let translation: TranslationFile
    let source: Block
    let block: Block

    init(template: TemplateFile, translation: TranslationFile, source: Block, block: Block) {
        self.template = template
        self.translation = translation
        self.source = source
        self.block = block
    }

    /// The locale tag of the translation, as written in its directory name.
    var locale: String { translation.locale }
}

/// A block of a source template or a translation, with its file and locale.
final class LocatedBlock: Sendable {
    let template: TemplateFile
    let file: String
    let fileText: String
    let block: Block
    /// The locale tag of the file (the source locale for a source template).
    let locale: String

    init(template: TemplateFile, file: String, fileText: String, block: Block, locale: String) {
        self.template = template
        self.file = file
        self.fileText = fileText
        self.block = block
        self.locale = locale
    }
}

extension LintContext {
    /// Every translation block whose template and source block exist, by locale, file and position.
    static func translatedBlocks(_ files: CatalogFiles, templates: [String: TemplateFile]) -> [TranslatedBlock] {
        var result: [TranslatedBlock] = []
        for tag in files.translations.keys.sorted() {
            for translation in files.translations[tag] ?? [] {
                guard let template = templates[translation.id] else { continue }
                let sources = template.blocksByID
                for block in translation.blocks {
                    guard let source = sources[block.id] else { continue }
                    result.append(TranslatedBlock(template: template, translation: translation, source: source, block: block))
                }
            }
        }
        return result
    }

    /// Every block of every source template, then every translation block whose template exists.
    static func allBlocks(_ files: CatalogFiles, templates: [String: TemplateFile]) -> [LocatedBlock] {
        var result: [LocatedBlock] = []
        for template in files.templates {
            for block in template.blocks {
                result.append(
                    LocatedBlock(
                        template: template, file: template.file, fileText: template.fileText, block: block,
                        locale: files.manifest.sourceLocale))
            }
        }
        for tag in files.translations.keys.sorted() {
            for translation in files.translations[tag] ?? [] {
                guard let template = templates[translation.id] else { continue }
                for block in translation.blocks {
                    result.append(
                        LocatedBlock(
                            template: template, file: translation.file, fileText: translation.fileText,
                            block: block, locale: tag))
                }
            }
        }
        return result
    }

    /// The position of a UTF-8 offset inside a located block's text.
    func location(_ located: LocatedBlock, offset: Int) -> LintLocation {
        location(in: located.block, offset: offset, file: located.file, fileText: located.fileText)
    }

    /// The position of the first character of a block's text (its `[id]` line when it has none).
    func textStart(of block: Block, file: String) -> LintLocation {
        block.text.isEmpty
            ? location(of: block, file: file)
            : LintLocation(file: file, line: block.textLine, column: block.textColumn, block: block.id)
    }
}

extension LintContext {
    /// The paths of `template`'s malformed input declarations (reported by `catalog-syntax` and
    /// left out of `inputs`), or nil when its `inputs:` could not be read at all: rules that check
    /// variables against the inputs say nothing about these.
    func malformedInputs(of template: TemplateFile) -> Set<String>? {
        let lines = template.fileText.split(separator: "\n", omittingEmptySubsequences: false)
        var paths: Set<String> = []
        for problem in badInputProblems[template.file] ?? [] {
            guard problem.line >= 1, problem.line <= lines.count,
                let colon = lines[problem.line - 1].firstIndex(of: ":")
            else { return nil }
            let path = lines[problem.line - 1][..<colon].trimmingCharacters(in: " \t\r-\"'")
            guard !path.isEmpty, path != "inputs" else { return nil }
            paths.insert(path)
        }
        return paths
    }
}

extension Substring {
    /// Without leading and trailing characters from `set`.
    func trimmingCharacters(in set: String) -> String {
        String(drop { set.contains($0) }.reversed().drop { set.contains($0) }.reversed())
    }
}

extension Block {
    /// Whether the text is empty or only white space.
    var isBlank: Bool { text.unicodeScalars.allSatisfy { $0.properties.isWhitespace } }
}

extension TemplateFile {
    /// The blocks by id (the first of each id; a file's ids are unique once loaded).
    var blocksByID: [String: Block] {
        Dictionary(blocks.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
    }

    /// The declared type of each input path (the first declaration of each path).
    var inputTypes: [String: InputType] {
        Dictionary(inputs.map { ($0.path, $0.type) }, uniquingKeysWith: { first, _ in first })
    }
}

extension [String: InputType] {
    /// The type of the variable `name` among these inputs: an input's, or integer for a list's
    /// `count`.
    func type(of name: String) -> InputType? {
        if let type = self[name] { return type }
        if name.hasSuffix(".count"), self[String(name.dropLast(".count".count))] == .list { return .integer }
        return nil
    }
}

/// Plural selection as the number functions do it.
enum PluralSelection {
    /// The functions that select by plural category.
    static let numberFunctions: Set<String> = ["number", "integer", "percent", "offset"]

    /// The plural rules a selector uses: cardinal or ordinal when it is declared with a number
    /// function (following `.local` declarations), nil when it selects otherwise (`select=exact`,
    /// a string, a list) or its locale has no rules.
    static func rules(for selector: String, in declarations: Declarations, locale: String) -> (
        rules: PluralRules, kind: PluralRules.Kind
    )? {
        let functions = declarations.annotations(of: selector)
        guard let first = functions.first, numberFunctions.contains(first.name) else { return nil }
        var mode = "plural"
        for function in functions where numberFunctions.contains(function.name) {
            if let option = function.options.first(where: { $0.name == "select" }) {
                guard case .literal(let literal) = option.value else { return nil }  // chosen at run time
                mode = literal.value
                break
            }
        }
        let kind: PluralRules.Kind
        switch mode {
        case "plural": kind = .cardinal
        case "ordinal": kind = .ordinal
        default: return nil
        }
        guard let id = try? LocaleID(locale) else { return nil }
        return (try? PluralRules.cached(locale: id, kind: kind)).map { ($0, kind) }
    }

    /// The whole numbers from 2 to 1000 that the locale's rules put in `one`.
    static func otherNumbersInOne(_ rules: PluralRules) -> [Int] {
        guard rules.categories.contains("one") else { return [] }
        return (2...1000).filter { rules.select(Double($0)) == "one" }
    }
}
