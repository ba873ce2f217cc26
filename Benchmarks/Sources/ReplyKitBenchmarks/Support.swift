import ICUBaseline

/// The baselines' UTF-16 output as Swift Strings, built the fast way (ICU transcodes to UTF-8).
final class BaselineText {
    private let utf8Buffer: UnsafeMutablePointer<CChar>
    private let capacity: Int32

    init(capacity: Int32 = 4096) {
        self.capacity = capacity
        utf8Buffer = .allocate(capacity: Int(capacity))
    }

    deinit { utf8Buffer.deallocate() }

    func callAsFunction(_ buffer: UnsafePointer<UInt16>, _ length: Int32) -> String {
        require(length >= 0, "ICU baseline failed")
        let count = baseline_utf8(buffer, length, utf8Buffer, capacity)
        require(count >= 0, "ICU baseline failed")
        return utf8Buffer.withMemoryRebound(to: UInt8.self, capacity: Int(count)) {
            String(decoding: UnsafeBufferPointer(start: $0, count: Int(count)), as: UTF8.self)
        }
    }
}

/// A string's UTF-16 code units in memory that lives as long as the process, for the C baselines.
func utf16Copy(_ text: String) -> (pointer: UnsafeMutablePointer<UInt16>, count: Int32) {
    let units = Array(text.utf16)
    let pointer = UnsafeMutablePointer<UInt16>.allocate(capacity: max(units.count, 1))
    pointer.initialize(from: units, count: units.count)
    return (pointer, Int32(units.count))
}

/// Nanoseconds per call of `body` over `iterations` calls.
func measure(_ iterations: Int, _ body: (Int) -> String) -> Double {
    measureCount(iterations) { body($0).utf8.count }
}

/// Nanoseconds per call of `body` over `iterations` calls; `body` returns the size of what it made.
func measureCount(_ iterations: Int, _ body: (Int) -> Int) -> Double {
    var total = 0
    let clock = ContinuousClock()
    let elapsed = clock.measure {
        for index in 0..<iterations { total &+= body(index) }
    }
    require(total > 0, "nothing was produced")
    return nanoseconds(elapsed) / Double(iterations)
}

func nanoseconds(_ duration: Duration) -> Double {
    Double(duration.components.seconds) * 1e9 + Double(duration.components.attoseconds) / 1e9
}

func median(_ values: [Double]) -> Double { values.sorted()[values.count / 2] }

/// `1.23` for a ratio or a number of seconds: two decimals, truncated like the rest of the output.
func twoDecimals(_ value: Double) -> Double { Double(Int(value * 100)) / 100 }

/// A check that holds in every build. This target compiles with -Ounchecked, where `precondition`
/// does not even evaluate its condition: output comparisons and I/O must not rely on it.
func require(_ condition: Bool, _ message: @autoclosure () -> String, file: StaticString = #file, line: UInt = #line) {
    if !condition { fatalError(message(), file: file, line: line) }
}
