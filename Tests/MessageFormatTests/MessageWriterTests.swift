import Intl
import MessageFormatSyntax
import Testing

@testable import MessageFormat

/// Formatting into a ``MessageWriter`` hands over what `formatToParts` lists, in the same order.
@Suite struct MessageWriterTests {
    /// Records each call as the part it stands for.
    final class RecordingWriter: MessageWriter {
        var parts: [MessagePart] = []

        func writeText(_ text: String) {
            // Text arrives a span at a time; parts merge neighbouring text.
            if case .text(let previous)? = parts.last {
                parts[parts.count - 1] = .text(previous + text)
            } else {
                parts.append(.text(text))
            }
        }

        func writeValue(_ text: String, type: String) {
            parts.append(.value(MessagePart.Value(type: type, value: text, locale: nil, direction: nil, id: nil, fields: nil)))
        }

        func writeFallback(_ source: String) { parts.append(.fallback(source: source)) }

        func writeMarkup(_ kind: Markup.Kind, name: String, options: [String: String]) {
            parts.append(.markup(kind, name: name, id: nil, options: options))
        }
    }

    /// The parts as a writer sees them: no isolation controls, values without locale, direction, id or fields.
    static func stripped(_ parts: [MessagePart]) -> [MessagePart] {
        parts.compactMap { part in
            switch part {
            case .bidiIsolation: nil
            case .value(let value):
                .value(MessagePart.Value(type: value.type, value: value.value, locale: nil, direction: nil, id: nil, fields: nil))
            case .markup(let kind, let name, _, let options): .markup(kind, name: name, id: nil, options: options)
            default: part
            }
        }
    }

    static let messages: [(String, [String: MessageArgument])] = [
        ("Hello {$name}, you have {$n :integer} new {$n :number select=exact}.", ["name": "Zoë", "n": 3]),
        (".input {$n :integer} .match $n one {{{$n} item}} * {{{$n} items for {$who}}}", ["n": 1234, "who": "أحمد"]),
        (
            "Refund {$x :currency} on {$d :date length=long}",
            [
                "x": .money(amount: .decimal("1234.5"), currency: "EUR"),
                "d": .dateTime(DateTimeValue(year: 2026, month: 11, day: 3, hasTime: false)),
            ]
        ),
        ("Items: {$items :reply:list}{#b}!{/b}{#br/}", ["items": ["a mug", "a plate", "a spoon"]]),
        ("Missing {$nobody} and {|lit| :nosuch} and {$n :number}", ["n": "not a number"]),
    ]

    @Test(arguments: messages.indices)
    func writerSeesWhatPartsList(index: Int) throws {
        let (source, arguments) = Self.messages[index]
        let formatter = try MessageFormatter(source, locale: LocaleID("de"))
        let writer = RecordingWriter()
        let errors = formatter.format(arguments, to: writer)
        let expected = formatter.formatToParts(arguments, includeFields: false)
        #expect(writer.parts == Self.stripped(expected.parts))
        #expect(errors == expected.errors)
    }

    /// Writing and listing in one pass gives what the two passes give apart, failures included.
    @Test(arguments: messages.indices)
    func onePassWritesAndLists(index: Int) throws {
        let (source, arguments) = Self.messages[index]
        let formatter = try MessageFormatter(source, locale: LocaleID("de"))
        let writer = RecordingWriter()
        let both = formatter.format(arguments, to: writer, partsIncludingFields: true)
        let alone = RecordingWriter()
        let errors = formatter.format(arguments, to: alone)
        #expect(writer.parts == alone.parts)
        #expect(both.errors == errors)
        #expect(both == formatter.formatToParts(arguments, includeFields: true))
    }

    @Test func onePassListsFieldsOfNumbers() throws {
        let formatter = try MessageFormatter("{$x :currency} for {$who}", locale: LocaleID("de"))
        let writer = RecordingWriter()
        let formatted = formatter.format(
            ["x": .money(amount: .decimal("1234.5"), currency: "EUR"), "who": "Zoë"], to: writer, partsIncludingFields: true)
        #expect(formatted.errors.isEmpty)
        #expect(formatted.string == "1.234,50\u{A0}€ for \u{2068}Zoë\u{2069}")
        guard case .value(let money) = formatted.parts.first else {
            Issue.record("expected the amount first, got \(formatted.parts)")
            return
        }
        #expect(money.fields?.map(\.type) == ["integer", "group", "integer", "decimal", "fraction", "literal", "currency"])
        #expect(writer.parts.map(\.text) == ["1.234,50\u{A0}€", " for ", "Zoë"])
    }

    @Test func valuesCarryTheirType() throws {
        let formatter = try MessageFormatter("{$s} {$n :number} {$l :reply:list} {$d :datetime}", locale: LocaleID("en"))
        let writer = RecordingWriter()
        let errors = formatter.format(
            ["s": "text", "n": 1, "l": ["x"], "d": .dateTime(DateTimeValue(year: 2026, month: 1, day: 2, hasTime: false))],
            to: writer)
        #expect(errors.isEmpty)
        let types = writer.parts.compactMap { part -> String? in
            if case .value(let value) = part { return value.type }
            return nil
        }
        #expect(types == ["string", "number", "list", "datetime"])
    }
}
