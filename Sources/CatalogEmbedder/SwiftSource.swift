/// The Swift source that embeds the catalog's files: one dictionary entry per file, its text in a
/// multi-line raw string literal that Swift reads back as exactly that text.
enum SwiftSource {
    /// The whole generated file: an extension of `EmbeddedCatalog` (in the StarterCatalog target)
    /// with `files`, catalog-relative path → text, in the order of the paths.
    static func embedding(_ files: [(path: String, text: String)]) -> String {
        var source = """
            // Generated at build time by the EmbedStarterCatalog plugin (the CatalogEmbedder tool)
            // from replykit.yaml, templates/ and locales/. Do not edit: edit those files.

            extension EmbeddedCatalog {
                package static let files: [String: String] = [

            """
        for file in files.sorted(by: { Array($0.path.utf8).lexicographicallyPrecedes(Array($1.path.utf8)) }) {
            source += "        \(quoted(file.path)): \(literal(file.text)),\n"
        }
        source += "    ]\n}\n"
        return source
    }

    /// A multi-line raw string literal whose value is `text`, byte for byte.
    ///
    /// The closing delimiter starts its line, so no indentation is stripped. The literal takes one
    /// more `#` than any `"#…` or `\#…` run in the text, so nothing in the text can close it or
    /// start an escape. Carriage returns (which Swift would turn, with a following line feed, into
    /// a line feed) and every other control character but tab and line feed are written as
    /// `\#u{…}` escapes; the rest of the text is written as it is.
    static func literal(_ text: String) -> String {
        let hashes = String(repeating: "#", count: hashCount(text))
        var body = ""
        for scalar in text.unicodeScalars {
            if scalar == "\n" || scalar == "\t" || (scalar.value >= 0x20 && scalar.value != 0x7F) {
                body.unicodeScalars.append(scalar)
            } else {
                body += "\\\(hashes)u{\(String(scalar.value, radix: 16, uppercase: true))}"
            }
        }
        return "\(hashes)\"\"\"\n\(body)\n\"\"\"\(hashes)"
    }

    /// A one-line string literal (for a path): quotes, backslashes and control characters escaped.
    static func quoted(_ text: String) -> String {
        var body = ""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": body += "\\\""
            case "\\": body += "\\\\"
            case _ where scalar.value < 0x20 || scalar.value == 0x7F:
                body += "\\u{\(String(scalar.value, radix: 16, uppercase: true))}"
            default: body.unicodeScalars.append(scalar)
            }
        }
        return "\"\(body)\""
    }

    /// One more than the longest run of `#` that follows a `"` or a `\` in `text` (at least one).
    private static func hashCount(_ text: String) -> Int {
        var longest = 0
        var run: Int?  // the `#`s since the last quote or backslash; nil after any other character
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"", "\\": run = 0
            case "#":
                if let count = run {
                    run = count + 1
                    longest = max(longest, count + 1)
                }
            default: run = nil
            }
        }
        return longest + 1
    }
}
