#if canImport(Glibc)
    import Glibc
#elseif canImport(Musl)
    import Musl
#elseif canImport(Darwin)
    import Darwin
#endif

/// A thread-local slot holding one retained object per thread, released when the thread exits.
struct ThreadLocalKey<Object: AnyObject>: @unchecked Sendable {
    private let key: pthread_key_t

    init() {
        var key = pthread_key_t()
        let created = pthread_key_create(&key) { object in
            guard let object else { return }
            Unmanaged<AnyObject>.fromOpaque(object).release()
        }
        precondition(created == 0, "pthread_key_create failed")
        self.key = key
    }

    /// This thread's object, made by `make` on first use (nil if `make` fails). It is not retained
    /// for the caller: it lives until the thread exits and is only ever seen by this thread.
    @inline(__always)
    func current(orMake make: () -> Object?) -> Unmanaged<Object>? {
        if let existing = pthread_getspecific(key) { return Unmanaged.fromOpaque(existing) }
        guard let made = make() else { return nil }
        let object = Unmanaged.passRetained(made)
        pthread_setspecific(key, object.toOpaque())
        return object
    }
}
