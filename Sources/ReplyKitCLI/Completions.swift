import CatalogFiles
import ReplyKit

#if canImport(Glibc)
    import Glibc
#elseif canImport(Musl)
    import Musl
#elseif canImport(Darwin)
    import Darwin
#endif

/// Shell completion of template ids and locale tags from the catalog the command line being
/// completed would use: its `--catalog`, else the current directory's, else the built-in one.
///
/// The shell calls `replykit ---completion <subcommand> -- <argument> …` with the words of the
/// command line; template ids come from file names (nothing is parsed), locale tags from the
/// manifest.
enum Completions {
    /// Template ids starting with `prefix`; after a `+`, the ids to join to those before it.
    @Sendable static func templates(_ words: [String], _ index: Int, _ prefix: String) -> [String] {
        let prefix = currentWord(words, index, prefix)
        let head = prefix.lastIndex(of: "+").map { String(prefix[...$0]) } ?? ""
        let tail = prefix.dropFirst(head.count)
        return Source(words).templateIDs.filter { $0.hasPrefix(tail) }.map { head + $0 }
    }

    /// The catalog's locales (source first, then the targets) starting with `prefix`.
    @Sendable static func locales(_ words: [String], _ index: Int, _ prefix: String) -> [String] {
        let prefix = currentWord(words, index, prefix)
        return Source(words).locales.filter { $0.hasPrefix(prefix) }
    }

    /// The part of the word being completed before the cursor. ArgumentParser 1.8 cuts `prefix`
    /// from the command line's last word, which is another word when the cursor is not on the
    /// last one; the word at `index` is then taken whole.
    static func currentWord(_ words: [String], _ index: Int, _ prefix: String) -> String {
        guard words.indices.contains(index), index != words.count - 1 else { return prefix }
        return words[index]
    }

    /// Where a command line's catalog is.
    enum Source: Equatable {
        case directory(String)
        case starter

        init(_ words: [String]) {
            if let directory = Self.catalogArgument(in: words) {
                self = .directory(directory)
            } else if FileSystem.exists("replykit.yaml") {
                self = .directory(".")
            } else {
                self = .starter
            }
        }

        /// The value of the last `--catalog DIR` or `--catalog=DIR` among the words, unquoted,
        /// with a leading `~/` expanded.
        static func catalogArgument(in words: [String]) -> String? {
            var found: String?
            for (index, word) in words.enumerated() {
                if word == "--catalog", index + 1 < words.count {
                    found = words[index + 1]
                } else if word.hasPrefix("--catalog=") {
                    found = String(word.dropFirst("--catalog=".count))
                }
            }
            guard var path = found.map(unquoted), !path.isEmpty else { return nil }
            if path.hasPrefix("~/"), let home = getenv("HOME") {
                path = String(cString: home) + path.dropFirst()
            }
            return path
        }

        /// A shell word without the quotes around it.
        static func unquoted(_ word: String) -> String {
            for quote in ["'", "\""] where word.count >= 2 && word.hasPrefix(quote) && word.hasSuffix(quote) {
                return String(word.dropFirst().dropLast())
            }
            return word
        }

        var templateIDs: [String] {
            switch self {
            case .directory(let directory): CatalogFiles.templateIDs(directory: directory)
            case .starter: CatalogFiles.templateIDs(files: ReplyCatalog.starterFiles)
            }
        }

        var locales: [String] {
            let text: String?
            switch self {
            case .directory(let directory):
                var reader = DirectoryReader(root: directory)
                text = reader.read("replykit.yaml")
            case .starter: text = ReplyCatalog.starterFiles["replykit.yaml"]
            }
            guard let text, let manifest = Manifest.parse(text, file: "replykit.yaml").0 else { return [] }
            return [manifest.sourceLocale] + manifest.targetLocales
        }
    }
}
