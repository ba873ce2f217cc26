import CatalogFiles

/// The text of a new template and its example case, by kind: neutral English that loads, lints
/// clean and renders strictly from the example, for the author to replace.
struct TemplateSkeleton {
    let id: String
    let kind: TemplateKind
    let channels: [String]

    /// `examples/cases/<id with - for />.json`, where lint, preview and CI look for it.
    var examplePath: String {
        "examples/cases/" + id.split(separator: "/").joined(separator: "-") + ".json"
    }

    /// The source template.
    var template: String {
        let header = """
            ---
            kind: \(kind.rawValue)
            channels: [\(channels.joined(separator: ", "))]
            summary: \(summary)
            inputs:

            """
        guard kind != .reviewResponse else {
            // Public: no personal data, so no name and no order number.
            return header + """
                  rating: integer 1...5
                ---
                [thanks]
                Thank you for your {$rating :integer}-star review and for taking the time to tell us about your experience.

                [sign-off]
                The Customer Service Team

                """
        }
        return header + """
              customer.name: string?
              order.id: string
            ---
            [subject]
            \(subject)

            [greeting] when customer.name
            Dear {$customer.name},

            [greeting-anonymous] otherwise
            Hello,

            [\(bodyID)]
            \(body)

            [closing]
            Kind regards,
            The Customer Service Team

            """
    }

    /// A case the skeleton renders from in strict mode.
    var exampleCase: String {
        if kind == .reviewResponse { return "{\n  \"rating\": 4\n}\n" }
        return """
            {
              "customer": {"name": "Alex Morgan"},
              "order": {"id": "EU-2026-100482"}
            }

            """
    }

    private var summary: String {
        switch kind {
        case .apology: "Apologise for a problem with an order; say what went wrong and what happens next."
        case .remedy: "Confirm what was done to put a problem with an order right, and what happens next."
        case .acknowledgement: "Confirm that a customer's message about an order has arrived."
        case .followUp: "Check with the customer that a resolved problem with an order stays resolved."
        case .reviewResponse: "Public reply to a review; no personal data, no incentive, under 350 characters."
        }
    }

    private var subject: String {
        switch kind {
        case .apology: "Your order {$order.id}: we are sorry"
        case .remedy: "Your order {$order.id}: how we are putting things right"
        case .acknowledgement: "We have received your message about order {$order.id}"
        case .followUp, .reviewResponse: "Following up on your order {$order.id}"
        }
    }

    private var bodyID: String {
        switch kind {
        case .apology: "apology"
        case .remedy: "remedy"
        case .acknowledgement: "received"
        case .followUp, .reviewResponse: "check-in"
        }
    }

    private var body: String {
        switch kind {
        case .apology:
            "We are truly sorry for the trouble with your order {$order.id}, and we are grateful to you for letting us know."
        case .remedy:
            "Thank you for your patience with your order {$order.id}. We have taken care of the problem, and we will confirm each next step by e-mail."
        case .acknowledgement:
            "Thank you for contacting us about your order {$order.id}. We have received your message, and a member of our team will reply to you shortly."
        case .followUp, .reviewResponse:
            "We are getting in touch to make sure that everything with your order {$order.id} is now as it should be. If anything is still not right, simply reply to this message."
        }
    }
}
