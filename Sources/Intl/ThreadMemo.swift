import Synchronization

// A per-thread memo of the most recently used formatters, in front of the process-wide caches.
// A hit needs no lock and no `Hasher`: one thread-local load, a scan of eight fingerprints and one
// key comparison. A formatting call never suspends, so the memo of the thread it starts on is the
// memo it ends on; memos are never shared, which is what makes their unlocked mutation safe.

/// The per-thread memos; each ``FormatterCache`` owns one slot.
final class ThreadMemo {
    /// How many caches can have a memo slot (the process has six; tests make a few more).
    static let slotCount = 32
    private static let nextSlot = Atomic<Int>(0)

    /// Each thread's memo, released when the thread exits.
    private static let key = ThreadLocalKey<ThreadMemo>()

    /// A fresh slot number for a new cache, or nil when all are taken (that cache then goes unmemoized).
    static func allocateSlot() -> Int? {
        let slot = nextSlot.wrappingAdd(1, ordering: .relaxed).oldValue
        return slot < slotCount ? slot : nil
    }

    /// Runs `body` with this thread's ring for `slot` (created on first use), without retaining
    /// either object: both live until the thread exits, and the ring never leaves this thread.
    @inline(__always)
    static func withRing<Key: FingerprintedKey, Value: AnyObject, R>(
        _ slot: Int, of _: (Key, Value).Type, _ body: (MemoRing<Key, Value>) throws(IntlError) -> R
    ) throws(IntlError) -> R {
        let memo = key.current(orMake: { ThreadMemo() })!
        let rings = memo.takeUnretainedValue().rings
        let ring: Unmanaged<MemoRing<Key, Value>>
        if let existing = rings[slot] {
            ring = Unmanaged.fromOpaque(existing)
        } else {
            ring = Unmanaged.passRetained(MemoRing<Key, Value>())
            rings[slot] = ring.toOpaque()
        }
        return try body(ring.takeUnretainedValue())
    }

    /// One retained ring per slot (type-erased; each slot's type is fixed by its cache), kept as raw
    /// pointers so reads cost neither retains nor exclusivity checks.
    private let rings: UnsafeMutablePointer<UnsafeMutableRawPointer?>

    private init() {
        rings = .allocate(capacity: Self.slotCount)
        rings.initialize(repeating: nil, count: Self.slotCount)
    }

    deinit {
        for slot in 0..<Self.slotCount {
            if let ring = rings[slot] { Unmanaged<AnyObject>.fromOpaque(ring).release() }
        }
        rings.deallocate()
    }
}

/// The last few (key, formatter) pairs one thread used from one cache, replaced round-robin.
final class MemoRing<Key: FingerprintedKey, Value: AnyObject> {
    static var capacity: Int { 8 }
    /// Per entry: its fingerprint, or 0 while empty (a key whose fingerprint is 0 is never memoized).
    private let fingerprints: UnsafeMutablePointer<UInt64>
    /// Initialized exactly where the fingerprint is nonzero.
    private let keys: UnsafeMutablePointer<Key>
    /// Retained exactly where the fingerprint is nonzero.
    private let values: UnsafeMutablePointer<Unmanaged<Value>>
    private let nextIndex: UnsafeMutablePointer<Int>

    init() {
        fingerprints = .allocate(capacity: Self.capacity)
        fingerprints.initialize(repeating: 0, count: Self.capacity)
        keys = .allocate(capacity: Self.capacity)
        values = .allocate(capacity: Self.capacity)
        nextIndex = .allocate(capacity: 1)
        nextIndex.initialize(to: 0)
    }

    deinit {
        for index in 0..<Self.capacity where fingerprints[index] != 0 { clear(index) }
        fingerprints.deallocate()
        keys.deallocate()
        values.deallocate()
        nextIndex.deallocate()
    }

    /// The memoized value of the key with `fingerprint` that `matches` accepts.
    @inline(__always)
    func value(fingerprint: UInt64, matches: (Key) -> Bool) -> Value? {
        guard fingerprint != 0 else { return nil }
        for index in 0..<Self.capacity where fingerprints[index] == fingerprint {
            if matches((keys + index).pointee) { return values[index].takeUnretainedValue() }
        }
        return nil
    }

    /// Remembers `value` for `key`, evicting the oldest entry when full.
    func remember(_ value: Value, for key: Key, fingerprint: UInt64) {
        guard fingerprint != 0 else { return }
        let index = nextIndex.pointee
        nextIndex.pointee = (index + 1) % Self.capacity
        if fingerprints[index] != 0 { clear(index) }
        (keys + index).initialize(to: key)
        values[index] = Unmanaged.passRetained(value)
        fingerprints[index] = fingerprint
    }

    private func clear(_ index: Int) {
        (keys + index).deinitialize(count: 1)
        values[index].release()
        fingerprints[index] = 0
    }
}
