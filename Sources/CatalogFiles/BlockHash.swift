/// The eight-hex-digit version stamp of a source block's text (first 32 bits of FNV-1a 64).
public func blockHash(_ text: String) -> String {
    var hash: UInt64 = 0xcbf2_9ce4_8422_2325
    for byte in text.utf8 {
        hash ^= UInt64(byte)
        hash &*= 0x0000_0100_0000_01b3
    }
    let high = String(hash >> 32, radix: 16)
    return String(repeating: "0", count: 8 - high.count) + high
}
