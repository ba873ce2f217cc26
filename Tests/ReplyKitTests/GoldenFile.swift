import ReplyKit
import Testing

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// One golden file: a template rendered from its example case in every locale, in one format,
/// each locale under a header line (`=== de ===`) and then the subject and the body as the
/// customer reads them. Text for every template, `Golden/apology/damaged-item.txt`; Markdown and
/// HTML for the templates that test the markup paths, `Golden/apology/damaged-item.md`.
struct GoldenFile: Sendable, Hashable, CustomTestStringConvertible {
    let template: String
    let format: RenderOptions.Format

    /// The file's path under `Golden/`.
    var path: String { "\(template).\(fileExtension)" }

    /// The example case the template renders from, relative to the repository.
    var example: String { "examples/cases/\(template.replacingSlash()).json" }

    var testDescription: String { path }

    private var fileExtension: String {
        switch format {
        case .text: "txt"
        case .markdown: "md"
        case .html: "html"
        }
    }

    /// The line that opens a locale's section.
    static func header(_ locale: String) -> String { "=== \(locale) ===" }

    /// The template rendered strictly (no fallback, no stale translation, no block left out) in
    /// each of `locales`, one section each.
    func render(_ catalog: ReplyCatalog, caseJSON: String, locales: [String]) throws(LocaleFailure) -> String {
        var sections: [String] = []
        for locale in locales {
            do {
                let reply = try catalog.render(
                    template, locale: locale, caseJSON: caseJSON, options: RenderOptions(format: format, strict: true))
                let subject = reply.subject.map { "Subject: \($0)\n\n" } ?? ""
                sections.append("\(Self.header(locale))\n\(subject)\(reply.body)\n")
            } catch {
                throw LocaleFailure(locale: locale, error: error)
            }
        }
        return sections.joined(separator: "\n")
    }

    /// A locale that did not render, and why.
    struct LocaleFailure: Error, CustomStringConvertible {
        let locale: String
        let error: any Error
        var description: String { "\(locale) does not render strictly: \(error)" }
    }

    /// Where `rendered` first differs from `golden`, as a line of the file, the locale whose
    /// section holds it, the column (in Unicode scalars) and the two versions of the line; nil
    /// when they are equal byte for byte (a change of normalization is a change).
    static func firstDifference(golden: String, rendered: String) -> String? {
        guard !golden.utf8.elementsEqual(rendered.utf8) else { return nil }
        let old = golden.split(separator: "\n", omittingEmptySubsequences: false)
        let new = rendered.split(separator: "\n", omittingEmptySubsequences: false)
        var index = 0
        while index < old.count, index < new.count, old[index].utf8.elementsEqual(new[index].utf8) { index += 1 }
        var place = "line \(index + 1)"
        let lines = index < new.count ? new[...index] : new[...]
        if let headerIndex = lines.lastIndex(where: { $0.hasPrefix("=== ") && $0.hasSuffix(" ===") }) {
            let locale = lines[headerIndex].dropFirst(4).dropLast(4)
            place +=
                headerIndex == index ? " (the header of \(locale))" : " (\(locale), line \(index - headerIndex) of its section)"
        }
        let oldLine = index < old.count ? String(old[index]) : nil
        let newLine = index < new.count ? String(new[index]) : nil
        if let oldLine, let newLine {
            let column = zip(oldLine.unicodeScalars, newLine.unicodeScalars).prefix { $0 == $1 }.count + 1
            place += ", column \(column)"
        }
        return """
            \(place):
              golden:   \(oldLine.map(quoted) ?? "(end of file)")
              rendered: \(newLine.map(quoted) ?? "(end of file)")
            """
    }

    /// `line` in quotes, with the characters a reader cannot see written as `\u{…}`: controls,
    /// bidi and other format marks, and every space but U+0020 (a French price's U+202F).
    private static func quoted(_ line: String) -> String {
        var text = "\""
        let invisible: Set<Unicode.GeneralCategory> = [.control, .format, .lineSeparator, .paragraphSeparator, .spaceSeparator]
        for scalar in line.unicodeScalars {
            if scalar != " ", invisible.contains(scalar.properties.generalCategory) {
                text += "\\u{\(String(scalar.value, radix: 16, uppercase: true))}"
            } else {
                text.unicodeScalars.append(scalar)
            }
        }
        return text + "\""
    }

    /// The command that writes every golden file.
    static let regenerate = "REPLYKIT_UPDATE_GOLDEN=1 swift test --filter GoldenTests"

    /// Writes `text` to `path`, creating the directories on the way; false when it cannot.
    static func write(_ text: String, to path: String) -> Bool {
        for slash in path.indices.dropFirst() where path[slash] == "/" {
            mkdir(String(path[..<slash]), 0o755)  // fails harmlessly when it exists
        }
        guard let file = fopen(path, "wb") else { return false }
        defer { fclose(file) }
        return fputs(text, file) >= 0
    }
}

extension String {
    func replacingSlash() -> String { String(map { $0 == "/" ? "-" : $0 }) }
}
