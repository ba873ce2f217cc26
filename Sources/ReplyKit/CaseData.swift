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
    /// What a case's JSON binds to: the arguments for the templates' messages, the values given
    /// per language (chosen per block when rendering), and every problem found.
    struct Bound {
        var arguments: [String: MessageArgument] = [:]
        var localized: [String: LocalizedInput] = [:]
        var problems: [CaseDataProblem] = []
        /// The inputs whose text had control characters removed.
        var cleaned: [String] = []
    }

    /// Binds the case to the declared inputs.
    static func bind(_ json: JSON, inputs: [InputDeclaration]) -> Bound {
        var bound = Bound()
        guard case .object = json else {
            bound.problems = [CaseDataProblem(path: "(case)", expected: "a JSON object", found: describe(json))]
            return bound
        }
        bound.arguments.reserveCapacity(inputs.count + 2)  // a list also brings its count
        for input in inputs {
            let value: JSON
            switch lookup(input.path, in: json) {
            case .found(let found) where !found.isNull:
                value = found
            case .found, .absent:
                if !input.isOptional { bound.problems.append(missing(input)) }
                continue
            case .notAnObject(let prefix, let found):
                bound.problems.append(
                    CaseDataProblem(path: prefix, expected: "an object with \(input.path)", found: describe(found)))
                continue
            }
            if let localized = LocalizedInput.parse(value, type: input.type, path: input.path) {
                switch localized {
                case .success(let given):
                    let (localized, removed) = given.cleaned()
                    if removed { bound.cleaned.append(input.path) }
                    if let emptiness = localized.emptiness {
                        if !input.isOptional { bound.problems.append(missing(input, found: emptiness)) }
                        continue
                    }
                    bound.localized[input.path] = localized
                    // A stand-in for conditions and counts; each block gets the text of its language.
                    let standIn = localized.argument(for: nil, source: .root).argument
                    bound.arguments[input.path] = standIn
                    addCount(of: standIn, at: input.path, to: &bound.arguments)
                case .failure(let problem):
                    bound.problems.append(problem)
                }
                continue
            }
            switch convert(value, to: input.type, path: input.path) {
            case .success(var argument):
                if let (cleaned, removed) = CaseText.cleaned(argument) {
                    argument = cleaned
                    if removed { bound.cleaned.append(input.path) }
                }
                if let emptiness = emptiness(of: argument) {
                    if !input.isOptional { bound.problems.append(missing(input, found: emptiness)) }
                    continue
                }
                if let problem = boundsProblem(argument, for: input) {
                    bound.problems.append(problem)
                    continue
                }
                bound.arguments[input.path] = argument
                addCount(of: argument, at: input.path, to: &bound.arguments)
            case .failure(let problem):
                bound.problems.append(problem)
            }
        }
        return bound
    }

    /// `an empty string` or `an empty list` when `argument` has nothing to show (blank text
    /// counts as empty); nil otherwise. An empty value is as good as a missing one.
    static func emptiness(of argument: MessageArgument) -> String? {
        switch argument {
        case .string(let text) where CaseText.isBlank(text): text.isEmpty ? "an empty string" : "a blank string"
        case .list(let items) where items.isEmpty: "an empty list"
        default: nil
        }
    }

    /// The problem for a required input the case lacks.
    static func missing(_ input: InputDeclaration, found: String = "nothing") -> CaseDataProblem {
        CaseDataProblem(path: input.path, expected: "\(input.declaredType) (required)", found: found)
    }

    /// Adds `path.count` when `argument` is a list: messages read a list's length under that name.
    static func addCount(of argument: MessageArgument, at path: String, to arguments: inout [String: MessageArgument]) {
        if case .list(let items) = argument { arguments[path + ".count"] = .number(.integer(Int64(items.count))) }
    }

    /// What a dotted path finds in a case.
    enum Lookup {
        case found(JSON)
        /// A step is missing (or null on the way).
        case absent
        /// A step on the way (`prefix`) holds `found`, which is not an object: the case has the
        /// wrong shape, not a missing value.
        case notAnObject(prefix: String, found: JSON)
    }

    /// The value at a dotted path.
    static func lookup(_ path: String, in json: JSON) -> Lookup {
        var current = json
        var start = path.startIndex
        while true {
            // By UTF-8: a `.` is always a character of its own, and searching bytes skips grapheme breaking.
            let end = path.utf8[start...].firstIndex(of: UInt8(ascii: ".")) ?? path.endIndex
            switch current {
            case .object: break
            case .null: return .absent
            default: return .notAnObject(prefix: String(path[..<path.index(before: start)]), found: current)
            }
            guard let next = current[path[start..<end]] else { return .absent }
            current = next
            guard end < path.endIndex else { return .found(current) }
            start = path.utf8.index(after: end)
        }
    }

    private static func convert(_ json: JSON, to type: InputType, path: String) -> Result<MessageArgument, CaseDataProblem> {
        func problem() -> Result<MessageArgument, CaseDataProblem> {
            .failure(CaseDataProblem(path: path, expected: "\(type)", found: describe(json)))
        }
        switch (type, json) {
        case (.string, .string(let text)): return .success(.string(text))
        case (.number, .number(let text)):
            guard let value = CaseNumbers.number(text) else { return problem() }
            return .success(.number(value))
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
                case .number(let text):
                    guard let value = CaseNumbers.number(text) else {
                        return .failure(
                            CaseDataProblem(path: "\(path)[\(index)]", expected: "text or a number", found: describe(item)))
                    }
                    values.append(.number(value))
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
        // A number ICU cannot format exactly (beyond 10^±999,999) is refused like any non-amount.
        guard let amount = json["amount"].flatMap(CaseNumbers.amount) else {
            return .failure(
                CaseDataProblem(
                    path: path + ".amount", expected: "a decimal amount such as \"129.90\"",
                    found: json["amount"].map(describe) ?? "nothing"))
        }
        guard case .string(let currency)? = json["currency"], CaseNumbers.isCurrencyCode(currency) else {
            return .failure(
                CaseDataProblem(
                    path: path + ".currency", expected: "an ISO 4217 code such as \"EUR\"",
                    found: json["currency"].map(describe) ?? "nothing"))
        }
        return .success(.money(amount: amount, currency: currency))
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
