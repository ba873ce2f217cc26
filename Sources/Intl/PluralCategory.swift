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
