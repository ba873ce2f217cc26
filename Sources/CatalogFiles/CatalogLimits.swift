/// The limits the catalog reader applies to the files it reads, stated once (the README's
/// "Catalog files" section quotes them).
public enum CatalogLimits {
    /// The largest catalog file read: 4 MiB. A template with thousands of blocks is a few hundred
    /// KiB, a tone pack or an example case a few KiB; anything larger is not a catalog file (a
    /// log, a database dump, a link to `/dev/zero`) and is reported instead of read.
    public static let fileBytes = 4 * 1024 * 1024

    /// How deep directories under `templates/` and `locales/` may nest.
    public static let directoryDepth = 64

    /// `4 MiB`, for messages.
    static var fileBytesText: String { "\(fileBytes / (1024 * 1024)) MiB" }
}
