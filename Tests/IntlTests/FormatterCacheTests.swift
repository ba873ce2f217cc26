import Testing

@testable import Intl

@Suite struct FormatterCacheTests {
    final class Box: Sendable {
        let value: Int
        init(_ value: Int) { self.value = value }
    }

    /// A key whose fingerprint is deliberately weak: every key collides with the others.
    struct CollidingKey: FingerprintedKey {
        let name: String
        var fingerprint: UInt64 { 42 }
    }

    struct IntKey: FingerprintedKey {
        let value: Int
        var fingerprint: UInt64 { mix(0, UInt64(bitPattern: Int64(value))) }
    }

    @Test func buildsOncePerKeyAndIsBounded() throws {
        let cache = FormatterCache<IntKey, Box>(limit: 2)
        var builds = 0
        let first = try cache.value(for: IntKey(value: 1)) { () throws(IntlError) -> Box in
            builds += 1
            return Box(1)
        }
        let again = try cache.value(for: IntKey(value: 1)) { () throws(IntlError) -> Box in
            builds += 1
            return Box(99)
        }
        #expect(first === again)
        #expect(builds == 1)
        _ = try cache.value(for: IntKey(value: 2)) { () throws(IntlError) -> Box in Box(2) }
        #expect(cache.count == 2)
        _ = try cache.value(for: IntKey(value: 3)) { () throws(IntlError) -> Box in Box(3) }
        #expect(cache.count == 1)  // emptied when full
    }

    @Test func fingerprintCollisionsStillCompareKeys() throws {
        let cache = FormatterCache<CollidingKey, Box>()
        let names = (0..<20).map { "key\($0)" }  // more than a memo ring holds
        for (index, name) in names.enumerated() {
            _ = try cache.value(for: CollidingKey(name: name)) { () throws(IntlError) -> Box in Box(index) }
        }
        for (index, name) in names.enumerated().reversed() {
            let box = try cache.value(for: CollidingKey(name: name)) { () throws(IntlError) -> Box in Box(-1) }
            #expect(box.value == index)
        }
        #expect(cache.count == names.count)
    }

    @Test func failedBuildsAreNotCached() throws {
        let cache = FormatterCache<IntKey, Box>()
        #expect(throws: IntlError.self) {
            try cache.value(for: IntKey(value: 7)) { () throws(IntlError) -> Box in throw IntlError(code: "TEST", message: "no") }
        }
        #expect(cache.count == 0)
        #expect(try cache.value(for: IntKey(value: 7)) { () throws(IntlError) -> Box in Box(7) }.value == 7)
    }

    @Test func keysWithEqualPartsHaveEqualFingerprints() throws {
        var options = NumberFormatOptions()
        options.style = .currency("EUR")
        options.maximumFractionDigits = 1
        let a = NumberFormatterKey(locale: try LocaleID("de_AT"), options: options)
        let b = NumberFormatterKey(locale: try LocaleID("de-AT"), options: options)
        #expect(a == b && a.fingerprint == b.fingerprint)
        options.maximumFractionDigits = 2
        #expect(NumberFormatterKey(locale: try LocaleID("de-AT"), options: options).fingerprint != a.fingerprint)
        options.style = .currency("USD")
        #expect(NumberFormatterKey(locale: try LocaleID("de-AT"), options: options).fingerprint != a.fingerprint)
    }

    @Test func errorDescriptionCombinesMessageAndCode() {
        #expect(
            IntlError(code: "U_ILLEGAL_ARGUMENT_ERROR", message: "ICU could not build x").description
                == "ICU could not build x (U_ILLEGAL_ARGUMENT_ERROR)")
    }
}
