import ReplyKit
import Testing

/// A case value outside its input's declared bounds is a case-data problem, and render refuses it.
@Suite struct CaseBoundsTests {
    static let template = """
        ---
        kind: remedy
        channels: [email]
        summary: Bounds test.
        inputs:
          refund: money > 0
          refund.days: integer 1...
          rating: integer? 1...5
          share: number? 0...100
          fee: money? >= 0
        ---
        [refund]
        We refunded {$refund :currency} within {$refund.days :integer} days.

        [rating] when rating
        Rated {$rating :integer}.

        [share] when share
        Share {$share :number}.

        [fee] when fee
        Fee {$fee :currency}.
        """

    static func catalog() throws -> ReplyCatalog {
        try ReplyCatalog(files: ["replykit.yaml": "source-locale: en\n", "templates/t/bounds.reply": template])
    }

    static func problems(_ caseJSON: String) throws -> [String] {
        let catalog = try catalog()
        do {
            _ = try catalog.render("t/bounds", locale: "en", caseJSON: caseJSON)
            return []
        } catch {
            guard case .invalidCase(let problems) = error else { return ["not a case problem: \(error)"] }
            return problems.map(\.description)
        }
    }

    @Test(arguments: [
        (
            #"{"refund": {"amount": "0.00", "currency": "EUR", "days": 3}}"#,
            ["refund: expected money > 0, found the amount 0.00 EUR"]
        ),
        (
            #"{"refund": {"amount": -5, "currency": "PLN", "days": 3}}"#,
            ["refund: expected money > 0, found the amount -5 PLN"]
        ),
        (
            #"{"refund": {"amount": "12.50", "currency": "EUR", "days": -3}}"#,
            ["refund.days: expected integer 1..., found the number -3"]
        ),
        (
            #"{"refund": {"amount": "12.50", "currency": "EUR", "days": 0}, "rating": 6}"#,
            ["refund.days: expected integer 1..., found the number 0", "rating: expected integer 1...5, found the number 6"]
        ),
        (
            #"{"refund": {"amount": "1", "currency": "EUR", "days": 1}, "share": 100.0000000000000000001}"#,
            ["share: expected number 0...100, found the number 100.0000000000000000001"]
        ),
        (
            #"{"refund": {"amount": "1", "currency": "EUR", "days": 1}, "fee": {"amount": "-0.01", "currency": "EUR"}}"#,
            ["fee: expected money >= 0, found the amount -0.01 EUR"]
        ),
        (
            #"{"refund": {"amount": "1", "currency": "EUR"}, "rating": 0}"#,
            [
                "refund.days: expected integer 1... (required), found nothing",
                "rating: expected integer 1...5, found the number 0",
            ]
        ),
        // A value of the wrong type is reported as such, not also as out of bounds.
        (
            #"{"refund": {"amount": "1", "currency": "EUR", "days": "-3"}}"#,
            ["refund.days: expected integer, found a string \"-3\""]
        ),
    ])
    func outOfBoundsValuesAreRefused(caseJSON: String, expected: [String]) throws {
        #expect(try Self.problems(caseJSON) == expected)
    }

    @Test func valuesOnTheBoundsRender() throws {
        let reply = try Self.catalog().render(
            "t/bounds", locale: "en",
            caseJSON: #"""
                {"refund": {"amount": "0.01", "currency": "EUR", "days": 1}, "rating": 5, "share": 0,
                 "fee": {"amount": "0.00", "currency": "EUR"}}
                """#)
        #expect(reply.body.contains("We refunded €0.01 within 1 days."))
        #expect(reply.body.contains("Rated 5."))
        #expect(reply.body.contains("Share 0."))
        #expect(reply.body.contains("Fee €0.00."))
    }

    @Test func typedArgumentsAreCheckedToo() throws {
        let catalog = try Self.catalog()
        do {
            _ = try catalog.render(
                "t/bounds", locale: "en",
                arguments: [
                    "refund": .money(amount: .decimal("0"), currency: "EUR"), "refund.days": .number(.integer(-3)),
                    "share": .number(.double(100.5)),
                ])
            Issue.record("expected case data problems")
        } catch {
            guard case .invalidCase(let problems) = error else {
                Issue.record("\(error)")
                return
            }
            #expect(
                problems.map(\.description) == [
                    "refund: expected money > 0, found the amount 0 EUR",
                    "refund.days: expected integer 1..., found the number -3",
                    "share: expected number 0...100, found the number 100.5",
                ])
        }
    }
}
