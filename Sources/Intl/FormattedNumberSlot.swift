internal import CICU

#if canImport(Glibc)
    import Glibc
#elseif canImport(Musl)
    import Musl
#elseif canImport(Darwin)
    import Darwin
#endif

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

    /// The thread-local key; its destructor releases a thread's slot when the thread exits.
    private static let key: pthread_key_t = {
        var key = pthread_key_t()
        let created = pthread_key_create(&key) { slot in
            guard let slot else { return }
            Unmanaged<FormattedNumberSlot>.fromOpaque(slot).release()
        }
        precondition(created == 0, "pthread_key_create failed")
        return key
    }()

    /// Runs `body` with this thread's result object; nil when none could be opened (out of memory).
    @inline(__always)
    static func withResult<R>(_ body: (OpaquePointer) -> R?) -> R? {
        let slot: Unmanaged<FormattedNumberSlot>
        if let existing = pthread_getspecific(key) {
            slot = Unmanaged.fromOpaque(existing)
        } else {
            guard let created = FormattedNumberSlot() else { return nil }
            slot = Unmanaged.passRetained(created)
            pthread_setspecific(key, slot.toOpaque())
        }
        return slot._withUnsafeGuaranteedRef { slot -> R? in
            guard !slot.inUse else { return nested(body) }
            slot.inUse = true
            defer { slot.inUse = false }
            return body(slot.result)
        }
    }

    /// A format inside a format: a result object of its own.
    private static func nested<R>(_ body: (OpaquePointer) -> R?) -> R? {
        var status = U_ZERO_ERROR
        guard let opened = icu_numfmt_open_result(&status), !status.isFailure else { return nil }
        defer { icu_numfmt_close_result(opened) }
        return body(opened)
    }
}
