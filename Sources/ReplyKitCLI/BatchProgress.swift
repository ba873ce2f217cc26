#if canImport(Glibc)
    import Glibc
#elseif canImport(Musl)
    import Musl
#elseif canImport(Darwin)
    import Darwin
#endif

/// `render --batch` on standard error: a progress line, redrawn at most 4 times a second, when
/// standard error is a terminal; a one-line summary at the end, always (standard output carries
/// only the JSON lines).
struct BatchProgress: Sendable {
    /// Whether the progress line is drawn.
    let isShown: Bool
    /// The input's size when it is a regular file, for the percentage and the time left.
    let totalBytes: Int?
    private let started = ContinuousClock.now
    private var drawn = ContinuousClock.now
    private var isDrawn = false

    init(isShown: Bool, totalBytes: Int?) {
        self.isShown = isShown
        self.totalBytes = totalBytes
    }

    /// Redraws `12,800 lines  41,377 lines/s  37%  0:09 left` (without the last two when the
    /// size of the input is not known).
    /// `inputOffset` is how far into the input the lines written so far reach.
    mutating func update(lines: Int, inputOffset: Int) {
        guard isShown, drawn.duration(to: .now) >= .milliseconds(250) else { return }
        drawn = .now
        let seconds = Self.seconds(started.duration(to: drawn))
        var text = "\(Self.grouped(lines)) lines  \(Self.grouped(Int(Double(lines) / max(seconds, 0.001)))) lines/s"
        if let totalBytes, totalBytes > 0, inputOffset > 0 {
            let fraction = min(1, Double(inputOffset) / Double(totalBytes))
            let left = Int((seconds / fraction - seconds).rounded())
            text += "  \(Int(fraction * 100))%  \(left / 60):\(left % 60 < 10 ? "0" : "")\(left % 60) left"
        }
        Self.show("\r\u{1B}[K" + text)
        isDrawn = true
    }

    /// Clears the progress line and prints `rendered 40,000 lines, 0 failed, in 1.2 s (33,000 lines/s)`.
    func finish(rendered: Int, failed: Int, shard: BatchOptions.Shard) {
        if isDrawn { Self.show("\r\u{1B}[K") }
        let seconds = Self.seconds(started.duration(to: .now))
        let rate = Int(Double(rendered + failed) / max(seconds, 0.001))
        var line =
            "rendered \(Self.grouped(rendered)) line\(rendered == 1 ? "" : "s"), \(Self.grouped(failed)) failed, "
            + "in \(Self.decimal(seconds)) s (\(Self.grouped(rate)) lines/s)"
        if shard.count > 1 { line += ", shard \(shard.index)/\(shard.count)" }
        if failed > 0 { line += "; the lines that failed have an \"error\" on standard output" }
        Self.show(line + "\n")
    }

    private static func seconds(_ duration: Duration) -> Double {
        Double(duration.components.seconds) + Double(duration.components.attoseconds) / 1e18
    }

    /// `1,234,567`.
    static func grouped(_ number: Int) -> String {
        let digits = String(number)
        var text = ""
        for (offset, digit) in digits.enumerated() {
            if offset > 0 && (digits.count - offset) % 3 == 0 { text += "," }
            text.append(digit)
        }
        return text
    }

    /// `12.3`.
    private static func decimal(_ value: Double) -> String {
        let tenths = Int((value * 10).rounded())
        return "\(tenths / 10).\(tenths % 10)"
    }

    private static func show(_ text: String) {
        _ = text.withCString { write(2, $0, strlen($0)) }
    }
}
