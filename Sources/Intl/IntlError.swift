internal import CICU

/// An error reported by ICU, or a bad argument to an Intl type.
public struct IntlError: Error, Sendable, CustomStringConvertible {
    /// ICU's error name (`U_ILLEGAL_ARGUMENT_ERROR`), or a short code of ours.
    public var code: String
    /// What went wrong, for humans.
    public var message: String
    /// Creates an error from a code and a human-readable message.
    public init(code: String, message: String) {
        self.code = code
        self.message = message
    }
    /// `message (code)`.
    public var description: String { "\(message) (\(code))" }
}

// MARK: - Codes of our own

extension IntlError {
    /// A locale tag that is empty or not well-formed BCP 47.
    static let invalidLocaleCode = "INVALID_LOCALE"
    /// An option value out of range or of the wrong shape.
    static let invalidOptionCode = "INVALID_OPTION"
    /// A time zone ICU does not know.
    static let unknownTimeZoneCode = "UNKNOWN_TIME_ZONE"
    /// A date/time field out of range.
    static let invalidArgumentCode = "INVALID_ARGUMENT"

    /// A bad option value; `option` is the option's ECMA-402 / MessageFormat name.
    static func invalidOption(_ option: String, _ detail: String) -> IntlError {
        IntlError(code: invalidOptionCode, message: "Invalid option \(option): \(detail)")
    }

    /// An ICU failure while building `what` (e.g. "number formatter for locale 'de' from skeleton '…'").
    init(status: UErrorCode, building what: String) {
        self.init(code: String(cString: icu_error_name(status)), message: "ICU could not build \(what)")
    }

    /// An ICU failure during an operation described by `what`.
    init(status: UErrorCode, while what: String) {
        self.init(code: String(cString: icu_error_name(status)), message: "ICU failed while \(what)")
    }
}

// MARK: - Status helpers

extension UErrorCode {
    /// True for errors (positive codes); warnings and `U_ZERO_ERROR` are successes.
    var isFailure: Bool { rawValue > U_ZERO_ERROR.rawValue }
}

/// An ICU error status escaping a helper; turned into an ``IntlError`` by the caller.
struct ICUFailure: Error {
    let rawStatus: Int32
    var status: UErrorCode { UErrorCode(rawValue: rawStatus) }
    init(_ status: UErrorCode) { rawStatus = status.rawValue }
}
