import CatalogFiles
import Testing

#if canImport(Glibc)
    import Glibc
#endif

/// Rule ids mentioned in prose, found where a reader would copy one from:
///
/// - `tone/<name>` anywhere (a tone rule is always written with its prefix);
/// - the keys of a `lint:` map, in block form (the lines indented under `lint:`) or flow form
///   (`lint: {rule: level}`), as in a `replykit.yaml` example;
/// - the rule after `lint-disable`, as in a suppression example;
/// - a name in backticks followed by a level, as in "`tone-pack` (error)" or "`wording`, info"
///   (in the tone-pack docs such a name may be a pack entry, so `tone/<name>` also counts);
/// - `"rule": "<name>"`, as in a JSON report.
///
/// Names follow the id grammar: lowercase letters, digits and `-`, with `/` between parts.
enum RuleMentions {
    struct Mention: Hashable, CustomStringConvertible {
        var id: String
        /// Whether `tone/<id>` also counts (a pack entry named with its level).
        var mayBePackEntry = false
        var description: String { id }
    }

    static func find(in text: String) -> Set<Mention> {
        var found = Set<Mention>()
        for match in text.matches(of: #/tone/[a-z0-9][a-z0-9-]*/#) {
            let before = text[..<match.range.lowerBound].last
            if before.map({ !($0.isLetter || $0.isNumber || "/_.-".contains($0)) }) ?? true {
                found.insert(Mention(id: String(match.output)))
            }
        }
        for match in text.matches(of: #/lint-disable[ \t]+(?<id>[a-z0-9][a-z0-9-]*(?:/[a-z0-9][a-z0-9-]*)?)(?=[:\s]|$)/#) {
            found.insert(Mention(id: String(match.id)))
        }
        for match in text.matches(of: #/`(?<id>[a-z0-9][a-z0-9/-]*)`(?:,[ \t]*|[ \t]+\()(?:error|warning|info)\b/#) {
            found.insert(Mention(id: String(match.id), mayBePackEntry: true))
        }
        for match in text.matches(of: #/"rule"[ \t]*:[ \t]*"(?<id>[^"]+)"/#) {
            found.insert(Mention(id: String(match.id)))
        }
        for match in text.matches(of: #/lint:[ \t]*\{(?<entries>[^}]*)\}/#) {
            for entry in match.entries.split(separator: ",") {
                let key = entry.split(separator: ":").first?.trimmingSpaces ?? ""
                if !key.isEmpty { found.insert(Mention(id: key)) }
            }
        }
        found.formUnion(blockLintMapKeys(in: text))
        return found
    }

    /// The keys of every block-form `lint:` map: the lines indented deeper than `lint:` after it.
    private static func blockLintMapKeys(in text: String) -> [Mention] {
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        var keys: [Mention] = []
        var index = 0
        while index < lines.count {
            defer { index += 1 }
            let line = lines[index]
            let indent = line.prefix { $0 == " " }.count
            guard line.dropFirst(indent).trimmingSpaces == "lint:" else { continue }
            while index + 1 < lines.count {
                let next = lines[index + 1]
                let nextIndent = next.prefix { $0 == " " }.count
                guard !next.trimmingSpaces.isEmpty, nextIndent > indent else { break }
                index += 1
                if let key = next.split(separator: ":").first?.trimmingSpaces { keys.append(Mention(id: key)) }
            }
        }
        return keys
    }
}

extension StringProtocol {
    /// Without leading and trailing spaces and tabs.
    fileprivate var trimmingSpaces: String {
        var text = Substring(self)
        while text.first == " " || text.first == "\t" { text.removeFirst() }
        while text.last == " " || text.last == "\t" { text.removeLast() }
        return String(text)
    }
}

/// Every rule id the README, the docs and `lint --help` mention is a rule `replykit lint` has.
@Suite struct DocumentedRuleTests {
    /// The ids `replykit lint --list-rules` lists for the shipped catalog (with its tone rules).
    static let registry: Set<String> = {
        let listing = ReplyKitBinary.run(["lint", "--list-rules", "--catalog", RenderCommandTests.repository]).stdout
        return Set(listing.split(separator: "\n").compactMap { $0.split(separator: " ").first.map(String.init) })
    }()

    static var documents: [(name: String, text: String)] {
        let repository = RenderCommandTests.repository
        var documents: [(String, String)] = [("README.md", TextFile.read(repository + "/README.md") ?? "")]
        if let directory = opendir(repository + "/docs") {
            while let entry = readdir(directory) {
                let name = withUnsafeBytes(of: entry.pointee.d_name) { String(decoding: $0.prefix { $0 != 0 }, as: UTF8.self) }
                if name.hasSuffix(".md") { documents.append(("docs/" + name, TextFile.read(repository + "/docs/" + name) ?? "")) }
            }
            closedir(directory)
        }
        documents.append(("replykit lint --help", ReplyKitBinary.run(["lint", "--help"]).stdout))
        return documents.sorted { $0.0 < $1.0 }
    }

    @Test func everyMentionedRuleExists() {
        #expect(Self.registry.contains("missing-translation") && Self.registry.contains("tone/commands"))
        var mentioned = Set<String>()
        for document in Self.documents {
            #expect(!document.text.isEmpty, "\(document.name) is empty")
            for mention in RuleMentions.find(in: document.text) {
                let known =
                    Self.registry.contains(mention.id) || (mention.mayBePackEntry && Self.registry.contains("tone/" + mention.id))
                #expect(
                    known, "\(document.name) mentions the rule '\(mention.id)', which 'replykit lint --list-rules' does not list")
                mentioned.insert(mention.id)
            }
        }
        // The extraction finds the ids the documents are known to mention.
        #expect(mentioned.isSuperset(of: ["tone/commands", "unchanged-translation", "tone-pack", "review-incentive", "wording"]))
    }

    /// The forms the extraction reads, including the README example that named a rule that does not exist.
    @Test func mentionsAreFoundInEveryForm() {
        let text = """
            Levels can be changed per rule in `replykit.yaml`:

            ```yaml
            lint:
              unchanged-translation: off
              tone/exclamation-marks: error
            source-locale: en
            ```

            #: lint-disable whitespace: a reason
            `#: lint-disable tone/<id>: reason` suppresses a rule.
            Use `lint: {tone/commands: error, stale-translation: off}`.
            - `channel-length` (error): …; stock phrases (`wording`, info)
            {"rule": "placeholder-parity"}
            Files: locales/<tag>/tone.yaml, `tone/<id>`, a kind `review-response` and channel `google-play`.
            """
        #expect(
            RuleMentions.find(in: text).map(\.id).sorted() == [
                "channel-length", "placeholder-parity", "stale-translation", "tone/commands", "tone/exclamation-marks",
                "unchanged-translation", "whitespace", "wording",
            ])
    }
}
