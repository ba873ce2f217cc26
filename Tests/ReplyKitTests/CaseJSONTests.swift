import ReplyKit
import Testing

/// What `render(…caseJSON:)` accepts as a case: one JSON object, each key once, an optional
/// byte-order mark, and dates that exist on the calendar.
@Suite struct CaseJSONTests {
    static func catalog() throws -> ReplyCatalog {
        try ReplyCatalog(files: [
            "replykit.yaml": "source-locale: en\n",
            "templates/test/dates.reply": """
            ---
            kind: follow-up
            channels: [email]
            summary: Dates.
            inputs:
              order.id: string
              delivered: date
              callback: datetime?
            ---
            [body]
            Order {$order.id} was delivered on {$delivered :date length=long}.
            """,
        ])
    }

    static func render(_ json: String) throws -> String {
        try catalog().render("test/dates", locale: "en", caseJSON: json).body
    }

    @Test func aByteOrderMarkBeforeTheCaseIsSkipped() throws {
        #expect(
            try Self.render("\u{FEFF}{\"order\": {\"id\": \"A-1\"}, \"delivered\": \"2026-11-18\"}")
                == "Order A-1 was delivered on November 18, 2026.")
    }

    @Test func aKeyGivenTwiceIsAnErrorAtItsSecondOccurrence() {
        let json = """
            {
              "order": {"id": "A-1"},
              "delivered": "2026-11-18",
              "order": {"id": "A-2"}
            }
            """
        #expect {
            try Self.render(json)
        } throws: { error in
            (error as? RenderError)?.description
                == "the case is not valid JSON: duplicate key \"order\" at line 4, column 3 (first at line 2, column 3)"
        }
    }

    @Test(arguments: [
        ("2026-11-18", "November 18, 2026"),
        ("2028-02-29", "February 29, 2028"),
        ("2000-02-29", "February 29, 2000"),
        ("2026-11-18T23:30:00Z", "November 18, 2026"),
    ])
    func realDatesRender(date: String, shown: String) throws {
        #expect(
            try Self.render(#"{"order": {"id": "A-1"}, "delivered": "\#(date)"}"#)
                == "Order A-1 was delivered on \(shown).")
    }

    @Test(arguments: [
        ("delivered", "2026-02-29", "date (ISO 8601, such as 2026-11-22)"),
        ("delivered", "2026-02-30", "date (ISO 8601, such as 2026-11-22)"),
        ("delivered", "2026-13-01", "date (ISO 8601, such as 2026-11-22)"),
        ("delivered", "2026-11-18T25:00:00Z", "date (ISO 8601, such as 2026-11-22)"),
        ("callback", "2026-11-18T10:60:00Z", "datetime (ISO 8601, such as 2026-11-22T14:30:00+01:00)"),
        ("callback", "2026-11-18T23:59:60Z", "datetime (ISO 8601, such as 2026-11-22T14:30:00+01:00)"),
        ("callback", "2026-11-18T10:00:00+25:00", "datetime (ISO 8601, such as 2026-11-22T14:30:00+01:00)"),
    ])
    func impossibleDatesAreCaseDataProblems(path: String, value: String, expected: String) {
        let delivered = path == "delivered" ? value : "2026-11-18"
        var json = #"{"order": {"id": "A-1"}, "delivered": "\#(delivered)""#
        if path == "callback" { json += #", "callback": "\#(value)""# }
        #expect {
            try Self.render(json + "}")
        } throws: { error in
            guard case .invalidCase(let problems)? = error as? RenderError else { return false }
            return problems.map(\.description) == ["\(path): expected \(expected), found a string \"\(value)\""]
        }
    }

    /// ICU would format these as other numbers (both as 1 and a million zeros): refused at their path.
    @Test(arguments: [
        (#"{"amount": 1e1000000, "currency": "EUR"}"#, "refund.amount", "the number 1e1000000"),
        (#"{"amount": "1e1000000", "currency": "EUR"}"#, "refund.amount", "a string \"1e1000000\""),
        (#"{"amount": 1e2000000, "currency": "EUR"}"#, "refund.amount", "the number 1e2000000"),
    ])
    func moneyICUCannotFormatExactlyIsACaseDataProblem(refund: String, path: String, found: String) throws {
        let catalog = try ReplyCatalog(files: [
            "replykit.yaml": "source-locale: en\n",
            "templates/test/refund.reply": """
            ---
            kind: remedy
            channels: [email]
            summary: A refund.
            inputs:
              refund: money
              count: number?
            ---
            [body]
            We refunded {$refund :currency}.
            """,
        ])
        #expect {
            try catalog.render("test/refund", locale: "en", caseJSON: #"{"refund": \#(refund)}"#)
        } throws: { error in
            guard case .invalidCase(let problems)? = error as? RenderError else { return false }
            return problems.map(\.description) == ["\(path): expected a decimal amount such as \"129.90\", found \(found)"]
        }
        #expect {
            try catalog.render(
                "test/refund", locale: "en", caseJSON: #"{"refund": {"amount": 5, "currency": "EUR"}, "count": 1e1000000}"#)
        } throws: { error in
            guard case .invalidCase(let problems)? = error as? RenderError else { return false }
            return problems.map(\.description) == ["count: expected number, found the number 1e1000000"]
        }
    }

    /// The case as bytes: invalid UTF-8 is a typed error at its byte, never repaired text.
    @Test func caseDataAsBytes() throws {
        let valid = Array(#"{"order": {"id": "A-1"}, "delivered": "2026-11-18"}"#.utf8)
        #expect(
            try Self.catalog().render(["test/dates"], locale: "en", caseJSON: valid).body.hasPrefix("Order A-1 was delivered"))
        let invalid = Array(#"{"order": {"id": "A-"#.utf8) + [0xFF] + Array(#"1"}, "delivered": "2026-11-18"}"#.utf8)
        #expect {
            try Self.catalog().render(["test/dates"], locale: "en", caseJSON: invalid)
        } throws: { error in
            guard case .invalidJSON(let message)? = error as? RenderError else { return false }
            return message == "invalid UTF-8 at line 1, column 21 (byte 20)"
        }
    }
}
