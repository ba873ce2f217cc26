internal import CICU

/// One `UFormattedNumber` per thread, for every number formatter to format into.
///
/// A result object belongs to no formatter, so a thread needs only one. A nested format (none
/// happens today) finds it in use and opens a result of its own. No lock: a slot is only seen by
/// its thread.
final class FormattedNumberSlot {
    private let result: OpaquePointer
    private var inUse = false

    private init?() {
        var status = U_ZERO_ERROR
        guard let opened = icu_numfmt_open_result(&status), !status.isFailure else { return nil }
        result = opened
    }

    deinit { icu_numfmt_close_result(result) }

    private static let key = ThreadLocalKey<FormattedNumberSlot>()

    /// Runs `body` with this thread's result object; nil when none could be opened (out of memory).
    @inline(__always)
    static func withResult<R>(_ body: (OpaquePointer) -> R?) -> R? {
        guard let slot = key.current(orMake: { FormattedNumberSlot() })?.takeUnretainedValue() else { return nil }
        guard !slot.inUse else { return nested(body) }
        slot.inUse = true
        defer { slot.inUse = false }
        return body(slot.result)
    }

    /// A format inside a format: a result object of its own.
    private static func nested<R>(_ body: (OpaquePointer) -> R?) -> R? {
        var status = U_ZERO_ERROR
        guard let opened = icu_numfmt_open_result(&status), !status.isFailure else { return nil }
        defer { icu_numfmt_close_result(opened) }
        return body(opened)
    }
}
