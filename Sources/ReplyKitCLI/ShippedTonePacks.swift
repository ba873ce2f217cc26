import CatalogFiles
import ReplyKit

/// The tone packs that ship with ReplyKit (`locales/<tag>/tone.yaml` of the starter catalog),
/// and its channel packs (`channels/<id>.yaml`), which `replykit init` copies into a new catalog.
enum ShippedTonePacks {
    /// The shipped pack for exactly `locale` (`de`, `zh-Hans`), or nil when none ships for it.
    static func text(for locale: String) -> String? {
        ReplyCatalog.starterFiles["locales/\(locale)/tone.yaml"]
    }

    /// The shipped pack that serves `locale` as the linter chooses one: its own, else that of
    /// the tag with its last subtag removed, and so on (`de-AT` uses `de`'s). Nil when none does.
    static func pack(serving locale: String) -> (tag: String, text: String)? {
        var parts = locale.split(separator: "-").map(String.init)
        while !parts.isEmpty {
            let tag = parts.joined(separator: "-")
            if let text = text(for: tag) { return (tag, text) }
            parts.removeLast()
        }
        return nil
    }

    /// Every shipped channel pack, by channel id, sorted.
    static var channelPacks: [(channel: String, text: String)] {
        ReplyCatalog.starterFiles.compactMap { path, text in ChannelPack.channel(ofPath: path).map { ($0, text) } }
            .sorted { $0.channel < $1.channel }
    }
}
