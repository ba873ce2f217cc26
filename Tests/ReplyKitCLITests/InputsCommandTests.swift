import ExactJSON
import Testing

/// `replykit inputs`: the declared inputs with their bounds, and a skeleton case that cannot render unfilled.
@Suite struct InputsCommandTests {
    static let repository = RenderCommandTests.repository

    @Test func skeletonIsPrettyPrintedWithNullForEveryRequiredValue() {
        let result = ReplyKitBinary.run(["inputs", "remedy/full-refund", "--catalog", Self.repository])
        #expect(result.status == 0)
        #expect(
            result.stdout == """
                {
                  "order": {
                    "id": null
                  },
                  "refund": {
                    "amount": null,
                    "currency": null,
                    "days": null,
                    "method": null
                  }
                }

                """)
    }

    @Test func listingShowsTypesBoundsAndOptionality() {
        let result = ReplyKitBinary.run(["inputs", "remedy/full-refund", "--catalog", Self.repository])
        #expect(
            result.stderr == """
                remedy/full-refund (remedy): Confirm a full refund for an order, with the amount, when it arrives and where the money goes.
                  customer.name  string  (optional)
                  order.id       string
                  refund         money > 0
                  refund.days    integer 1...
                  refund.method  card | paypal | store-credit
                optional inputs are left out of the skeleton on standard output; add them when the case has them

                """)
    }

    /// Rendering the skeleton as it is fails and names every required input (a money input by its amount).
    @Test(arguments: [
        ("remedy/full-refund", ["order.id", "refund.amount", "refund.days", "refund.method"]),
        ("apology/damaged-item", ["order.id", "order.items", "delivered", "remedy"]),
        ("apology/lost-parcel", ["order.id", "order.total.amount", "tracking.id", "carrier.name", "remedy", "resolution.date"]),
        ("acknowledgement/request-received", ["ticket.id", "topic", "reply.hours"]),
        ("review-response/negative-review", ["issue"]),
    ])
    func anUnfilledSkeletonDoesNotRender(template: String, requiredPaths: [String]) {
        let skeleton = ReplyKitBinary.run(["inputs", template, "--catalog", Self.repository])
        #expect(skeleton.status == 0)
        let result = ReplyKitBinary.run(
            ["render", template, "--locale", "en", "--case", "-", "--catalog", Self.repository], stdin: skeleton.stdout)
        #expect(result.status == 1)
        #expect(result.stdout.isEmpty)
        let listed = result.stderr.split(separator: "\n").filter { $0.hasPrefix("  ") }.map {
            String($0.dropFirst(2).prefix { $0 != ":" })
        }
        #expect(listed == requiredPaths, "\(result.stderr)")
    }

    /// The starter catalog declares bounds: "within -3 business days" no longer renders.
    @Test(arguments: [
        (
            "apology/late-delivery",
            #"{"order": {"id": "A-1"}, "delay": {"days": -3}, "reason": "customs", "delivery": {"expected": "2026-11-27"}}"#,
            "delay.days: expected integer 1..., found the number -3"
        ),
        (
            "remedy/full-refund",
            #"{"order": {"id": "A-1"}, "refund": {"amount": "0.00", "currency": "EUR", "days": 3, "method": "card"}}"#,
            "refund: expected money > 0, found the amount 0.00 EUR"
        ),
        (
            "remedy/return-label",
            #"{"order": {"id": "A-1"}, "return": {"shipping": "customer", "cost": {"amount": "0.00", "currency": "EUR"}, "by": "2026-12-01"}}"#,
            "return.cost: expected money > 0, found the amount 0.00 EUR"
        ),
    ])
    func starterCatalogRefusesNonsenseValues(template: String, caseJSON: String, problem: String) {
        let result = ReplyKitBinary.run(
            ["render", template, "--locale", "de", "--case", "-", "--catalog", Self.repository], stdin: caseJSON)
        #expect(result.status == 1)
        #expect(result.stderr.contains("  \(problem)\n"), "\(result.stderr)")
    }

    /// A composition, as `render` takes it: each template's inputs under it, a path both declare
    /// listed once (the first template's), and one skeleton for the whole reply.
    @Test func aCompositionListsEachTemplatesInputsAndOneSkeleton() {
        let result = ReplyKitBinary.run(
            ["inputs", "apology/late-delivery+remedy/store-credit", "--catalog", Self.repository])
        #expect(result.status == 0)
        #expect(
            result.stderr == """
                apology/late-delivery (apology): A delivery is late (customs, carrier or public holidays); apologize, explain the reason and give the new expected date.
                  customer.name      string  (optional)
                  order.id           string
                  delay.days         integer 1...
                  reason             customs | carrier | holiday
                  delivery.expected  date
                remedy/store-credit (remedy): We have issued store credit (a coupon code) to make up for a problem; give its value, code and expiry date.
                  credit             money > 0
                  credit.code        string
                  credit.expires     date
                  also reads customer.name, order.id, declared above
                optional inputs are left out of the skeleton on standard output; add them when the case has them

                """)
        #expect(
            result.stdout == """
                {
                  "order": {
                    "id": null
                  },
                  "delay": {
                    "days": null
                  },
                  "reason": null,
                  "delivery": {
                    "expected": null
                  },
                  "credit": {
                    "amount": null,
                    "currency": null,
                    "code": null,
                    "expires": null
                  }
                }

                """)
    }

    @Test func aCompositionWithAnUnknownTemplateIsAUsageError() {
        let result = ReplyKitBinary.run(
            ["inputs", "apology/late-delivery+remedy/store-credi", "--catalog", Self.repository])
        #expect(result.status == 2)
        #expect(result.stdout.isEmpty)
        #expect(result.stderr == "error: unknown template 'remedy/store-credi'; did you mean 'remedy/store-credit'?\n")
    }
}
