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
/// A result object belongs to no formatter, so a thread needs only one. Taking it clears the
/// thread's slot and putting it back restores it, so a nested format (none happens today) opens a
/// result of its own instead of overwriting one in use. No lock: a slot is only seen by its thread.
enum FormattedNumberSlot {
    /// The thread-local key; its destructor closes a thread's result when the thread exits.
    private static let key: pthread_key_t = {
        var key = pthread_key_t()
        let created = pthread_key_create(&key) { result in
            guard let result else { return }
            icu_numfmt_close_result(OpaquePointer(result))
        }
        precondition(created == 0, "pthread_key_create failed")
        return key
    }()

    /// Runs `body` with this thread's result object; nil when none could be opened (out of memory).
    @inline(__always)
    static func withResult<R>(_ body: (OpaquePointer) -> R?) -> R? {
        let key = key
        if let parked = pthread_getspecific(key) {
            pthread_setspecific(key, nil)
            defer { pthread_setspecific(key, parked) }
            return body(OpaquePointer(parked))
        }
        var status = U_ZERO_ERROR
        guard let opened = icu_numfmt_open_result(&status), !status.isFailure else { return nil }
        defer {
            // Keep it for next time unless a nested call already parked one.
            if pthread_getspecific(key) == nil {
                pthread_setspecific(key, UnsafeRawPointer(opened))
            } else {
                icu_numfmt_close_result(opened)
            }
        }
        return body(opened)
    }
}
