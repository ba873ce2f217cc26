import Intl

/// What every value of one message needs to know about its locale, looked up once per message:
/// values hold one reference to it instead of copying the locale and asking ICU again.
final class LocaleContext: Sendable {
    let locale: LocaleID
    let isRightToLeft: Bool
    private let cardinal: PluralRules?
    private let ordinal: PluralRules?
    /// The formatter of `:number` with no options, for numbers used without a function.
    let defaultNumberFormatter: NumberFormatter?

    init(_ locale: LocaleID) {
        self.locale = locale
        isRightToLeft = locale.isRightToLeft
        cardinal = try? PluralRules.cached(locale: locale, kind: .cardinal)
        ordinal = try? PluralRules.cached(locale: locale, kind: .ordinal)
        defaultNumberFormatter = try? NumberFormatter.cached(locale: locale, options: NumberFormatOptions())
    }

    /// The direction of formatted numbers and dates: the locale's.
    var direction: TextDirection { isRightToLeft ? .rightToLeft : .leftToRight }

    /// Cardinal or ordinal plural rules.
    func pluralRules(ordinal isOrdinal: Bool) -> PluralRules? { isOrdinal ? ordinal : cardinal }
}
