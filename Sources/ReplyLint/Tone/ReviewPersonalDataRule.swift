import CatalogFiles

/// `review-personal-data`: a review response is public, so its template must not read the
/// customer's personal data (name, e-mail, phone, address, order number, anything under
/// `customer`): what a template cannot read, it cannot print.
struct ReviewPersonalDataRule: Rule {
    let id = "review-personal-data"
    let defaultSeverity = Severity.error
    let summary =
        "A review-response template is public: it must not declare inputs with personal data (name, e-mail, phone, address, order number, customer)."

    func check(_ context: LintContext, _ report: inout FindingReport) {
        for template in context.files.templates where template.kind == .reviewResponse {
            for input in template.inputs {
                guard let what = Self.personalData(input.path) else { continue }
                report.add(
                    template.file, line: input.line, column: input.column,
                    "review responses are public: input '\(input.path)' carries personal data (\(what)); a public reply must not show it",
                    fix: "remove the input and the text that uses it; invite the reviewer to contact you privately instead")
            }
        }
    }

    /// Segments that name a person's data, compared lowercased without `-` and `_`.
    static let names: Set<String> = [
        "name", "firstname", "lastname", "fullname", "surname", "givenname", "familyname", "displayname", "username", "nickname",
    ]
    static let emails: Set<String> = ["email", "mail", "emailaddress"]
    static let phones: Set<String> = ["phone", "phonenumber", "telephone", "tel", "mobile", "mobilenumber", "cellphone"]
    static let addresses: Set<String> = [
        "address", "streetaddress", "shippingaddress", "billingaddress", "deliveryaddress", "street", "zip", "zipcode",
        "postcode", "postalcode",
    ]
    static let orderNumbers: Set<String> = ["orderid", "ordernumber", "orderno", "trackingnumber", "trackingid", "invoicenumber"]
    static let people: Set<String> = ["customer", "buyer", "recipient"]
    /// A `name` under these is not a person's (`product.name`, `store.name`, `agent.name`).
    static let things: Set<String> = [
        "product", "products", "item", "items", "store", "shop", "brand", "seller", "merchant",
        "carrier", "company", "team", "agent", "app", "variant", "category", "service",
    ]

    /// What personal data the input path carries, or nil.
    static func personalData(_ path: String) -> String? {
        let segments = path.split(separator: ".").map { segment in
            String(segment.lowercased().filter { $0 != "-" && $0 != "_" })
        }
        for (index, segment) in segments.enumerated() {
            let parent = index > 0 ? segments[index - 1] : nil
            if names.contains(segment), !(parent.map(things.contains) ?? false) { return "a name" }
            if emails.contains(segment) { return "an e-mail address" }
            if phones.contains(segment) { return "a phone number" }
            if addresses.contains(segment) { return "an address" }
            if orderNumbers.contains(segment) { return "an order number" }
            if parent == "order" || parent == "orders", ["id", "number", "no", "reference"].contains(segment) {
                return "an order number"
            }
        }
        if let person = segments.first(where: people.contains) { return "data about the \(person)" }
        return nil
    }
}
