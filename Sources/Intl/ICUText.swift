internal import CICU

// Helpers for moving text across the ICU boundary with as few copies as possible: ICU writes into a
// stack buffer of UTF-16 and the Swift String is built from it once.

/// Capacity of the first (stack) attempt of ``icuUTF16String(_:)``; most formatted values fit.
let icuStackCapacity = 256

/// Calls an ICU "write UTF-16 into this buffer" function, retrying with an exactly sized heap buffer
/// on `U_BUFFER_OVERFLOW_ERROR`, and returns the text as a String.
func icuUTF16String(
    _ fill: (UnsafeMutablePointer<UInt16>, Int32, inout UErrorCode) -> Int32
) throws(ICUFailure) -> String {
    var status = U_ZERO_ERROR
    var needed: Int32 = 0
    let first: String? = withUnsafeTemporaryAllocation(of: UInt16.self, capacity: icuStackCapacity) { buffer in
        needed = fill(buffer.baseAddress!, Int32(icuStackCapacity), &status)
        guard !status.isFailure else { return nil }
        return makeString(utf16: UnsafeBufferPointer(start: buffer.baseAddress!, count: Int(needed)))
    }
    if let first { return first }
    guard status == U_BUFFER_OVERFLOW_ERROR else { throw ICUFailure(status) }
    status = U_ZERO_ERROR
    let capacity = Int(needed) + 1
    let second: String? = withUnsafeTemporaryAllocation(of: UInt16.self, capacity: capacity) { buffer in
        let length = fill(buffer.baseAddress!, Int32(capacity), &status)
        guard !status.isFailure else { return nil }
        return makeString(utf16: UnsafeBufferPointer(start: buffer.baseAddress!, count: Int(length)))
    }
    guard let second else { throw ICUFailure(status) }
    return second
}

/// Calls an ICU "write a char string into this buffer" function (locale ids, tags), retrying on overflow.
func icuCString(
    _ fill: (UnsafeMutablePointer<CChar>, Int32, inout UErrorCode) -> Int32
) throws(ICUFailure) -> String {
    var capacity = 160
    while true {
        var status = U_ZERO_ERROR
        let result: String? = withUnsafeTemporaryAllocation(of: CChar.self, capacity: capacity) { buffer in
            let length = fill(buffer.baseAddress!, Int32(capacity - 1), &status)
            guard !status.isFailure else {
                if status == U_BUFFER_OVERFLOW_ERROR { capacity = Int(length) + 2 }
                return nil
            }
            let bytes = UnsafeRawBufferPointer(start: buffer.baseAddress!, count: Int(length))
            return String(decoding: bytes, as: UTF8.self)
        }
        if let result { return result }
        guard status == U_BUFFER_OVERFLOW_ERROR else { throw ICUFailure(status) }
    }
}

/// Runs `body` with the UTF-16 code units of `text` in a temporary buffer (never empty: a length-0
/// string still gets a valid pointer).
func withUTF16<R>(_ text: String, _ body: (UnsafePointer<UInt16>, Int32) -> R) -> R {
    // A string has at most as many UTF-16 units as UTF-8 bytes, and counting the bytes is free.
    withUnsafeTemporaryAllocation(of: UInt16.self, capacity: Swift.max(text.utf8.count, 1)) { buffer in
        let count = copyUTF16(of: text, into: buffer.baseAddress!)
        return body(UnsafePointer(buffer.baseAddress!), Int32(count))
    }
}

/// Writes the UTF-16 code units of `text` to `out`, which has room for `text.utf8.count` units,
/// and returns how many it wrote. Transcodes from the string's UTF-8 storage: walking
/// `String.UTF16View` costs several times as much.
func copyUTF16(of text: String, into out: UnsafeMutablePointer<UInt16>) -> Int {
    // Native strings are contiguous: read them in place (a mutable copy for `withUTF8` would retain).
    if let written = text.utf8.withContiguousStorageIfAvailable({ copyUTF16(utf8: $0, into: out) }) { return written }
    var text = text
    return text.withUTF8 { copyUTF16(utf8: $0, into: out) }
}

/// Writes the UTF-16 code units of valid UTF-8 `bytes` to `out`; returns how many it wrote.
private func copyUTF16(utf8 bytes: UnsafeBufferPointer<UInt8>, into out: UnsafeMutablePointer<UInt16>) -> Int {
    var written = 0
    var index = 0
    let count = bytes.count
    while index < count {
        let lead = UInt32(bytes[index])
        if lead < 0x80 {
            out[written] = UInt16(truncatingIfNeeded: lead)
            written += 1
            index += 1
            continue
        }
        // A Swift string's UTF-8 is valid: the lead byte gives the sequence length.
        let scalar: UInt32
        if lead < 0xE0 {
            scalar = (lead & 0x1F) << 6 | UInt32(bytes[index + 1] & 0x3F)
            index += 2
        } else if lead < 0xF0 {
            scalar = (lead & 0x0F) << 12 | UInt32(bytes[index + 1] & 0x3F) << 6 | UInt32(bytes[index + 2] & 0x3F)
            index += 3
        } else {
            scalar =
                (lead & 0x07) << 18 | UInt32(bytes[index + 1] & 0x3F) << 12 | UInt32(bytes[index + 2] & 0x3F) << 6
                | UInt32(bytes[index + 3] & 0x3F)
            index += 4
        }
        if scalar < 0x10000 {
            out[written] = UInt16(truncatingIfNeeded: scalar)
            written += 1
        } else {
            out[written] = UInt16(truncatingIfNeeded: 0xD800 + ((scalar - 0x10000) >> 10))
            out[written + 1] = UInt16(truncatingIfNeeded: 0xDC00 + ((scalar - 0x10000) & 0x3FF))
            written += 2
        }
    }
    return written
}

/// A String from UTF-16 code units, transcoded by hand: `String(decoding:as: UTF16.self)` takes a
/// generic slow path, while UTF-8 input has a fast validating one. Lone surrogates become U+FFFD.
func makeString(utf16 units: UnsafeBufferPointer<UInt16>) -> String {
    if units.isEmpty { return "" }
    return withUnsafeTemporaryAllocation(of: UInt8.self, capacity: units.count * 3) { out in
        let written = transcodeUTF16(units, into: out.baseAddress!)
        return String(decoding: UnsafeBufferPointer(rebasing: out[..<written]), as: UTF8.self)
    }
}

/// Writes UTF-16 code units as UTF-8 to `out`, which has room for three bytes per unit; returns
/// how many bytes it wrote. Lone surrogates become U+FFFD.
func transcodeUTF16(_ units: UnsafeBufferPointer<UInt16>, into out: UnsafeMutablePointer<UInt8>) -> Int {
    let count = units.count
    var written = 0
    var index = 0
    while index < count {
        let unit = units[index]
        index += 1
        if unit < 0x80 {
            out[written] = UInt8(truncatingIfNeeded: unit)
            written += 1
        } else if unit < 0x800 {
            out[written] = UInt8(truncatingIfNeeded: 0xC0 | unit >> 6)
            out[written + 1] = UInt8(truncatingIfNeeded: 0x80 | unit & 0x3F)
            written += 2
        } else if unit & 0xFC00 == 0xD800, index < count, units[index] & 0xFC00 == 0xDC00 {
            let scalar = 0x10000 + (UInt32(unit & 0x3FF) << 10 | UInt32(units[index] & 0x3FF))
            index += 1
            out[written] = UInt8(truncatingIfNeeded: 0xF0 | scalar >> 18)
            out[written + 1] = UInt8(truncatingIfNeeded: 0x80 | scalar >> 12 & 0x3F)
            out[written + 2] = UInt8(truncatingIfNeeded: 0x80 | scalar >> 6 & 0x3F)
            out[written + 3] = UInt8(truncatingIfNeeded: 0x80 | scalar & 0x3F)
            written += 4
        } else {
            let scalar = unit & 0xF800 == 0xD800 ? 0xFFFD : unit  // lone surrogate
            out[written] = UInt8(truncatingIfNeeded: 0xE0 | scalar >> 12)
            out[written + 1] = UInt8(truncatingIfNeeded: 0x80 | scalar >> 6 & 0x3F)
            out[written + 2] = UInt8(truncatingIfNeeded: 0x80 | scalar & 0x3F)
            written += 3
        }
    }
    return written
}
