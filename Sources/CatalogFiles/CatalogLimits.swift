/// The limits the catalog reader applies to the files it reads, stated once (the README's
/// "Catalog files" section quotes them).
public enum CatalogLimits {
    /// The largest catalog file read: 4 MiB. A template with thousands of blocks is a few hundred
    /// KiB, a tone pack or an example case a few KiB; anything larger is not a catalog file (a
    /// log, a database dump, a link to `/dev/zero`) and is reported instead of read.
    public static let fileBytes = 4 * 1024 * 1024

    /// How deep directories under `templates/` and `locales/` may nest.
    public static let directoryDepth = 64

    /// The largest file a user names that is read whole (a case file, standard input, a token
    /// file): 64 MiB, far above any one case.
    public static let namedFileBytes = 64 * 1024 * 1024

    /// `4 MiB`, for messages.
    static var fileBytesText: String { describe(bytes: fileBytes) }

    /// A limit in bytes for a message: `4 MiB`, `64 KiB`, `100 bytes`.
    static func describe(bytes: Int) -> String {
        if bytes >= 1 << 20 && bytes % (1 << 20) == 0 { return "\(bytes >> 20) MiB" }
        if bytes >= 1 << 10 && bytes % (1 << 10) == 0 { return "\(bytes >> 10) KiB" }
        return "\(bytes) bytes"
    }
}
