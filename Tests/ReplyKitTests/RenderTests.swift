import ExactJSON
import Intl
import MessageFormat
import ReplyKit
import Testing

@Suite struct RenderTests {
    @Test func rendersTextWithConditionsAndPlurals() throws {
        let reply = try Fixture.catalog().render("test/order", locale: "en", caseJSON: Fixture.caseJSON)
        #expect(reply.subject == "Order A-17")
        #expect(
            reply.body == """
                Dear Anna,

                Your 2 items a mug and a plate are on their way.

                We refunded €129.90.
                """)
        #expect(reply.blocks.map(\.id) == ["subject", "greeting", "items", "refund"])
        #expect(reply.fallbacks.isEmpty)
        #expect(reply.warnings.isEmpty)
    }

    @Test func blocksKeepTheirPartsWithFields() throws {
        let reply = try Fixture.catalog().render(
            "test/order", locale: "de", caseJSON: Fixture.caseJSON, options: RenderOptions(includeFields: true))
        let refund = try #require(reply.blocks.first { $0.id == "refund" })
        #expect(refund.output == "Wir haben 129,90\u{A0}€ erstattet.")
        let values = refund.parts.compactMap { part -> MessagePart.Value? in
            if case .value(let value) = part { return value }
            return nil
        }
        #expect(values.map(\.value) == ["129,90\u{A0}€"])
        #expect(values.first?.type == "number")
        #expect(values.first?.fields?.map(\.type) == ["integer", "decimal", "fraction", "literal", "currency"])
        // The parts spell out the same text as the block.
        #expect(refund.parts.filter { if case .bidiIsolation = $0 { false } else { true } }.map(\.text).joined() == refund.output)
    }

    @Test func otherwiseRendersWhenTheConditionFails() throws {
        let json = Fixture.caseJSON.replacingName(with: "")
        let reply = try Fixture.catalog().render("test/order", locale: "en", caseJSON: json)
        #expect(reply.blocks.map(\.id) == ["subject", "greeting-anonymous", "items", "refund"])
    }

    @Test func translationsAndNegotiation() throws {
        let reply = try Fixture.catalog().render("test/order", locale: "de-AT", caseJSON: Fixture.caseJSON)
        #expect(reply.locale.identifier == "de")
        #expect(reply.subject == "Bestellung A-17")
        #expect(reply.body.contains("Ihre 2 Artikel a mug und a plate sind unterwegs."))
        // German text, Austrian formatting: ICU's de-AT puts the euro sign first.
        #expect(reply.body.contains("Wir haben €\u{A0}129,90 erstattet."))
        // The greeting's stamp does not match its source: used, but reported.
        #expect(
            reply.warnings.contains { $0.kind == .staleTranslation && $0.block == "greeting" && $0.locale.identifier == "de" })
    }

    @Test func missingBlocksFallBackAndStrictModeRefuses() throws {
        let json = Fixture.caseJSON.replacing("\"remedy\": \"refund\"", with: "\"remedy\": \"replacement\"")
        let reply = try Fixture.catalog().render("test/order", locale: "de", caseJSON: json)
        #expect(reply.fallbacks.map(\.description) == ["block 'replacement' has no de text; used en"])
        #expect(reply.body.contains("A replacement ships soon."))
        #expect(throws: RenderError.self) {
            try Fixture.catalog().render("test/order", locale: "de", caseJSON: json, options: RenderOptions(strict: true))
        }
    }

    @Test func aLocaleTheCatalogLacksFallsBackToTheSource() throws {
        let reply = try Fixture.catalog().render("test/order", locale: "fr-CA", caseJSON: Fixture.caseJSON)
        #expect(reply.locale.identifier == "en")
        #expect(reply.fallbacks.count == reply.blocks.count)
    }

    @Test func htmlEscapesCaseDataAndMapsMarkup() throws {
        let json = """
            {"customer": {"name": "<script>alert(1)</script> & {$order.id}"}, "order": {"id": "A&1", "items": ["x"]},
             "remedy": "refund", "refund": {"amount": "5", "currency": "USD"}, "link": "https://example.com/t?a=1&b=2"}
            """
        let reply = try Fixture.catalog().render(
            "test/order", locale: "en", caseJSON: json, options: RenderOptions(format: .html))
        #expect(reply.body.contains("<p>Dear &lt;script&gt;alert(1)&lt;/script&gt; &amp; {$order.id},</p>"))
        #expect(reply.body.contains("<strong>$5.00</strong>"))
        #expect(reply.body.contains("<a href=\"https://example.com/t?a=1&amp;b=2\">Track it here</a>"))
        #expect(!reply.body.contains("<script>"))
    }

    /// A blank line inside a block (the closing's thanks, then the sign-off) separates two HTML
    /// paragraphs, as it does in text and Markdown, rather than a `<br>` pair inside one.
    @Test func aBlankLineInsideABlockStartsANewHTMLParagraph() throws {
        let json = #"{"order": {"id": "A-1"}, "refund": {"amount": "5", "currency": "EUR", "days": 2, "method": "card"}}"#
        let catalog = try ReplyCatalog.starter()
        let reply = try catalog.render("remedy/full-refund", locale: "en", caseJSON: json, options: RenderOptions(format: .html))
        #expect(
            reply.body.contains(
                """
                <p>Thank you for your patience. If you have any questions about your refund, we are happy to help.</p>
                <p>Kind regards,<br>
                The Customer Service Team</p>
                """))
        #expect(!reply.body.contains("<br>\n<br>"))
    }

    /// Case data never starts a paragraph: a blank line in a value stays two `<br>` inside the
    /// value's own element, so an isolated value cannot be cut in half by a `</p>`.
    @Test func aBlankLineInCaseDataStaysInsideItsElement() throws {
        let json = #"""
            {"order": {"id": "X-1\r\n\r\nSubject: hacked", "items": ["a", "b"]}, "delivered": "2026-11-18",
             "remedy": "refund", "refund": {"amount": "5", "currency": "EUR", "days": 2}}
            """#
        let reply = try ReplyCatalog.starter().render(
            "apology/damaged-item", locale: "ar", caseJSON: json, options: RenderOptions(format: .html))
        #expect(reply.body.contains("<bdi>X-1<br>\n<br>\nSubject: hacked</bdi>"))
        #expect(!reply.body.contains("\u{2029}"))
    }

    @Test func unsafeLinksAreDropped() throws {
        let json = Fixture.caseJSON.replacing("\"remedy\"", with: "\"link\": \"javascript:alert(1)\", \"remedy\"")
        let reply = try Fixture.catalog().render(
            "test/order", locale: "en", caseJSON: json, options: RenderOptions(format: .html))
        #expect(!reply.body.contains("javascript"))
        #expect(reply.body.contains("Track it here"))
        #expect(reply.warnings.contains { $0.kind == .refusedLink(href: "javascript:alert(1)") })
    }

    @Test func bidiIsolatesOnlyWhatNeedsIt() throws {
        let catalog = try Fixture.catalog()
        // An Arabic name in an English reply is isolated; a Latin name is not.
        let arabicName = try catalog.render("test/order", locale: "en", caseJSON: Fixture.caseJSON.replacingName(with: "مريم"))
        #expect(arabicName.body.hasPrefix("Dear \u{2067}مريم\u{2069},"))
        let latinName = try catalog.render("test/order", locale: "en", caseJSON: Fixture.caseJSON)
        #expect(!latinName.body.unicodeScalars.contains { (0x2066...0x2069).contains($0.value) })
        // A Latin name in an Arabic reply is isolated; an Arabic one is not.
        let arabicReply = try catalog.render("test/order", locale: "ar", caseJSON: Fixture.caseJSON)
        #expect(arabicReply.body.hasPrefix("عزيزي \u{2066}Anna\u{2069}،"))
        // A right-to-left override in case data cannot reorder the reply: removed and isolated.
        let spoofed = try catalog.render(
            "test/order", locale: "en", caseJSON: Fixture.caseJSON.replacingName(with: "Bob\u{202E}evil"))
        #expect(spoofed.body.hasPrefix("Dear \u{2066}Bobevil\u{2069},"))
        // The Arabic letter mark (the one control outside U+2xxx) and the marks are removed too.
        for control in ["\u{061C}", "\u{200F}", "\u{2067}"] {
            let marked = try catalog.render(
                "test/order", locale: "en", caseJSON: Fixture.caseJSON.replacingName(with: "Bob\(control)evil"))
            #expect(marked.body.hasPrefix("Dear \u{2066}Bobevil\u{2069},"))
        }
        // The spec strategy isolates every text value.
        let spec = try catalog.render(
            "test/order", locale: "en", caseJSON: Fixture.caseJSON, options: RenderOptions(isolation: .spec))
        #expect(spec.body.hasPrefix("Dear \u{2068}Anna\u{2069},"))
    }

    @Test func templateIDsAreNamesNotPaths() throws {
        let catalog = try Fixture.catalog()
        for id in ["../../etc/passwd", "/etc/passwd", "test/../test/order", "test/order.reply", ""] {
            #expect(throws: RenderError.self) { try catalog.render(id, locale: "en", caseJSON: Fixture.caseJSON) }
        }
        do {
            _ = try catalog.render("test/ordr", locale: "en", caseJSON: Fixture.caseJSON)
        } catch {
            #expect(error.description == "unknown template 'test/ordr'; did you mean 'test/order'?")
        }
    }

    @Test func caseDataProblemsAllAtOnce() throws {
        let json = """
            {"customer": {"name": 5}, "order": {"items": "mug"}, "remedy": "refunded",
             "refund": {"amount": 12.5e0, "currency": "euro"}}
            """
        let catalog = try Fixture.catalog()
        do {
            _ = try catalog.render("test/order", locale: "en", caseJSON: json)
            Issue.record("expected case data problems")
        } catch {
            guard case .invalidCase(let problems) = error else {
                Issue.record("\(error)")
                return
            }
            #expect(
                problems.map(\.description) == [
                    "customer.name: expected string, found the number 5",
                    "order.id: expected string (required), found nothing",
                    "order.items: expected list, found a string \"mug\"",
                    "remedy: expected one of refund, replacement, found a string \"refunded\"",
                    "refund.currency: expected an ISO 4217 code such as \"EUR\", found a string \"euro\"",
                ])
        }
    }

    @Test func invalidJSONNamesThePosition() throws {
        let catalog = try Fixture.catalog()
        do {
            _ = try catalog.render("test/order", locale: "en", caseJSON: "{\"order\": }")
            Issue.record("expected a JSON error")
        } catch {
            #expect(error.description == "the case is not valid JSON: expected a value, found '}' at line 1, column 11")
        }
    }

    @Test func typedArguments() throws {
        let reply = try Fixture.catalog().render(
            "test/order", locale: "de",
            arguments: [
                "order.id": "B-2", "order.items": ["eine Tasse"], "remedy": "refund",
                "refund": .money(amount: .decimal("0.99"), currency: "EUR"),
            ])
        #expect(reply.body.contains("Ihr Artikel eine Tasse ist unterwegs."))
        #expect(reply.body.contains("0,99\u{A0}€"))
    }

    /// Templates joined into one reply: the first subject and greeting, the last closing.
    @Test func composedTemplates() throws {
        let reply = try Fixture.catalog().render(["test/order", "test/follow-up"], locale: "en", caseJSON: Fixture.caseJSON)
        #expect(reply.templateID == "test/order+test/follow-up")
        #expect(reply.subject == "Order A-17")
        #expect(reply.blocks.map(\.id) == ["subject", "greeting", "items", "refund", "check", "closing"])
        #expect(reply.body.hasPrefix("Dear Anna,"))
        #expect(reply.body.hasSuffix("Is everything in order now with A-17?\n\nKind regards,\nThe team"))
    }

    @Test func concurrentRenderingIsConsistent() async throws {
        let catalog = try Fixture.catalog()
        // de-AT and de-CH share the German text and format it each their own way (made on first use).
        let locales = ["de", "de-AT", "de-CH"]
        let expected = try locales.map { try catalog.render("test/order", locale: $0, caseJSON: Fixture.caseJSON).body }
        #expect(Set(expected).count == 3)
        let allMatch = await withTaskGroup(of: Bool.self) { group in
            for task in 0..<8 {
                group.addTask {
                    (0..<200).allSatisfy { index in
                        let which = (task + index) % 3
                        return (try? catalog.render("test/order", locale: locales[which], caseJSON: Fixture.caseJSON).body)
                            == expected[which]
                    }
                }
            }
            return await group.reduce(true) { $0 && $1 }
        }
        #expect(allMatch)
    }
}

extension String {
    func replacingName(with name: String) -> String {
        replacing("\"name\": \"Anna\"", with: "\"name\": \"\(name)\"")
    }
}
