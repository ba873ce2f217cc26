/// A fixed list in memory its ``FixedStorage`` owns. Copying or reading one costs no reference
/// counting, which a Swift array costs each time the optimizer cannot prove it alive.
struct FixedList<Element>: RandomAccessCollection, @unchecked Sendable {
    private let buffer: UnsafeBufferPointer<Element>

    fileprivate init(_ buffer: UnsafeBufferPointer<Element>) { self.buffer = buffer }

    var startIndex: Int { 0 }
    var endIndex: Int { buffer.count }
    subscript(index: Int) -> Element { buffer[index] }
}

/// Owns the memory of the fixed lists of one ``Program``: written while compiling, read-only
/// afterwards, freed with the program.
final class FixedStorage: @unchecked Sendable {
    private var releases: [() -> Void] = []

    /// A fixed copy of `elements`.
    func list<Element>(_ elements: [Element]) -> FixedList<Element> {
        let memory = UnsafeMutableBufferPointer<Element>.allocate(capacity: max(elements.count, 1))
        let count = elements.count
        _ = memory.initialize(from: elements)
        releases.append {
            memory.baseAddress!.deinitialize(count: count)
            memory.deallocate()
        }
        return FixedList(UnsafeBufferPointer(rebasing: memory[..<count]))
    }

    deinit { for release in releases { release() } }
}

/// An object its ``Program`` owns, referred to without retaining it.
struct Borrowed<Object: AnyObject>: @unchecked Sendable, BitwiseCopyable {
    private let reference: Unmanaged<Object>

    init(_ object: Object) { reference = .passUnretained(object) }

    init(_ reference: Unmanaged<Object>) { self.reference = reference }

    /// Runs `body` with the object; its owner keeps it alive, so no retain is needed.
    @inline(__always)
    func with<R, E: Error>(_ body: (Object) throws(E) -> R) throws(E) -> R { try reference.borrow(body) }
}

extension Unmanaged {
    /// Runs `body` with the instance without retaining it: the caller guarantees it stays alive.
    @inline(__always)
    func borrow<R, E: Error>(_ body: (Instance) throws(E) -> R) throws(E) -> R {
        // `_withUnsafeGuaranteedRef` only rethrows untyped errors; a Result here would cost a
        // copy of the value and a release.
        var failure: E?
        let result: R? = _withUnsafeGuaranteedRef { instance in
            do throws(E) {
                return try body(instance)
            } catch {
                failure = error
                return nil
            }
        }
        if let failure { throw failure }
        return result.unsafelyUnwrapped
    }
}

