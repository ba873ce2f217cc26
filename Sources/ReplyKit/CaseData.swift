import CatalogFiles
import ExactJSON
import Intl
import MessageFormat

/// A problem with a case's data: which JSON path, what the template declares, what was found.
public struct CaseDataProblem: Error, Sendable, Hashable, CustomStringConvertible {
    /// The dotted JSON path (`refund.amount`).
    public var path: String
    /// The declared type, as written in the template (`money`, `refund | replacement`).
    public var expected: String
    /// What the case has there (`a string "abc"`, `nothing`).
    public var found: String
    /// The whole sentence.
    public var description: String { "\(path): expected \(expected), found \(found)" }
}

/// Binding a case's JSON to a template's declared inputs.
enum CaseBinding {
    /// The arguments for the template's messages, or every problem found.
    static func bind(_ json: JSON, inputs: [InputDeclaration]) -> (
        arguments: [String: MessageArgument], problems: [CaseDataProblem]
    ) {
        var arguments: [String: MessageArgument] = [:]
        var problems: [CaseDataProblem] = []
        guard case .object = json else {
            return ([:], [CaseDataProblem(path: "(case)", expected: "a JSON object", found: describe(json))])
        }
        arguments.reserveCapacity(inputs.count + 2)  // a list also brings its count
        for input in inputs {
            let value = lookup(input.path, in: json)
            guard let value, !value.isNull else {
                if !input.isOptional { problems.append(missing(input)) }
                continue
            }
            switch convert(value, to: input.type, path: input.path) {
            case .success(let argument):
                if let problem = boundsProblem(argument, for: input) {
                    problems.append(problem)
                    continue
                }
                arguments[input.path] = argument
                addCount(of: argument, at: input.path, to: &arguments)
            case .failure(let problem):
                problems.append(problem)
            }
        }
        return (arguments, problems)
    }

    /// The problem for a required input the case lacks.
    static func missing(_ input: InputDeclaration) -> CaseDataProblem {
        CaseDataProblem(path: input.path, expected: "\(input.declaredType) (required)", found: "nothing")
    }

    /// Adds `path.count` when `argument` is a list: messages read a list's length under that name.
    static func addCount(of argument: MessageArgument, at path: String, to arguments: inout [String: MessageArgument]) {
        if case .list(let items) = argument { arguments[path + ".count"] = .number(.integer(Int64(items.count))) }
    }

    /// The value at a dotted path, or nil when any step is missing.
    static func lookup(_ path: String, in json: JSON) -> JSON? {
        var current = json
        var start = path.startIndex
        while true {
            // By UTF-8: a `.` is always a character of its own, and searching bytes skips grapheme breaking.
            let end = path.utf8[start...].firstIndex(of: UInt8(ascii: ".")) ?? path.endIndex
            guard let next = current[path[start..<end]] else { return nil }
            current = next
            guard end < path.endIndex else { return current }
            start = path.utf8.index(after: end)
        }
    }

    private static func convert(_ json: JSON, to type: InputType, path: String) -> Result<MessageArgument, CaseDataProblem> {
        func problem() -> Result<MessageArgument, CaseDataProblem> {
            .failure(CaseDataProblem(path: path, expected: "\(type)", found: describe(json)))
        }
        switch (type, json) {
        case (.string, .string(let text)): return .success(.string(text))
        case (.number, .number(let text)): return .success(.number(numeric(text)))
        case (.integer, .number(let text)):
            guard let value = Int64(text) else { return problem() }
            return .success(.number(.integer(value)))
        case (.boolean, .bool(let flag)): return .success(.bool(flag))
        case (.enumeration(let values), .string(let text)):
            guard values.contains(text) else {
                return .failure(
                    CaseDataProblem(path: path, expected: "one of \(values.joined(separator: ", "))", found: describe(json)))
            }
            return .success(.string(text))
        case (.date, .string(let text)), (.datetime, .string(let text)):
            guard let date = DateTimeValue(iso8601: text) else {
                return .failure(
                    CaseDataProblem(
                        path: path,
                        expected: "\(type) (ISO 8601, such as 2026-11-22\(type == .datetime ? "T14:30:00+01:00" : ""))",
                        found: describe(json)))
            }
            return .success(.dateTime(date))
        case (.list, .array(let items)):
            var values: [MessageArgument] = []
            for (index, item) in items.enumerated() {
                switch item {
                case .string(let text): values.append(.string(text))
                case .number(let text): values.append(.number(numeric(text)))
                default:
                    return .failure(
                        CaseDataProblem(path: "\(path)[\(index)]", expected: "text or a number", found: describe(item)))
                }
            }
            return .success(.list(values))
        case (.money, .object):
            return money(json, path: path)
        default:
            return problem()
        }
    }

    private static func money(_ json: JSON, path: String) -> Result<MessageArgument, CaseDataProblem> {
        let amount: NumericValue
        switch json["amount"] {
        case .string(let text)?:
            guard isDecimal(text) else {
                return .failure(
                    CaseDataProblem(
                        path: path + ".amount", expected: "a decimal amount such as \"129.90\"", found: describe(.string(text))))
            }
            amount = .decimal(text)
        case .number(let text)?:
            amount = numeric(text)
        case let other:
            return .failure(
                CaseDataProblem(
                    path: path + ".amount", expected: "a decimal amount such as \"129.90\"",
                    found: other.map(describe) ?? "nothing"))
        }
        guard case .string(let currency)? = json["currency"], currency.utf8.count == 3,
            currency.unicodeScalars.allSatisfy({ ("A"..."Z").contains($0) })
        else {
            return .failure(
                CaseDataProblem(
                    path: path + ".currency", expected: "an ISO 4217 code such as \"EUR\"",
                    found: json["currency"].map(describe) ?? "nothing"))
        }
        return .success(.money(amount: amount, currency: currency))
    }

    private static func isDecimal(_ text: String) -> Bool {
        var bytes = Array(text.utf8)[...]
        if bytes.first == UInt8(ascii: "-") { bytes = bytes.dropFirst() }
        let parts = bytes.split(separator: UInt8(ascii: "."), omittingEmptySubsequences: false)
        guard (1...2).contains(parts.count) else { return false }
        return parts.allSatisfy { !$0.isEmpty && $0.allSatisfy { $0 >= 0x30 && $0 <= 0x39 } }
    }

    private static func numeric(_ text: String) -> NumericValue {
        Int64(text).map(NumericValue.integer) ?? .decimal(text)
    }

    /// `a string "abc"`, `the number 5`, `an object`…
    static func describe(_ json: JSON) -> String {
        switch json {
        case .null: "null"
        case .bool(let flag): "\(flag)"
        case .number(let text): "the number \(text)"
        case .string(let text): "a string \"\(text.count > 40 ? String(text.prefix(40)) + "…" : text)\""
        case .array(let items): "a list of \(items.count)"
        case .object: "an object"
        }
    }
}
