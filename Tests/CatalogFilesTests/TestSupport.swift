import CatalogFiles

/// Shared test inputs. Line numbers in the comments are the file's lines.
enum Sample {
    /// A complete, valid source template (the spec's example plus annotations and a text line starting with '[' in a body).
    static let template = """
        ---
        kind: apology
        channels: [email, chat]
        summary: The item arrived damaged; apologise and confirm the chosen remedy.
        inputs:
          customer.name: string?
          order.id: string
          order.items: list
          delivered: date
          remedy: refund | replacement | partial-refund
          refund: money?
          gift: boolean
        ---
        [subject]
        Your order {$order.id}: we are sorry

        [greeting] when customer.name
        Dear {$customer.name},

        [greeting-anonymous] otherwise
        #: lint-ignore formal-greeting
        #:second note
        Hello,

        [apology]
        .input {$order.items.count :integer}
        .match $order.items.count
        one {{We are truly sorry that your item arrived damaged.}}
        *   {{We are truly sorry that {$order.items.count} of your items arrived damaged.}}


        [remedy-refund] when remedy = refund
        We have refunded {$refund :currency} to your original payment method.
        [see our returns policy](https://example.com/returns): a line that starts with a bracket but is not a block line is text.

        [remedy-other] when remedy = replacement
        A replacement is on its way.
        [remedy-none] otherwise
        We will be in touch about a remedy.
        [gift-note] when gift = true
        Zażółć gęślą jaźń 😀 {$order.id}
        """

    /// A valid German translation of `template` (a subset of its blocks).
    static let translation = """
        [subject] @4392b46b
        Ihre Bestellung {$order.id}: Es tut uns leid

        [greeting] @56c3d154
        #: reviewed
        Sehr geehrte(r) {$customer.name},

        [apology]
        .input {$order.items.count :integer}
        .match $order.items.count
        one {{Es tut uns leid, dass Ihr Artikel beschädigt ankam.}}
        *   {{Es tut uns leid, dass {$order.items.count} Ihrer Artikel beschädigt ankamen.}}
        """

    /// A minimal valid header (lines 1–9) for templates used in problem tests; blocks start on line 10.
    static let header = """
        ---
        kind: apology
        channels: [email]
        summary: Test.
        inputs:
          remedy: refund | replacement | partial-refund
          flag: boolean
          items: list
        ---

        """

    static let manifest = "source-locale: en\ntarget-locales: [de, ja]\n"
}

/// The UTF-8 offset of the first occurrence of `needle` in `haystack` (an independent computation).
func utf8Offset(of needle: String, in haystack: String) -> Int? {
    let h = Array(haystack.utf8)
    let n = Array(needle.utf8)
    guard n.count <= h.count else { return nil }
    for start in 0...(h.count - n.count) where Array(h[start..<(start + n.count)]) == n { return start }
    return nil
}

extension CatalogProblem {
    /// `code file:line:column: message`, for compact comparisons.
    var summary: String { "\(code.rawValue) \(description)" }
}
