import Glibc

/// A value only ever touched while a lock is held: what `Synchronization.Mutex` does, through a
/// pthread mutex, which ThreadSanitizer sees.
///
/// `Mutex` waits on a futex directly on Linux. ThreadSanitizer cannot see that, and reports races
/// on state `Mutex` guards correctly (a cache read and filled under the lock from eight threads
/// is enough), so a report would not mean a bug. Every lock in ReplyKit is this one.
///
/// The invariant, stated once: `mutex` is allocated and initialized in `init`, never moved (a
/// pthread mutex must stay at the address it was initialized at), destroyed and freed in
/// `deinit`; `value` is read and written only between `pthread_mutex_lock` and
/// `pthread_mutex_unlock`, which is what makes the class safe to share across threads.
public final class Locked<Value>: @unchecked Sendable {
    private let mutex: UnsafeMutablePointer<pthread_mutex_t>
    private var value: Value

    /// A lock guarding `value`.
    public init(_ value: Value) {
        self.value = value
        mutex = .allocate(capacity: 1)
        mutex.initialize(to: pthread_mutex_t())
        let status = pthread_mutex_init(mutex, nil)
        precondition(status == 0, "pthread_mutex_init failed: \(status)")
    }

    deinit {
        pthread_mutex_destroy(mutex)
        mutex.deinitialize(count: 1)
        mutex.deallocate()
    }

    /// Runs `body` with the value while holding the lock; `body` must not take this lock again.
    public func withLock<R, E: Error>(_ body: (inout Value) throws(E) -> R) throws(E) -> R {
        pthread_mutex_lock(mutex)
        defer { pthread_mutex_unlock(mutex) }
        return try body(&value)
    }
}
