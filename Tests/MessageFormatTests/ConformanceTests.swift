import ExactJSON
import Intl
import MessageFormat
import MessageFormatSyntax
import Testing

/// One test of the official MessageFormat 2.0 conformance suite, defaults of its file applied.
struct ConformanceCase: CustomTestStringConvertible, Sendable {
    let file: String
    let index: Int
    let source: String
    let locale: String
    let bidiIsolation: BidiIsolation
    let params: [String: MessageArgument]
    let expected: String?
    let expectedParts: String?
    let expectedErrors: [String]
    let description: String

    var testDescription: String { "\(file)#\(index): \(description)" }

    var expectedPartsJSON: JSON? {
        expectedParts.flatMap { try? JSON.parse($0) }
    }
}

enum ConformanceSuite {
    static let cases: [ConformanceCase] = {
        let root = TestFiles.directory() + "/Conformance"
        return TestFiles.files(under: root, endingWith: ".json").flatMap { load($0, root: root) }
    }()

    private static func load(_ path: String, root: String) -> [ConformanceCase] {
        guard let text = TestFiles.read(path), let suite = try? JSON.parse(text) else { return [] }
        let name = String(path.dropFirst(root.count + 1))
        let defaults = suite["defaultTestProperties"]
        return (suite["tests"]?.array ?? []).enumerated().map { index, test in
            func property(_ key: String) -> JSON? { test[key] ?? defaults?[key] }
            let source = property("src")?.string ?? ""
            return ConformanceCase(
                file: name,
                index: index,
                source: source,
                locale: property("locale")?.string ?? "en-US",
                bidiIsolation: property("bidiIsolation")?.string == "default" ? .default : .none,
                params: arguments(property("params")),
                expected: property("exp")?.string,
                expectedParts: property("expParts").map(\.serialized),
                expectedErrors: (property("expErrors")?.array ?? []).compactMap { $0["type"]?.string },
                description: test["description"]?.string ?? source
            )
        }
    }

    private static func arguments(_ params: JSON?) -> [String: MessageArgument] {
        var arguments: [String: MessageArgument] = [:]
        for param in params?.array ?? [] {
            guard let name = param["name"]?.string, let value = param["value"] else { continue }
            if param["type"]?.string == "datetime", let text = value.string, let date = DateTimeValue(iso8601: text) {
                arguments[name] = .dateTime(date)
                continue
            }
            switch value {
            case .string(let text): arguments[name] = .string(text)
            case .number(let text): arguments[name] = .number(Int64(text).map(NumericValue.integer) ?? .decimal(text))
            case .bool(let flag): arguments[name] = .bool(flag)
            default: continue
            }
        }
        return arguments
    }
}

extension MessagePart {
    /// The part in the conformance suite's JSON shape.
    var json: JSON {
        switch self {
        case .text(let value):
            return .object([("type", .string("text")), ("value", .string(value))])
        case .bidiIsolation(let value):
            return .object([("type", .string("bidiIsolation")), ("value", .string(value))])
        case .markup(let kind, let name, let id, let options):
            var object: [(String, JSON)] = [
                ("type", .string("markup")), ("kind", .string(kind.rawValue)), ("name", .string(name)),
            ]
            if let id { object.append(("id", .string(id))) }
            if !options.isEmpty {
                object.append(("options", .object(options.sorted { $0.key < $1.key }.map { ($0.key, .string($0.value)) })))
            }
            return .object(object)
        case .value(let value):
            var object: [(String, JSON)] = [("type", .string(value.type)), ("value", .string(value.value))]
            if let locale = value.locale { object.append(("locale", .string(locale))) }
            if let direction = value.direction { object.append(("dir", .string(direction))) }
            if let id = value.id { object.append(("id", .string(id))) }
            if let fields = value.fields {
                object.append(
                    ("parts", .array(fields.map { .object([("type", .string($0.type)), ("value", .string($0.value))]) })))
            }
            return .object(object)
        case .fallback(let source):
            return .object([("type", .string("fallback")), ("source", .string(source))])
        }
    }
}

@Suite("MessageFormat 2.0 conformance suite")
struct ConformanceTests {
    static let functions: FunctionRegistry = {
        var registry = FunctionRegistry.standard
        TestFunction.register(in: &registry)
        return registry
    }()

    @Test func suiteIsLoaded() {
        #expect(ConformanceSuite.cases.count > 300)
        #expect(Set(ConformanceSuite.cases.map(\.file)).count == 16)
    }

    @Test(arguments: ConformanceSuite.cases)
    func conformance(_ test: ConformanceCase) throws {
        let locale = try LocaleID(test.locale)
        let formatter: MessageFormatter
        do {
            formatter = try MessageFormatter(
                test.source, locale: locale, functions: Self.functions,
                bidiIsolation: test.bidiIsolation)
        } catch {
            #expect(error.errors.map(\.kind.rawValue).sorted() == test.expectedErrors.sorted(), "\(error)")
            if let expected = test.expected { #expect(expected == "{\u{FFFD}}") }
            return
        }
        let result = formatter.format(test.params)
        if let expected = test.expected {
            #expect(result.string == expected)
        }
        #expect(result.errors.map(\.kind.rawValue).sorted() == test.expectedErrors.sorted(), "\(result.errors)")
        if let expectedParts = test.expectedPartsJSON {
            let parts = formatter.formatToParts(test.params)
            let actual = JSON.array(parts.parts.map(\.json))
            #expect(actual.contains(expectedParts), "parts: \(actual)")
            #expect(parts.errors.map(\.kind) == result.errors.map(\.kind))
        }
    }
}

extension JSON {
    var string: String? {
        if case .string(let value) = self { return value }
        return nil
    }

    var array: [JSON]? {
        if case .array(let value) = self { return value }
        return nil
    }

    /// Whether every member of `expected` is in `self` with a matching value (arrays element-wise):
    /// the suite lists only the part properties it cares about.
    func contains(_ expected: JSON) -> Bool {
        switch (self, expected) {
        case (.object, .object(let wanted)):
            wanted.allSatisfy { key, value in self[key].map { $0.contains(value) } ?? false }
        case (.array(let actual), .array(let wanted)):
            actual.count == wanted.count && zip(actual, wanted).allSatisfy { $0.contains($1) }
        default:
            self == expected
        }
    }
}
