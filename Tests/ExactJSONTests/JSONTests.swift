import ExactJSON
import Testing

@Suite struct JSONTests {
    @Test func keepsNumbersAsWritten() throws {
        let json = try JSON.parse(#"{"amount": 129.90, "big": 12345678901234567890, "e": -1.5E3}"#)
        #expect(json["amount"] == .number("129.90"))
        #expect(json["big"] == .number("12345678901234567890"))
        #expect(json["e"] == .number("-1.5E3"))
    }

    @Test(arguments: [
        (#"{"a": 1,}"#, 1, 9),
        ("{\n  \"a\": tru\n}", 2, 8),
        (#"["x" "y"]"#, 1, 6),
        (#"{"a": 01}"#, 1, 7),
        (#""abc"#, 1, 5),
    ])
    func reportsPositions(text: String, line: Int, column: Int) {
        #expect(throws: JSONSyntaxError.self) { try JSON.parse(text) }
        do {
            _ = try JSON.parse(text)
        } catch {
            #expect(error.line == line)
            #expect(error.column == column)
        }
    }

    /// `\u` takes exactly four hex digits: no sign, no space, no `0x` (Swift's integer parser
    /// would take `+041` as 0x41).
    @Test(arguments: [#""\u+041""#, #""\u-041""#, #""\u 041""#, #""\u0x41""#, #""\u04G1""#, #""\u041""#])
    func unicodeEscapesTakeExactlyFourHexDigits(text: String) {
        #expect(throws: JSONSyntaxError.self) { try JSON.parse(text) }
    }

    @Test func unicodeEscapesInEitherCase() throws {
        #expect(try JSON.parse(#""\u00E9\u00e9\u0041""#) == .string("ééA"))
    }

    @Test func roundTripsStringsWithEscapes() throws {
        let text = #"{"s":"a\"b\\c\n\u00e9\ud83d\ude00","l":[true,false,null]}"#
        let json = try JSON.parse(text)
        #expect(json["s"] == .string("a\"b\\c\né😀"))
        #expect(try JSON.parse(json.serialized) == json)
    }

    /// Escapes in the middle and at either end of a string, and what must stay as it is: a
    /// combining mark after an escape, and text outside the Basic Multilingual Plane.
    @Test func serializedStringsEscapeExactlyWhatJSONNeeds() {
        let text = "\"a\\b\nc\u{301}\u{1}\u{2028}d\te\r😀\u{2029}\""
        #expect(JSON.string(text).serialized == #""\"a\\b\nc\#u{301}\u0001\u2028d\te\r😀\u2029\"""#)
        #expect(JSON.string("plain ü – ⁦x⁩").serialized == "\"plain ü – ⁦x⁩\"")
        #expect(JSON.string("").serialized == "\"\"")
    }

    @Test(arguments: [
        (#"{"order": 1, "order": 2}"#, "order", 1, 14, "first at line 1, column 2"),
        ("{\n  \"order\": {\"id\": \"A\"},\n  \"order\": {\"id\": \"B\"}\n}", "order", 3, 3, "first at line 2, column 3"),
        (#"[{"a": {"x": 1, "y": 2, "x": 3}}]"#, "x", 1, 25, "first at line 1, column 9"),
        // Canonically equivalent keys are one key to every lookup, so they are duplicates too.
        ("{\"caf\u{E9}\": 1, \"cafe\u{301}\": 2}", "cafe\u{301}", 1, 13, "first at line 1, column 2"),
        // Past 16 keys the keys are hashed: a duplicate is found all the same.
        (
            "{" + (1...20).map { "\"k\($0)\": 0, " }.joined() + "\"k3\": 1}", "k3", 1, 193, "first at line 1, column 20"
        ),
    ])
    func duplicateKeysAreErrors(text: String, key: String, line: Int, column: Int, note: String) {
        do {
            _ = try JSON.parse(text)
            Issue.record("parsed an object with \"\(key)\" twice")
        } catch {
            #expect(error.message == "duplicate key \"\(key)\"")
            #expect(error.line == line)
            #expect(error.column == column)
            #expect(error.description == "duplicate key \"\(key)\" at line \(line), column \(column) (\(note))")
        }
    }

    @Test func keysDifferingOnlyInCaseAreNotDuplicates() throws {
        let json = try JSON.parse(#"{"id": 1, "ID": 2, "Id": {"id": 3}}"#)
        #expect(json["id"] == .number("1"))
        #expect(json["ID"] == .number("2"))
    }

    @Test func aByteOrderMarkAtTheStartIsSkipped() throws {
        #expect(try JSON.parse("\u{FEFF}{\"a\": 1}") == .object([("a", .number("1"))]))
        #expect(try JSON.text(fromUTF8: [0xEF, 0xBB, 0xBF] + Array(#"{"a": "é"}"#.utf8)) == #"{"a": "é"}"#)
        // Positions after a mark count from the first character after it, as in catalog files.
        do {
            _ = try JSON.parse("\u{FEFF}{\"a\": }")
            Issue.record("parsed a member without a value")
        } catch {
            #expect(error.line == 1)
            #expect(error.column == 7)
        }
        // Only at the very start: elsewhere U+FEFF is not whitespace.
        #expect(throws: JSONSyntaxError.self) { try JSON.parse("{\"a\": 1}\u{FEFF}") }
        #expect(throws: JSONSyntaxError.self) { try JSON.parse("\u{FEFF}\u{FEFF}{}") }
    }

    /// Bytes that are not UTF-8 between two texts, with the offset, line and column of the first bad byte.
    static let invalidUTF8: [(bytes: [UInt8], offset: Int, line: Int, column: Int)] = [
        // A byte that never occurs in UTF-8.
        (bytes(#"{"name": "Jos"#, [0xFF], #""}"#), 13, 1, 14),
        // Latin-1 é (0xE9) followed by an ASCII letter: a lead byte without its continuation.
        (bytes("{\n  \"name\": \"Ren", [0xE9, 0x65], "\"\n}"), 16, 2, 15),
        // A continuation byte with no lead byte, after valid multi-byte text.
        (bytes(#"["日本", "#, [0x80], "]"), 11, 1, 8),
        // An encoded surrogate (ED A0 80) and an overlong "/" (C0 AF) are not UTF-8 either.
        (bytes("[", [0xED, 0xA0, 0x80], "]"), 1, 1, 2),
        (bytes("[", [0xC0, 0xAF], "]"), 1, 1, 2),
        // Cut off in the middle of a character.
        (bytes(#""ab"#, [0xE6, 0x97], ""), 3, 1, 4),
        // After a byte-order mark: the offset counts the mark, the column does not.
        ([0xEF, 0xBB, 0xBF] + bytes(#"{"a": ""#, [0xFE], #""}"#), 10, 1, 8),
    ]

    static func bytes(_ before: String, _ bad: [UInt8], _ after: String) -> [UInt8] {
        Array(before.utf8) + bad + Array(after.utf8)
    }

    @Test(arguments: invalidUTF8)
    func invalidUTF8IsAnErrorAtItsByte(bytes: [UInt8], offset: Int, line: Int, column: Int) {
        // The same error whether the bytes are decoded to text or parsed as they are.
        let attempts: [(String, () throws(JSONSyntaxError) -> Void)] = [
            ("text(fromUTF8:)", { () throws(JSONSyntaxError) in _ = try JSON.text(fromUTF8: bytes) }),
            ("parse(utf8:)", { () throws(JSONSyntaxError) in _ = try JSON.parse(utf8: bytes) }),
        ]
        for (name, attempt) in attempts {
            do {
                try attempt()
                Issue.record("\(name) accepted invalid UTF-8")
            } catch {
                #expect(error.message == "invalid UTF-8", "\(name)")
                #expect(error.line == line, "\(name)")
                #expect(error.column == column, "\(name)")
                #expect(error.description == "invalid UTF-8 at line \(line), column \(column) (byte \(offset))", "\(name)")
            }
        }
    }

    @Test func validUTF8DecodesUnchanged() throws {
        let text = "{\"name\": \"Zoë 日本 🙂\", \"ar\": \"مرحبا\"}"
        #expect(try JSON.text(fromUTF8: Array(text.utf8)) == text)
        #expect(try JSON.text(fromUTF8: []) == "")
        #expect(try JSON.parse(utf8: Array(text.utf8)) == JSON.parse(text))
        #expect(try JSON.parse(utf8: [0xEF, 0xBB, 0xBF] + Array(text.utf8)) == JSON.parse(text))
        #expect(try JSON.parse(utf8: Array("[\"ascii only\", 1]".utf8)) == .array([.string("ascii only"), .number("1")]))
        #expect(throws: JSONSyntaxError.self) { try JSON.parse(utf8: []) }
    }
}
