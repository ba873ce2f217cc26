internal import CICU

/// A CLDR plural category: what ICU's plural rules select for a number.
public enum PluralCategory: String, Sendable, Hashable, CaseIterable {
    /// Arabic 0; Latvian 0, 10–20, 30, 40….
    case zero
    /// English and German 1; French 0 and 1; Russian 1, 21, 31….
    case one
    /// Arabic 2.
    case two
    /// Polish 2–4, 22–24…; Arabic 3–10, 103–110….
    case few
    /// Polish 5–21, 25–31…; Arabic 11–99, 111–199….
    case many
    /// Everything else; every locale has it, and it is the only category of Japanese and Chinese.
    case other

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
