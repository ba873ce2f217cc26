internal import CICU

/// A canonical BCP 47 locale, as ICU understands it.
public struct LocaleID: Hashable, Sendable, CustomStringConvertible {
    /// Canonical BCP 47 tag (`de-AT`, `zh-Hant-TW`, `en-US`).
    public let identifier: String
    /// The same locale as an ICU locale id (`de_AT`, `zh_Hant_TW`, empty for root), handed to ICU's
    /// open functions; derived from `identifier`, so it takes no part in equality.
    let icuName: String
    /// FNV-1a of `identifier`, computed once so hashing a LocaleID (on every `cached` lookup) is cheap.
    let identifierHash: UInt64
    /// Whether the (likely) script is right to left, computed once: formatting asks for every value.
    let rightToLeft: Bool

    /// Parses and canonicalizes a BCP 47 tag (also accepts `_` separators); throws on an ill-formed tag.
    ///
    /// Tags parsed before are remembered (a service sees the same few tags in every request: the
    /// customer's and those of case text given per language); the memory is bounded and emptied when full.
    public init(_ tag: String) throws(IntlError) {
        if let known = Self.parsed.withLock({ $0[tag] }) {
            self = known
            return
        }
        try self.init(parsing: tag)
        let parsedLocale = self
        Self.parsed.withLock { parsed in
            if parsed.count >= 1024 { parsed.removeAll(keepingCapacity: true) }
            parsed[tag] = parsedLocale
        }
    }

    /// Well-formed tags as given, with what they parsed to.
    private static let parsed = Locked<[String: LocaleID]>([:])

    private init(parsing tag: String) throws(IntlError) {
        guard !tag.isEmpty else {
            throw IntlError(code: IntlError.invalidLocaleCode, message: "Empty locale tag")
        }
        guard tag.utf8.allSatisfy({ $0 < 0x80 && $0 != 0 && $0 != UInt8(ascii: "@") }) else {
            throw IntlError(code: IntlError.invalidLocaleCode, message: "Ill-formed locale tag '\(tag)'")
        }
        let dashed = String(decoding: tag.utf8.map { $0 == UInt8(ascii: "_") ? UInt8(ascii: "-") : $0 }, as: UTF8.self)
        guard let parsed = Self.icuName(forTag: dashed) else {
            throw IntlError(code: IntlError.invalidLocaleCode, message: "Ill-formed locale tag '\(tag)'")
        }
        guard let canonical = Self.languageTag(forICUName: parsed) else {
            throw IntlError(code: IntlError.invalidLocaleCode, message: "Cannot canonicalize locale tag '\(tag)'")
        }
        // Re-derive the ICU name from the canonical tag, so equal identifiers always carry equal names.
        self.init(identifier: canonical, icuName: Self.icuName(forTag: canonical) ?? parsed)
    }

    /// A locale from an already canonical tag and its ICU name.
    init(identifier: String, icuName: String) {
        self.identifier = identifier
        self.icuName = icuName
        self.identifierHash = fnv1a(identifier)
        self.rightToLeft = icu_loc_is_right_to_left(icuName) != 0
    }

    /// A locale from an ICU locale id as ICU returns it (`de_AT`, `root`); root when it cannot be converted.
    init(icuName name: String) {
        if name.isEmpty || name == "root" {
            self = .root
            return
        }
        guard let tag = Self.languageTag(forICUName: name) else {
            self = .root
            return
        }
        self.init(identifier: tag, icuName: Self.icuName(forTag: tag) ?? name)
    }

    private static let rootLocale = LocaleID(identifier: "und", icuName: "")

    /// The root locale (`und`).
    public static var root: LocaleID { rootLocale }

    /// The language subtag (`de`).
    public var language: String {
        let language = try? icuCString { buffer, capacity, status in
            icu_loc_get_language(icuName, buffer, capacity, &status)
        }
        guard let language, !language.isEmpty else { return "und" }
        return language
    }

    /// With likely subtags added (`zh-TW` → `zh-Hant-TW`).
    public var maximized: LocaleID {
        guard
            let name = try? icuCString({ buffer, capacity, status in
                icu_loc_add_likely_subtags(icuName, buffer, capacity, &status)
            })
        else { return self }
        return LocaleID(icuName: name)
    }

    /// With likely subtags removed (`zh-Hant-TW` → `zh-TW`).
    public var minimized: LocaleID {
        guard
            let name = try? icuCString({ buffer, capacity, status in
                icu_loc_minimize_subtags(icuName, buffer, capacity, &status)
            })
        else { return self }
        return LocaleID(icuName: name)
    }

    /// Whether the locale's script is written right to left.
    ///
    /// ICU's `uloc_isRightToLeft`: the explicit script or, failing that, the likely one (`ar` → Arab,
    /// `dv` → Thaana). Unlike the `layout/characters` locale data it also covers scripts without data.
    public var isRightToLeft: Bool { rightToLeft }

    /// The most specific locale ICU has data for (`de-AT` → `de-AT`, `xx-YY` → `und`).
    public var dataLocale: LocaleID {
        var usedDefault: Int32 = 0
        guard
            let actual = try? icuCString({ buffer, capacity, status in
                icu_res_actual_locale(icuName, buffer, capacity, &usedDefault, &status)
            })
        else { return .root }
        // U_USING_DEFAULT_WARNING: ICU found nothing for the language and fell back to root or to the
        // process default locale, which is not data for *this* locale.
        if usedDefault != 0 { return .root }
        return LocaleID(icuName: actual)
    }

    /// Whether ICU has data for the language of this locale (false means it falls back to root).
    public var hasData: Bool { dataLocale != .root }

    /// The canonical BCP 47 tag.
    public var description: String { identifier }

    /// Equal when the canonical tags are equal.
    public static func == (lhs: LocaleID, rhs: LocaleID) -> Bool {
        lhs.identifierHash == rhs.identifierHash && lhs.identifier == rhs.identifier
    }

    /// Hashes the canonical tag.
    public func hash(into hasher: inout Hasher) { hasher.combine(identifierHash) }

    // MARK: - ICU conversions

    /// The ICU locale id for a BCP 47 tag, or nil when the tag is not well-formed in full.
    private static func icuName(forTag tag: String) -> String? {
        var parsedLength: Int32 = 0
        guard
            let name = try? icuCString({ buffer, capacity, status in
                icu_loc_for_language_tag(tag, buffer, capacity, &parsedLength, &status)
            })
        else { return nil }
        guard Int(parsedLength) == tag.utf8.count else { return nil }
        return name
    }

    /// The strict BCP 47 tag of an ICU locale id.
    private static func languageTag(forICUName name: String) -> String? {
        try? icuCString { buffer, capacity, status in
            icu_loc_to_language_tag(name, buffer, capacity, 1, &status)
        }
    }
}
