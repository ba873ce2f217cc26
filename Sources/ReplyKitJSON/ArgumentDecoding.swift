public import ExactJSON
import Intl
public import MessageFormat
import ReplyKit

/// Turning JSON from the command line or a request into message arguments.
public enum ArgumentDecoding {
    /// `{"name": value, …}` as given to `--args`.
    public static func arguments(fromObject json: JSON, path: String) throws(ArgumentError) -> [String: MessageArgument] {
        guard case .object(let members) = json else {
            throw ArgumentError("\(path) must be a JSON object of variable names to values, not \(json.typeName)")
        }
        var arguments: [String: MessageArgument] = [:]
        for (name, value) in members {
            arguments[name] = try argument(value, path: "\(path).\(name)")
        }
        return arguments
    }

    /// `[{"name": …, "value": …, "type"?: "datetime"}, …]` as in the conformance suite.
    public static func arguments(fromParams json: JSON, path: String) throws(ArgumentError) -> [String: MessageArgument] {
        guard case .array(let params) = json else {
            throw ArgumentError("\(path) must be a list of {\"name\", \"value\"} objects, not \(json.typeName)")
        }
        var arguments: [String: MessageArgument] = [:]
        for (index, param) in params.enumerated() {
            guard case .string(let name)? = param["name"], let value = param["value"] else {
                throw ArgumentError("\(path)[\(index)] needs \"name\" (a string) and \"value\"")
            }
            if case .string("datetime")? = param["type"] {
                guard case .string(let text) = value, let date = DateTimeValue(iso8601: text) else {
                    throw ArgumentError("\(path)[\(index)].value must be an ISO 8601 date-time string")
                }
                arguments[name] = .dateTime(date)
            } else {
                arguments[name] = try argument(value, path: "\(path)[\(index)].value")
            }
        }
        return arguments
    }

    /// One value: strings, numbers (exact), booleans, lists, money `{"amount", "currency"}`,
    /// measures `{"value", "unit"}` and dates `{"type": "datetime", "value": ISO}`.
    public static func argument(_ json: JSON, path: String) throws(ArgumentError) -> MessageArgument {
        switch json {
        case .string(let text): return .string(text)
        case .bool(let flag): return .bool(flag)
        case .number(let text): return .number(try exact(text, path: path))
        case .array(let items):
            var values: [MessageArgument] = []
            for (index, item) in items.enumerated() { values.append(try argument(item, path: "\(path)[\(index)]")) }
            return .list(values)
        case .object:
            if case .string("datetime")? = json["type"] {
                guard case .string(let text)? = json["value"], let date = DateTimeValue(iso8601: text) else {
                    throw ArgumentError("\(path).value must be an ISO 8601 date or date-time such as 2026-11-22T10:00:00Z")
                }
                return .dateTime(date)
            }
            if let amount = json["amount"] {
                guard case .string(let code)? = json["currency"] else {
                    throw ArgumentError("\(path) has \"amount\" but no \"currency\" (an ISO 4217 code such as \"EUR\")")
                }
                guard CaseNumbers.isCurrencyCode(code) else {
                    throw ArgumentError("\(path).currency must be an ISO 4217 code such as \"EUR\", not \"\(code)\"")
                }
                return .money(amount: try number(amount, path: "\(path).amount"), currency: code)
            }
            if let value = json["value"], case .string(let unit)? = json["unit"] {
                return .measure(value: try number(value, path: "\(path).value"), unit: unit)
            }
            throw ArgumentError(
                "\(path) is an object; expected money {\"amount\", \"currency\"}, a measure {\"value\", \"unit\"} or a date {\"type\": \"datetime\", \"value\"}"
            )
        case .null:
            throw ArgumentError("\(path) is null; leave the variable out instead")
        }
    }

    /// A money amount or a measure's value, read as case data reads them (``CaseNumbers/amount(_:)``).
    private static func number(_ json: JSON, path: String) throws(ArgumentError) -> NumericValue {
        if case .number(let text) = json { return try exact(text, path: path) }
        guard case .string(let text) = json else {
            throw ArgumentError("\(path) must be a number or a decimal string, not \(json.typeName)")
        }
        guard let value = CaseNumbers.amount(json) else {
            throw ArgumentError("\(path) must be a decimal number such as \"129.90\", not \"\(text)\"")
        }
        return value
    }

    /// A JSON number as it was written; refused when ICU would format it as another number.
    private static func exact(_ text: String, path: String) throws(ArgumentError) -> NumericValue {
        guard let value = CaseNumbers.number(text) else {
            throw ArgumentError(
                "\(path) must be a number ICU can format exactly (below 10^\(NumericValue.maximumMagnitude + 1) in magnitude), not \(text)"
            )
        }
        return value
    }
}

/// A problem with input given on the command line or in a request; the message names the JSON path.
public struct ArgumentError: Error, CustomStringConvertible {
    /// What is wrong, and where.
    public let description: String
    init(_ description: String) { self.description = description }
}
