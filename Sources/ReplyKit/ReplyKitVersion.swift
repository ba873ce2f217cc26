/// ReplyKit's version: the one place it is written. `replykit --version` prints it, and a
/// service built on the library can report it. Raise it when a release is tagged.
public enum ReplyKitVersion {
    /// The version, as `major.minor.patch`.
    public static let current = "0.1.0"
}
