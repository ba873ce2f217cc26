import Testing

@testable import Intl

/// Many tasks share one cached formatter of each kind; every output must be exactly what a
/// single-threaded call produces.
@Suite struct ConcurrencyTests {
    static let taskCount = 8
    static let iterations = 400

    @Test func sharedNumberFormatterFromManyTasks() async throws {
        var options = NumberFormatOptions()
        options.style = .currency("EUR")
        let formatter = try NumberFormatter.cached(locale: LocaleID("de"), options: options)
        let plain = try NumberFormatter.cached(locale: LocaleID("de"), options: NumberFormatOptions())
        let rules = try PluralRules.cached(locale: LocaleID("de"), kind: .cardinal)
        let failures = await withTaskGroup(of: Int.self) { group in
            for task in 0..<Self.taskCount {
                group.addTask {
                    var failures = 0
                    for index in 0..<Self.iterations {
                        let cents = task * 100_000 + index * 7
                        let decimal = "\(cents / 100).\(cents % 100 < 10 ? "0" : "")\(cents % 100)"
                        let expected = Self.germanEuros(cents: cents)
                        if formatter.format(.decimal(decimal)) != expected { failures += 1 }
                        if formatter.format(.double(Double(cents) / 100)) != expected { failures += 1 }
                        if formatter.formatToParts(.integer(Int64(index))).map(\.value).joined() != "\(index),00\u{00A0}€" {
                            failures += 1
                        }
                        // "1,00 €" shows fraction digits, so it is "other"; a plain "1" is "one".
                        if formatter.pluralCategory(of: .integer(Int64(index)), rules: rules) != "other" { failures += 1 }
                        if plain.pluralCategory(of: .integer(Int64(index)), rules: rules) != (index == 1 ? "one" : "other") {
                            failures += 1
                        }
                    }
                    return failures
                }
            }
            return await group.reduce(0, +)
        }
        #expect(failures == 0)
    }

    @Test func sharedDateFormatterFromManyTasks() async throws {
        let formatter = try DateFormatter.cached(locale: LocaleID("en-US"), skeleton: "yMMMdjms", timeZone: "Europe/Berlin")
        let day = 86_400_000.0
        let instants = (0..<50).map { referenceInstant + Double($0) * (day + 61_000) }
        let expected = instants.map { formatter.format(epochMilliseconds: $0) }
        #expect(expected[0] == "Jan 2, 2006, 4:04:06\u{202F}PM")
        #expect(Set(expected).count == instants.count)
        let failures = await withTaskGroup(of: Int.self) { group in
            for task in 0..<Self.taskCount {
                group.addTask {
                    var failures = 0
                    for index in 0..<Self.iterations {
                        let slot = (index * 7 + task) % instants.count
                        if formatter.format(epochMilliseconds: instants[slot]) != expected[slot] { failures += 1 }
                    }
                    return failures
                }
            }
            return await group.reduce(0, +)
        }
        #expect(failures == 0)
    }

    @Test func sharedListAndRelativeTimeFormattersFromManyTasks() async throws {
        let list = try ListFormatter.cached(locale: LocaleID("de"), kind: .conjunction, width: .long)
        let relative = try RelativeTimeFormatter.cached(locale: LocaleID("en"), style: .long, numeric: .always)
        let failures = await withTaskGroup(of: Int.self) { group in
            for task in 0..<Self.taskCount {
                group.addTask {
                    var failures = 0
                    for index in 0..<Self.iterations {
                        let a = "a\(task)"
                        let b = "b\(index)"
                        if list.format([a, b, "c"]) != "\(a), \(b) und c" { failures += 1 }
                        let days = index % 5 + 2
                        if relative.format(Double(days), unit: .day) != "in \(days) days" { failures += 1 }
                    }
                    return failures
                }
            }
            return await group.reduce(0, +)
        }
        #expect(failures == 0)
    }

    @Test func cacheBuildsEachFormatterOnce() async throws {
        let locale = try LocaleID("fr-CA")
        var significant = NumberFormatOptions()
        significant.maximumSignificantDigits = 7
        let options = significant
        let identities = await withTaskGroup(of: ObjectIdentifier?.self) { group in
            for _ in 0..<Self.taskCount {
                group.addTask { (try? NumberFormatter.cached(locale: locale, options: options)).map(ObjectIdentifier.init) }
            }
            return await group.reduce(into: Set<ObjectIdentifier?>()) { $0.insert($1) }
        }
        #expect(identities.count == 1)
        #expect(identities.first! != nil)
    }

    /// `cents` as German euros with "." grouping, "," decimals and a no-break space before "€".
    static func germanEuros(cents: Int) -> String {
        var integer = String(cents / 100)
        var grouped = ""
        while integer.count > 3 {
            grouped = "." + integer.suffix(3) + grouped
            integer.removeLast(3)
        }
        let fraction = cents % 100
        return integer + grouped + "," + (fraction < 10 ? "0" : "") + String(fraction) + "\u{00A0}€"
    }
}
