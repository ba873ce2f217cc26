import Glibc
import ICUBaseline
import Intl
import MessageFormat
import ReplyKit

// Full replies rendered per second by ReplyKit versus the same text produced by direct ICU calls
// plus string concatenation (ReplyBaseline.c). The reply is the shipped apology/damaged-item in
// German with the example case's shape: a subject and six body blocks (greeting; apology with a
// plural and a list; acknowledgement with a long date; refund with a price and a plural; next
// step; closing), chosen from the template's ten blocks by their conditions. ReplyKit renders it
// twice: from the case's JSON text (parsing and checking it against the template's inputs, as the
// ticket service does) and from typed values. The input varies per iteration (amount, days, items, date, name),
// identically on both sides.

/// One case, in the three shapes the three contenders take it.
struct ReplyCase {
    let json: String
    let arguments: [String: MessageArgument]
    let baseline: reply_case
}

/// The cases: `count` variations of examples/cases/apology-damaged-item.json.
func replyCases(count: Int) throws -> [ReplyCase] {
    let items = ["Porcelain teapot (1.2 L)", "Set of 4 espresso cups", "Linen tablecloth \"Provence\"", "Bamboo tray"]
    let utf16Items = items.map(utf16Copy)
    let itemLengths = UnsafeMutablePointer<Int32>.allocate(capacity: items.count)
    itemLengths.initialize(from: utf16Items.map(\.count), count: items.count)
    let itemPointers = UnsafeMutablePointer<UnsafePointer<UInt16>?>.allocate(capacity: items.count)
    itemPointers.initialize(from: utf16Items.map { UnsafePointer($0.pointer) }, count: items.count)
    let names = ["Anna Kowalski", "Jürgen Weiß", "Zoë Lefèvre", "Mehmet Yılmaz"]
    let refundDays: [Int64] = [5, 1, 10, 3, 1, 14, 2]
    return try (0..<count).map { i in
        let name: String? = i % 5 == 4 ? nil : names[i % names.count]
        let orderID = "EU-2026-\(418837 + i * 7919 % 100_000)"
        let itemCount = i % 3 + 1
        let day = i % 28 + 1
        let amount = "\(i * 37 % 1900 + 3).\(i % 10)\(i % 7)"
        let days = refundDays[i % refundDays.count]
        func quoted(_ text: String) -> String {
            "\"" + text.replacing("\\", with: "\\\\").replacing("\"", with: "\\\"") + "\""
        }
        let json = """
            {
              \(name.map { "\"customer\": {\"name\": \(quoted($0))}," } ?? "\"customer\": {},")
              "order": {
                "id": \(quoted(orderID)),
                "items": [\(items.prefix(itemCount).map(quoted).joined(separator: ", "))]
              },
              "delivered": "2026-11-\(day < 10 ? "0" : "")\(day)",
              "remedy": "refund",
              "refund": {"amount": "\(amount)", "currency": "EUR", "days": \(days)}
            }
            """
        var arguments: [String: MessageArgument] = [
            "order.id": .string(orderID),
            "order.items": .list(items.prefix(itemCount).map { .string($0) }),
            "delivered": .dateTime(DateTimeValue(year: 2026, month: 11, day: day, hasTime: false)),
            "remedy": "refund",
            "refund": .money(amount: .decimal(amount), currency: "EUR"),
            "refund.days": .number(.integer(days)),
        ]
        if let name { arguments["customer.name"] = .string(name) }
        let utf16Name = name.map(utf16Copy)
        let utf16ID = utf16Copy(orderID)
        let amountText = strdup(amount)!
        let epoch = try CalendarMath.epochMilliseconds(
            year: 2026, month: 11, day: day, hour: 0, minute: 0, second: 0,
            millisecond: 0, timeZone: "UTC")
        let baseline = reply_case(
            name: utf16Name.map { UnsafePointer($0.pointer) }, nameLength: utf16Name?.count ?? 0,
            orderID: utf16ID.pointer, orderIDLength: utf16ID.count,
            items: itemPointers, itemLengths: itemLengths, itemCount: Int32(itemCount),
            deliveredEpochMillis: epoch, refundAmount: amountText, refundDays: days
        )
        return ReplyCase(json: json, arguments: arguments, baseline: baseline)
    }
}

/// The full-reply scenario, when `filter` is nil or part of its name. With `profiling`, only
/// ReplyKit's side runs, 20,000 times (from JSON when the filter says "json"), and nothing is printed.
func runReplyScenario(filter: String?, catalogDirectory: String, profiling: Bool) throws {
    let name = "full reply"
    guard filter.map({ name.contains($0) || $0.hasPrefix(name) }) ?? !profiling else { return }
    let template = "apology/damaged-item"
    let catalog = try ReplyCatalog(directory: catalogDirectory)
    guard let context = reply_baseline_open() else { fatalError("ICU reply baseline could not open its formatters") }
    let cases = try replyCases(count: 100)
    let baselineCases = UnsafeMutablePointer<reply_case>.allocate(capacity: cases.count)
    baselineCases.initialize(from: cases.map(\.baseline), count: cases.count)
    let capacity: Int32 = 8192
    let buffer = UnsafeMutablePointer<UInt16>.allocate(capacity: Int(capacity))
    let text = BaselineText(capacity: 3 * capacity)

    func fromJSON(_ i: Int) -> RenderedReply {
        do {
            return try catalog.render(template, locale: "de", caseJSON: cases[i % cases.count].json)
        } catch {
            fatalError("\(template) does not render from JSON: \(error)")
        }
    }
    func typed(_ i: Int) -> RenderedReply {
        do {
            return try catalog.render(template, locale: "de", arguments: cases[i % cases.count].arguments)
        } catch {
            fatalError("\(template) does not render from typed values: \(error)")
        }
    }
    func baseline(_ i: Int) -> (subject: String, body: String) {
        var subjectLength: Int32 = 0
        let length = reply_baseline_render(context, baselineCases + i % cases.count, buffer, capacity, &subjectLength)
        require(length >= 0, "ICU reply baseline failed")
        return (text(buffer, subjectLength), text(buffer + Int(subjectLength), length - subjectLength))
    }

    if profiling {
        let fromJSONText = filter?.hasSuffix("json") == true
        _ = measureCount(20_000) { fromJSONText ? fromJSON($0).body.utf8.count : typed($0).body.utf8.count }
        reply_baseline_close(context)
        return
    }

    // The same text on all three paths, for every case; no warnings, no fallbacks.
    for index in cases.indices {
        let json = fromJSON(index)
        let values = typed(index)
        let theirs = baseline(index)
        require(json.warnings.isEmpty && json.fallbacks.isEmpty, "ReplyKit warns: \(json.warnings) \(json.fallbacks)")
        require(
            json.subject == values.subject && json.body == values.body,
            "JSON and typed renders differ for case \(index):\n\(json.subject ?? "-")\n\(json.body)\n|\n\(values.subject ?? "-")\n\(values.body)"
        )
        require(
            json.subject == theirs.subject && json.body == theirs.body,
            "outputs differ for \(name), case \(index):\n\(json.subject ?? "-")\n\n\(json.body)\n|\n\(theirs.subject)\n\n\(theirs.body)"
        )
    }

    let contenders: [(String, (Int) -> Int)] = [
        (
            "json",
            {
                let reply = fromJSON($0)
                return reply.subject!.utf8.count + reply.body.utf8.count
            }
        ),
        (
            "typed",
            {
                let reply = typed($0)
                return reply.subject!.utf8.count + reply.body.utf8.count
            }
        ),
        (
            "ICU",
            {
                let reply = baseline($0)
                return reply.subject.utf8.count + reply.body.utf8.count
            }
        ),
    ]
    let iterations = 2_000
    for (_, body) in contenders { _ = measureCount(iterations, body) }
    var times = Array(repeating: [Double](), count: contenders.count)
    for _ in 0..<9 {
        for (index, (_, body)) in contenders.enumerated() { times[index].append(measureCount(iterations, body)) }
    }
    let (json, values, icu) = (median(times[0]), median(times[1]), median(times[2]))
    func microseconds(_ nanoseconds: Double) -> Double { Double(Int(nanoseconds / 100)) / 10 }
    let sample = fromJSON(0)
    let blockCount = sample.blocks.count

    print("ReplyKit full reply vs direct ICU (de), median of 9 interleaved rounds")
    print("")
    print("\(name)")
    print(
        "  template:  \(template), \(blockCount) blocks rendered (subject + \(blockCount - 1) in the body), \(cases.count) case variations"
    )
    print("  subject:   \(sample.subject ?? "-")")
    print(
        "  body:      \(sample.body.split(separator: "\n", omittingEmptySubsequences: true).first ?? "") … (\(sample.body.count) characters)"
    )
    print("  ReplyKit (caseJSON):  \(Int(1e9 / json)) replies/s (\(microseconds(json)) µs each)")
    print("  ReplyKit (arguments): \(Int(1e9 / values)) replies/s (\(microseconds(values)) µs each)")
    print("  ICU:                  \(Int(1e9 / icu)) replies/s (\(microseconds(icu)) µs each)")
    print("  ratio (caseJSON):     \(twoDecimals(json / icu))x")
    print("  ratio (arguments):    \(twoDecimals(values / icu))x")
    print("")
    reply_baseline_close(context)
}
