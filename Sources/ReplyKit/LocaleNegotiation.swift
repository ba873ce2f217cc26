import Intl

/// Which catalog locales serve a requested locale, most specific first, ending with the source.
///
/// The chain follows likely subtags and parents the way CLDR does: `de-AT` → `de` → source;
/// `zh-TW` is `zh-Hant-TW` → `zh-Hant` (never `zh`, which means Simplified Chinese);
/// `pt-PT` → `pt-PT` → `pt` (a `pt-BR` translation is not Portuguese for Portugal).
enum LocaleNegotiation {
    static func chain(for requested: LocaleID, available: [LocaleID], source: LocaleID) -> [LocaleID] {
        let maximized = requested.maximized
        let subtags = maximized.identifier.split(separator: "-").map(String.init)
        let language = subtags.first ?? requested.language
        let script = subtags.dropFirst().first { $0.count == 4 }
        var candidates: [String] = [requested.identifier]
        // Truncate the maximized form: language-Script-Region…, language-Script, then language if
        // the language alone implies the same script.
        for length in stride(from: subtags.count, through: 1, by: -1) {
            candidates.append(subtags.prefix(length).joined(separator: "-"))
        }
        let requestedParts = requested.identifier.split(separator: "-").map(String.init)
        if requestedParts.count > 1 { candidates.append(requestedParts.prefix(requestedParts.count - 1).joined(separator: "-")) }
        var chain: [LocaleID] = []
        for candidate in candidates {
            guard let tag = try? LocaleID(candidate) else { continue }
            if tag.identifier == language, let script, Self.script(of: tag.maximized) != script { continue }
            for locale in available where Self.same(locale, tag) && !chain.contains(locale) {
                chain.append(locale)
            }
        }
        if !chain.contains(source) { chain.append(source) }
        return chain
    }

    /// Two tags name the same locale when they are equal, or equal once likely subtags are added
    /// and neither says more than the other (`zh-Hant-TW` and `zh-TW`).
    private static func same(_ a: LocaleID, _ b: LocaleID) -> Bool {
        if a == b { return true }
        let aParts = a.identifier.split(separator: "-").count
        let bParts = b.identifier.split(separator: "-").count
        return a.maximized == b.maximized && (aParts > 1) == (bParts > 1)
    }

    private static func script(of locale: LocaleID) -> String? {
        locale.identifier.split(separator: "-").dropFirst().first { $0.count == 4 }.map(String.init)
    }
}

extension LocaleNegotiation {
    /// The locale a block formats its numbers, dates and lists in, given the locale of its text.
    ///
    /// Text in the customer's language formats in the customer's locale as asked, with its region
    /// and `-u-` extensions (`de-CH`, `ar-MA`, `ar-u-nu-latn`). Text in another language (a
    /// fallback) formats in that language, with the customer's region where ICU has data for the
    /// pair (`en` text for `de-CH` → `en-CH`; for `pl-PL`, which has no `en-PL`, → `en`; a tag
    /// without a region adds none), and the
    /// customer's extensions other than `nu` (digits belong to the language).
    static func formattingLocale(text: LocaleID, requested: LocaleID) -> LocaleID {
        let textMaximized = text.maximized
        let requestedMaximized = requested.maximized
        if text.language == requested.language, script(of: textMaximized) == script(of: requestedMaximized) {
            return requested
        }
        var base = text
        if text.region == nil, let region = requested.region,
            let regional = try? LocaleID(text.identifier + "-" + region), regional.dataLocale == regional
        {
            base = regional
        }
        let keywords = requested.unicodeExtensions.filter { $0.key != "nu" }
        guard !keywords.isEmpty else { return base }
        let extensions = keywords.map { $0.value.isEmpty ? $0.key : "\($0.key)-\($0.value)" }.joined(separator: "-")
        return (try? LocaleID(base.identifier + "-u-" + extensions)) ?? base
    }
}

extension LocaleNegotiation {
    /// Of the locale directories named `tags`, those whose translations can serve `requested` (the
    /// ones on its fallback chain; none for a pseudo-locale, which renders from the source), and
    /// the locales of the others. Whether a locale is on a chain depends on that locale alone, not
    /// on which others are available, so this agrees with the chain a catalog negotiates later.
    static func directories(serving requested: LocaleID, among tags: [String]) -> (serving: Set<String>, others: Set<LocaleID>) {
        let parsed = tags.compactMap { tag in (try? LocaleID(tag)).map { (tag: tag, locale: $0) } }
        let chain =
            PseudoLocale(requested) != nil ? [] : chain(for: requested, available: parsed.map(\.locale), source: requested)
        var serving: Set<String> = []
        var others: Set<LocaleID> = []
        for (tag, locale) in parsed {
            if chain.contains(locale) { serving.insert(tag) } else { others.insert(locale) }
        }
        return (serving, others)
    }
}
