import Intl
import Testing

/// `Locked`, the lock every cache in ReplyKit uses: no update is lost under contention, and the
/// value is what the last holder left. (`.ci/run` runs this under ThreadSanitizer too.)
@Suite struct LockedTests {
    @Test func concurrentUpdatesAreNeverLost() async {
        let counter = Locked(0)
        let cache = Locked<[Int: String]>([:])
        await withTaskGroup(of: Void.self) { group in
            for task in 0..<8 {
                group.addTask {
                    for index in 0..<10_000 {
                        counter.withLock { $0 += 1 }
                        let key = (index * 7 + task) % 512
                        if cache.withLock({ $0[key] }) == nil {
                            cache.withLock { cache in
                                if cache.count >= 64 { cache.removeAll(keepingCapacity: true) }
                                cache[key] = String(key)
                            }
                        }
                    }
                }
            }
        }
        #expect(counter.withLock { $0 } == 80_000)
        #expect(cache.withLock { $0.allSatisfy { $0.value == String($0.key) } })
    }

    @Test func errorsThrownInsideReleaseTheLock() {
        struct Refused: Error {}
        let value = Locked("a")
        #expect(throws: Refused.self) { try value.withLock { _ throws(Refused) in throw Refused() } }
        #expect(value.withLock { $0 } == "a")
    }
}
