import ICUBaseline
import Intl
import MessageFormat

// Messages formatted per second by ReplyKit's MessageFormat versus the same text produced by
// calling ICU's C API directly (formatters opened once, plural rules, string concatenation).
// Both run in this process, interleaved, on the same inputs; the ratio is ReplyKit's time per
// message over the baseline's. Target: at most 1.5.

struct Scenario {
    let name: String
    let message: String
    let ours: (Int) -> String
    let baseline: (Int) -> String
    /// The same work through ICU's own MessageFormat (version 1), where it can express it.
    var icuMessageFormat: ((Int) -> String)? = nil
}

/// The three MessageFormat scenarios whose name contains `filter` (all without one); false when none ran.
/// With `profiling`, only ReplyKit's side runs, half a million times, and nothing is printed.
func runMessageScenarios(filter: String?, profiling: Bool) throws -> Bool {
    let locale = "en-US"
    guard let context = baseline_open(locale) else { fatalError("ICU baseline could not open its formatters") }
    let localeID = try LocaleID(locale)

    let buffer = UnsafeMutablePointer<UInt16>.allocate(capacity: 1024)
    let text = BaselineText()

    func formatter(_ source: String) -> MessageFormatter {
        do {
            return try MessageFormatter(source, locale: localeID, bidiIsolation: .none)
        } catch {
            fatalError("benchmark message does not build: \(error)")
        }
    }

    // 1. A plural with a number.
    let pluralSource =
        ".input {$count :integer} .match $count one {{You have {$count} new message.}} * {{You have {$count} new messages.}}"
    let plural = formatter(pluralSource)
    let pluralArguments: [[String: MessageArgument]] = (0..<1000).map { ["count": .number(.integer(Int64($0)))] }

    // 2. A currency with a date.
    let refundSource = "Your refund of {$amount :currency currency=EUR} was issued on {$date :date length=long}."
    let refund = formatter(refundSource)
    let amounts = (0..<100).map { "\($0 * 7 + 3).\($0 % 10)\($0 % 7)" }
    let amountValues = amounts.map { Double($0)! }
    let days = (0..<28).map { DateTimeValue(year: 2026, month: 2, day: $0 + 1, hasTime: false) }
    let epochs = try days.map {
        try CalendarMath.epochMilliseconds(
            year: $0.year, month: $0.month, day: $0.day, hour: 0, minute: 0, second: 0,
            millisecond: 0, timeZone: "UTC")
    }
    let refundArguments: [[String: MessageArgument]] = (0..<100).map {
        ["amount": .number(.decimal(amounts[$0])), "date": .dateTime(days[$0 % 28])]
    }

    // 3. A list with a plural.
    let listSource =
        ".input {$items :reply:list} .match $items one {{Your item {$items} has shipped.}} * {{Your items {$items} have shipped.}}"
    let list = formatter(listSource)
    let names = ["a blue mug", "two plates", "a spoon", "a linen tablecloth"]
    let listArguments: [[String: MessageArgument]] = (1...4).map { ["items": .list(names.prefix($0).map { .string($0) })] }
    let utf16Names = names.map(utf16Copy)
    let namePointers = utf16Names.map(\.pointer)
    let nameLengths = utf16Names.map(\.count)

    let scenarios = [
        Scenario(
            name: "plural with a number", message: pluralSource,
            ours: { plural.format(pluralArguments[$0 % 1000]).string },
            baseline: { text(buffer, baseline_plural(context, Int64($0 % 1000), buffer, 1024)) },
            icuMessageFormat: { text(buffer, baseline_mf1_plural(context, Int64($0 % 1000), buffer, 1024)) }),
        Scenario(
            name: "currency with a date", message: refundSource,
            ours: { refund.format(refundArguments[$0 % 100]).string },
            baseline: { i in
                text(
                    buffer,
                    amounts[i % 100].withCString { baseline_currency_date(context, $0, epochs[i % 100 % 28], buffer, 1024) })
            },
            icuMessageFormat: { i in
                text(buffer, baseline_mf1_currency_date(context, amountValues[i % 100], epochs[i % 100 % 28], buffer, 1024))
            }),
        Scenario(
            name: "list with a plural", message: listSource,
            ours: { list.format(listArguments[$0 % 4]).string },
            baseline: { i in
                namePointers.withUnsafeBufferPointer { pointers in
                    pointers.withMemoryRebound(to: Optional<UnsafePointer<UInt16>>.self) { items in
                        text(buffer, baseline_list(context, items.baseAddress, nameLengths, Int32(i % 4 + 1), buffer, 1024))
                    }
                }
            }),
    ]

    let selected = scenarios.filter { scenario in filter.map { scenario.name.contains($0) } ?? true }
    guard !selected.isEmpty else { return false }
    if profiling {
        // Only ReplyKit's side, long enough for a profiler to see where its time goes.
        for scenario in selected { _ = measure(500_000, scenario.ours) }
        return true
    }
    print("ReplyKit MessageFormat vs direct ICU (\(locale)), median of 9 interleaved rounds")
    print("")
    var worst = 0.0
    for scenario in selected {
        for index in 0..<200 {
            let ours = scenario.ours(index)
            let theirs = scenario.baseline(index)
            require(ours == theirs, "outputs differ for \(scenario.name): \(ours) | \(theirs)")
            if let messageFormat = scenario.icuMessageFormat?(index) {
                require(ours == messageFormat, "ICU MessageFormat differs for \(scenario.name): \(ours) | \(messageFormat)")
            }
        }
        let iterations = 20_000
        _ = measure(iterations, scenario.ours)
        _ = measure(iterations, scenario.baseline)
        var oursTimes: [Double] = []
        var baselineTimes: [Double] = []
        var messageFormatTimes: [Double] = []
        for _ in 0..<9 {
            oursTimes.append(measure(iterations, scenario.ours))
            baselineTimes.append(measure(iterations, scenario.baseline))
            if let messageFormat = scenario.icuMessageFormat { messageFormatTimes.append(measure(iterations, messageFormat)) }
        }
        let ours = median(oursTimes)
        let baseline = median(baselineTimes)
        let ratio = ours / baseline
        worst = max(worst, ratio)
        print("\(scenario.name)")
        print("  message:   \(scenario.message)")
        print("  sample:    \(scenario.ours(3))")
        print("  ReplyKit:  \(Int(1e9 / ours)) messages/s (\(Int(ours)) ns each)")
        print("  ICU:       \(Int(1e9 / baseline)) messages/s (\(Int(baseline)) ns each)")
        print("  ratio:     \(twoDecimals(ratio))x")
        if !messageFormatTimes.isEmpty {
            let messageFormat = median(messageFormatTimes)
            print(
                "  ICU MessageFormat (umsg_format): \(Int(1e9 / messageFormat)) messages/s (\(Int(messageFormat)) ns each); ReplyKit is \(twoDecimals(messageFormat / ours))x as fast"
            )
        }
        print("")
    }
    print("worst ratio: \(twoDecimals(worst))x (target: at most 1.5x)")
    baseline_close(context)
    return true
}
