import Intl
import MessageFormat

/// Formats `source` for `locale` with no bidi isolation, failing the test on build errors.
func format(
    _ source: String, locale: String = "en", _ arguments: [String: MessageArgument] = [:],
    bidi: BidiIsolation = .none
) throws -> FormattedMessage {
    let formatter = try MessageFormatter(source, locale: LocaleID(locale), bidiIsolation: bidi)
    return formatter.format(arguments)
}
