internal import CICU

/// A CLDR plural category: what ICU's plural rules select for a number.
public enum PluralCategory: String, Sendable, Hashable, CaseIterable {
    case zero, one, two, few, many, other

    /// The category named by an ICU keyword; nil for anything else.
    init?(keyword units: UnsafeBufferPointer<UInt16>) {
        switch (units.count, units.first) {
        case (4, UInt16(UInt8(ascii: "z"))): self = .zero
        case (3, UInt16(UInt8(ascii: "o"))): self = .one
        case (3, UInt16(UInt8(ascii: "t"))): self = .two
        case (3, UInt16(UInt8(ascii: "f"))): self = .few
        case (4, UInt16(UInt8(ascii: "m"))): self = .many
        case (5, UInt16(UInt8(ascii: "o"))): self = .other
        default: return nil
        }
    }
}

extension PluralCategory {
    /// The category whose keyword `select` writes (an ICU plural-rules select call given a buffer,
    /// its capacity and a status); `other` if ICU fails. ICU's rules come from CLDR, which names
    /// only the six categories.
    static func selected(by select: (UnsafeMutablePointer<UInt16>, Int32, inout UErrorCode) -> Int32) -> PluralCategory {
        withUnsafeTemporaryAllocation(of: UInt16.self, capacity: 16) { buffer in
            var status = U_ZERO_ERROR
            let length = select(buffer.baseAddress!, 16, &status)
            guard !status.isFailure else { return .other }
            return PluralCategory(keyword: UnsafeBufferPointer(start: buffer.baseAddress!, count: Int(length))) ?? .other
        }
    }
}
