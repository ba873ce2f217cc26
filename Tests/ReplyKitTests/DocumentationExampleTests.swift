import Intl
import MessageFormat
import ReplyKit
import Testing

/// The code of the ReplyKit DocC catalog (`Sources/ReplyKit/ReplyKit.docc`), as the articles show
/// it: each test is one sample, and its expectations are the results the article prints in
/// comments. Change both together.
@Suite struct DocumentationExampleTests {
    // GettingStarted.md: "Load a catalog"
    static let files: [String: String] = [
        "replykit.yaml": """
        source-locale: en
        target-locales: [de]
        """,
        "templates/remedy/refund.reply": """
        ---
        kind: remedy
        channels: [email, chat]
        summary: Confirm a refund and say when the money arrives.
        inputs:
          customer.name: string
          order.id: string
          refund: money > 0
          days: integer 1...
        ---
        [subject]
        Your refund for order {$order.id}

        [greeting]
        Dear {$customer.name},

        [refund]
        We have refunded {$refund :currency} to your original payment method.

        [timeline]
        .input {$days :integer}
        .match $days
        one {{The money reaches you within {$days} business day.}}
        *   {{The money reaches you within {$days} business days.}}

        [closing]
        Kind regards,
        Your customer service team
        """,
        "locales/de/remedy/refund.reply": """
        [subject] @29d42372
        Ihre Erstattung für die Bestellung {$order.id}

        [greeting] @56c3d154
        Guten Tag {$customer.name},

        [refund] @af86aa4c
        wir haben Ihnen {$refund :currency} über Ihre ursprüngliche Zahlungsart erstattet.

        [timeline] @434429fc
        .input {$days :integer}
        .match $days
        one {{Das Geld ist innerhalb von {$days} Werktag bei Ihnen.}}
        *   {{Das Geld ist innerhalb von {$days} Werktagen bei Ihnen.}}

        [closing] @cd94eef2
        Mit freundlichen Grüßen
        Ihr Kundenservice-Team
        """,
    ]

    static let caseJSON = """
        {
          "customer": {"name": "Anna Kowalski"},
          "order": {"id": "EU-2026-502714"},
          "refund": {"amount": "64.50", "currency": "EUR"},
          "days": 3
        }
        """

    // GettingStarted.md: "Load a catalog"
    @Test func loadACatalog() throws {
        let catalog = try ReplyCatalog(files: Self.files)

        #expect(catalog.templateIDs == ["remedy/refund"])
        #expect(catalog.locales.map(\.identifier) == ["en", "de"])
    }

    // GettingStarted.md: "Load a catalog" (problems)
    @Test func catalogProblems() {
        var files = Self.files
        files["templates/remedy/refund.reply"]? += "\n\n[sign_off]\nThe team"
        do {
            _ = try ReplyCatalog(files: files)
            Issue.record("expected a catalog problem")
        } catch {
            #expect(
                error.problems.map(\.description) == [
                    "templates/remedy/refund.reply:30:2: '[sign_off]' is not a valid block line: 'sign_off' is not a valid block id; "
                        + "ids use lowercase letters, digits and '-', starting with a letter or digit (did you mean '[sign-off]'?); "
                        + "if the line is text, write its '[' as '{|[|}'"
                ])
        }
    }

    // GettingStarted.md: "Render a reply"
    @Test func renderFromCaseJSON() throws {
        let catalog = try ReplyCatalog(files: Self.files)
        let reply = try catalog.render("remedy/refund", locale: "de-AT", caseJSON: Self.caseJSON)

        #expect(reply.subject == "Ihre Erstattung für die Bestellung EU-2026-502714")
        #expect(
            reply.body == """
                Guten Tag Anna Kowalski,

                wir haben Ihnen €\u{00A0}64,50 über Ihre ursprüngliche Zahlungsart erstattet.

                Das Geld ist innerhalb von 3 Werktagen bei Ihnen.

                Mit freundlichen Grüßen
                Ihr Kundenservice-Team
                """)
        #expect(reply.locale.identifier == "de")
        #expect(reply.formattingLocale.identifier == "de-AT")
        #expect(reply.warnings.isEmpty)
    }

    // GettingStarted.md: "Render a reply" (bytes)
    @Test func renderFromBytes() throws {
        let catalog = try ReplyCatalog(files: Self.files)
        let body: [UInt8] = Array(Self.caseJSON.utf8)
        let reply = try catalog.render("remedy/refund", locale: "en", caseJSON: body)

        #expect(reply.subject == "Your refund for order EU-2026-502714")

        var broken = body
        broken[31] = 0xFF  // the K of Kowalski
        #expect {
            try catalog.render("remedy/refund", locale: "en", caseJSON: broken)
        } throws: { error in
            (error as? RenderError)?.description == "the case is not valid JSON: invalid UTF-8 at line 2, column 30 (byte 31)"
        }
    }

    // GettingStarted.md: "Render a reply" (typed values)
    @Test func renderFromArguments() throws {
        let catalog = try ReplyCatalog(files: Self.files)
        let reply = try catalog.render(
            "remedy/refund", locale: "en",
            arguments: [
                "customer.name": "Anna Kowalski",
                "order.id": "EU-2026-502714",
                "refund": .money(amount: .decimal("64.50"), currency: "EUR"),
                "days": 1,
            ])

        #expect(
            reply.body == """
                Dear Anna Kowalski,

                We have refunded €64.50 to your original payment method.

                The money reaches you within 1 business day.

                Kind regards,
                Your customer service team
                """)
    }

    // GettingStarted.md: "Choose the output"
    @Test func htmlOutput() throws {
        let catalog = try ReplyCatalog(files: Self.files)
        let reply = try catalog.render(
            "remedy/refund", locale: "de", caseJSON: Self.caseJSON, options: RenderOptions(format: .html, strict: true))

        #expect(reply.subject == "Ihre Erstattung für die Bestellung EU-2026-502714")
        #expect(
            reply.body == """
                <div lang="de" dir="ltr">
                <p>Guten Tag Anna Kowalski,</p>
                <p>wir haben Ihnen 64,50\u{00A0}€ über Ihre ursprüngliche Zahlungsart erstattet.</p>
                <p>Das Geld ist innerhalb von 3 Werktagen bei Ihnen.</p>
                <p>Mit freundlichen Grüßen<br>
                Ihr Kundenservice-Team</p>
                </div>
                """)
    }

    // GettingStarted.md: "Warnings and strict mode"
    @Test func warningsAndStrictMode() throws {
        let catalog = try ReplyCatalog(files: Self.files)
        let reply = try catalog.render("remedy/refund", locale: "fr", caseJSON: Self.caseJSON)

        #expect(reply.locale.identifier == "en")
        #expect(reply.subject == "Your refund for order EU-2026-502714")
        #expect(reply.warnings.count == 5)
        let (french, english) = (try LocaleID("fr"), try LocaleID("en"))
        #expect(reply.warnings[0].kind == .fallback(wanted: french, used: english))
        #expect(
            RenderWarning.summary(reply.warnings) == [
                "remedy/refund: blocks 'subject', 'greeting', 'refund', 'timeline', 'closing' have no fr text; used en"
            ])

        #expect {
            try catalog.render("remedy/refund", locale: "fr", caseJSON: Self.caseJSON, options: RenderOptions(strict: true))
        } throws: { error in
            guard case .strict(let warnings)? = error as? RenderError else { return false }
            return warnings == reply.warnings
        }
    }

    // GettingStarted.md: "Typed errors"
    @Test func typedErrors() throws {
        let catalog = try ReplyCatalog(files: Self.files)
        do {
            _ = try catalog.render("remedy/refnud", locale: "de", caseJSON: Self.caseJSON)
            Issue.record("expected an unknown template")
        } catch {
            guard case .unknownTemplate(let id, let suggestions) = error else {
                Issue.record("expected an unknown template, got \(error)")
                return
            }
            #expect(id == "remedy/refnud")
            #expect(suggestions == ["remedy/refund"])
        }

        let wrongCase = #"{"customer": {"name": "Anna"}, "refund": {"amount": "0.00", "currency": "EUR"}, "days": 3}"#
        do {
            _ = try catalog.render("remedy/refund", locale: "de", caseJSON: wrongCase)
            Issue.record("expected case data problems")
        } catch {
            guard case .invalidCase(let problems) = error else {
                Issue.record("expected case data problems, got \(error)")
                return
            }
            #expect(
                problems.map(\.description) == [
                    "order.id: expected string (required), found nothing",
                    "refund: expected money > 0, found the amount 0.00 EUR",
                ])
        }
    }

    // GettingStarted.md: "Threads"
    @Test func rendersFromManyTasks() async throws {
        let catalog = try ReplyCatalog(files: Self.files)
        let subjects = await withTaskGroup(of: String?.self) { group in
            for locale in ["en", "de", "de-CH", "en-GB"] {
                group.addTask { try? catalog.render("remedy/refund", locale: locale, caseJSON: Self.caseJSON).subject }
            }
            var subjects: [String] = []
            for await subject in group { subjects.append(subject ?? "(failed)") }
            return subjects.sorted()
        }

        #expect(
            subjects == [
                "Ihre Erstattung für die Bestellung EU-2026-502714", "Ihre Erstattung für die Bestellung EU-2026-502714",
                "Your refund for order EU-2026-502714", "Your refund for order EU-2026-502714",
            ])
    }
}
