internal import CICU

/// The version of the ICU library ReplyKit runs with (the system's libicu, read at run time).
public struct ICUVersion: Sendable, Hashable, CustomStringConvertible {
    /// The major version, such as 72.
    public let major: Int
    /// The minor version, such as 1.
    public let minor: Int
    /// The milli (patch) version, usually 0.
    public let milli: Int
    /// The micro version, usually 0.
    public let micro: Int

    /// A version from its parts.
    public init(major: Int, minor: Int, milli: Int = 0, micro: Int = 0) {
        self.major = major
        self.minor = minor
        self.milli = milli
        self.micro = micro
    }

    /// The version of the ICU library loaded in this process (`u_getVersion`).
    public static var current: ICUVersion {
        let packed = icu_version_packed()
        return ICUVersion(
            major: Int(packed >> 24), minor: Int((packed >> 16) & 0xFF), milli: Int((packed >> 8) & 0xFF),
            micro: Int(packed & 0xFF))
    }

    /// As ICU writes it (`u_versionToString`): major and minor, then the milli and micro parts
    /// only when they are not zero, as in `72.1` or `74.2.1`.
    public var description: String {
        var parts = [major, minor, milli, micro]
        while parts.count > 2, parts.last == 0 { parts.removeLast() }
        return parts.map(String.init).joined(separator: ".")
    }
}
