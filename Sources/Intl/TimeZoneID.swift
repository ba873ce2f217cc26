internal import CICU

/// Resolution of user-supplied time zone names (IANA ids, `UTC`, `Z`, `+05:30`) to ids ICU accepts.
///
/// ICU silently replaces an unknown zone id with `Etc/Unknown` (which behaves like GMT), so every
/// id is checked against ICU's zone database first.
enum TimeZoneID {
    /// Zones already resolved (known ones only), since formatting may ask for every message.
    private static let resolved = Locked<[String: String]>([:])

    /// The ICU id for `zone`, or nil if it is neither a zone ICU knows nor a well-formed UTC offset.
    static func icuID(for zone: String) -> String? {
        if let hit = resolved.withLock({ $0[zone] }) { return hit }
        guard let candidate = candidateID(for: zone), isKnown(candidate) else { return nil }
        resolved.withLock { cache in
            if cache.count >= 1024 { cache.removeAll(keepingCapacity: true) }
            cache[zone] = candidate
        }
        return candidate
    }

    /// `zone` rewritten into ICU syntax: `Z`/`utc` → `UTC`, `+05:30` → `GMT+05:30`; nil for a malformed offset.
    static func candidateID(for zone: String) -> String? {
        let bytes = Array(zone.utf8)
        guard let first = bytes.first else { return nil }
        if bytes == [UInt8(ascii: "Z")] || bytes == [UInt8(ascii: "z")] { return "UTC" }
        if bytes.count == 3, bytes.map({ $0 | 0x20 }) == Array("utc".utf8) { return "UTC" }
        guard first == UInt8(ascii: "+") || first == UInt8(ascii: "-") else { return zone }
        // ±HH, ±HHMM or ±HH:MM
        var digits = Array(bytes.dropFirst())
        if digits.count == 5, digits[2] == UInt8(ascii: ":") { digits.remove(at: 2) }
        guard digits.count == 2 || digits.count == 4,
            digits.allSatisfy({ (UInt8(ascii: "0")...UInt8(ascii: "9")).contains($0) })
        else { return nil }
        let value = digits.map { Int($0 - UInt8(ascii: "0")) }
        let hours = value[0] * 10 + value[1]
        let minutes = digits.count == 4 ? value[2] * 10 + value[3] : 0
        guard hours <= 23, minutes <= 59 else { return nil }
        let sign = first == UInt8(ascii: "+") ? "+" : "-"
        return "GMT" + sign + twoDigits(hours) + ":" + twoDigits(minutes)
    }

    /// Whether ICU knows `id` as a tz database zone or a custom `GMT±hh:mm` zone.
    static func isKnown(_ id: String) -> Bool {
        guard !id.isEmpty else { return false }
        let canonical: String? = withUTF16(id) { units, length in
            var isSystemID: Int8 = 0
            return try? icuUTF16String { buffer, capacity, status in
                icu_cal_canonical_zone(units, length, buffer, capacity, &isSystemID, &status)
            }
        }
        guard let canonical else { return false }
        return canonical != "Etc/Unknown"
    }

    private static func twoDigits(_ value: Int) -> String {
        value < 10 ? "0\(value)" : String(value)
    }
}
