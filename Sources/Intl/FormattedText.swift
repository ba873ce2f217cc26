/// The text of a formatted value, as UTF-8: held inline when short (a number nearly always is),
/// in a String otherwise.
///
/// A message copies a value's text into its own; inline text gets there without a String being
/// made, validated and copied out again on the way.
@frozen
public struct FormattedText {
    /// How many bytes fit inline.
    public static let inlineCapacity = 32

    // Visible to inlined code: copying the text into a message is on every message's path.
    @usableFromInline var bytes: (UInt64, UInt64, UInt64, UInt64) = (0, 0, 0, 0)
    /// The inline byte count, or -1 when the text is in `long`.
    @usableFromInline var count = 0
    @usableFromInline var long = ""

    /// Empty text.
    public init() {}

    /// The text of `string`.
    public init(_ string: String) {
        count = -1
        long = string
    }

    /// The text of UTF-16 code units; lone surrogates become U+FFFD.
    init(utf16 units: UnsafeBufferPointer<UInt16>) {
        self.init()
        // A unit makes at most three bytes: short text is written in place, longer text is
        // transcoded aside and moved in if it fits.
        if units.count * 3 <= Self.inlineCapacity {
            count = withUnsafeMutableBytes(of: &bytes) { raw in
                transcodeUTF16(units, into: raw.baseAddress!.assumingMemoryBound(to: UInt8.self))
            }
        } else if units.count > Self.inlineCapacity {
            (count, long) = (-1, makeString(utf16: units))
        } else {
            withUnsafeTemporaryAllocation(of: UInt8.self, capacity: units.count * 3) { out in
                let written = transcodeUTF16(units, into: out.baseAddress!)
                let utf8 = UnsafeRawBufferPointer(UnsafeBufferPointer(rebasing: out[..<written]))
                if written <= Self.inlineCapacity {
                    withUnsafeMutableBytes(of: &bytes) { $0.baseAddress!.copyMemory(from: utf8.baseAddress!, byteCount: written) }
                    count = written
                } else {
                    (count, long) = (-1, String(decoding: utf8, as: UTF8.self))
                }
            }
        }
    }

    /// Whether the text has no bytes.
    public var isEmpty: Bool { count == 0 || count < 0 && long.isEmpty }

    /// Runs `body` with the text's UTF-8 bytes.
    @inlinable
    public mutating func withUTF8<R>(_ body: (UnsafeBufferPointer<UInt8>) -> R) -> R {
        if count >= 0 {
            let count = count
            return withUnsafeBytes(of: &bytes) { raw in
                body(UnsafeBufferPointer(start: raw.baseAddress!.assumingMemoryBound(to: UInt8.self), count: count))
            }
        }
        return long.withUTF8(body)
    }

    /// The text as a String.
    public var string: String {
        guard count >= 0 else { return long }
        var copy = self
        return copy.withUTF8 { String(decoding: $0, as: UTF8.self) }
    }
}
