import Intl
import ReplyKit
import Testing

/// Case data cannot produce a broken reply: empty values are missing, a wrong shape is an
/// error, control characters never reach the reply, a one-line block stays on one line, and
/// the subject is plain text in every format.
@Suite struct CaseSafetyTests {
    func problems(_ json: String) throws -> [CaseDataProblem] {
        let catalog = try Fixture.catalog()
        do {
            _ = try catalog.render("test/order", locale: "en", caseJSON: json)
        } catch {
            guard case .invalidCase(let problems) = error else { throw error }
            return problems
        }
        return []
    }

    @Test func emptyRequiredValuesAreMissing() throws {
        let json = Fixture.caseJSON.replacing("\"id\": \"A-17\"", with: "\"id\": \"\"").replacing(
            "[\"a mug\", \"a plate\"]", with: "[]")
        #expect(
            try problems(json).map(\.description) == [
                "order.id: expected string (required), found an empty string",
                "order.items: expected list (required), found an empty list",
            ])
        let blank = Fixture.caseJSON.replacing("\"id\": \"A-17\"", with: "\"id\": \" \\t \"")
        #expect(try problems(blank).map(\.description) == ["order.id: expected string (required), found a blank string"])
    }

    @Test func emptyTypedValuesAreMissingToo() throws {
        #expect(throws: RenderError.self) {
            try Fixture.catalog().render(
                "test/order", locale: "en",
                arguments: ["order.id": "", "order.items": .list(["x"]), "remedy": "replacement"])
        }
    }

    @Test func anEmptyOptionalValueIsLeftOutLikeAMissingOne() throws {
        let json = Fixture.caseJSON.replacingName(with: "")
        let reply = try Fixture.catalog().render("test/order", locale: "en", caseJSON: json)
        #expect(reply.body.hasPrefix("Hello,"))
    }

    @Test func aValueOfTheWrongShapeIsAnErrorNotMissing() throws {
        // `customer.name` is declared (optional): "customer": "Anna" is a mistake, not an absent name.
        let json = Fixture.caseJSON.replacing("{\"name\": \"Anna\"}", with: "\"Anna\"")
        #expect(
            try problems(json).map(\.description) == ["customer: expected an object with customer.name, found a string \"Anna\""])
        let number = Fixture.caseJSON.replacing("\"order\": {", with: "\"order\": 5, \"x\": {")
        #expect(
            try problems(number).map(\.description) == [
                "order: expected an object with order.id, found the number 5",
                "order: expected an object with order.items, found the number 5",
            ])
    }

    @Test func controlCharactersAreRemovedWithAWarning() throws {
        let json = Fixture.caseJSON.replacingName(with: "An\\u0000na\\u001b[31m\\u0085")
        let reply = try Fixture.catalog().render("test/order", locale: "en", caseJSON: json)
        #expect(reply.body.hasPrefix("Dear Anna[31m,"))
        #expect(reply.warnings.map(\.kind) == [.removedControlCharacters(path: "customer.name")])
        #expect(throws: RenderError.self) {
            try Fixture.catalog().render("test/order", locale: "en", caseJSON: json, options: RenderOptions(strict: true))
        }
    }

    @Test func aValueOfControlCharactersOnlyIsEmpty() throws {
        let json = Fixture.caseJSON.replacing("\"id\": \"A-17\"", with: "\"id\": \"\\u0007\\u001b\"")
        #expect(try problems(json).map(\.description) == ["order.id: expected string (required), found an empty string"])
        let typed = try Fixture.catalog().render(
            "test/order", locale: "en",
            arguments: ["customer.name": "\u{0}", "order.id": "A-1", "order.items": .list(["x"]), "remedy": "replacement"])
        #expect(typed.body.hasPrefix("Hello,"))
        #expect(typed.warnings.map(\.kind) == [.removedControlCharacters(path: "customer.name")])
    }

    @Test func aValueCannotBreakTheSubjectLine() throws {
        let json = Fixture.caseJSON.replacing("\"id\": \"A-17\"", with: "\"id\": \"X-1\\r\\n\\r\\nSubject: hacked\"")
        for format in RenderOptions.Format.allCases {
            let reply = try Fixture.catalog().render(
                "test/order", locale: "en", caseJSON: json, options: RenderOptions(format: format))
            #expect(reply.subject == "Order X-1  Subject: hacked")
            #expect(reply.warnings.isEmpty)
        }
    }

    @Test func aValueCannotBreakTheGreeting() throws {
        let json = Fixture.caseJSON.replacingName(with: "Anna\\nP.S. click here")
        let reply = try Fixture.catalog().render("test/order", locale: "en", caseJSON: json)
        #expect(reply.body.hasPrefix("Dear Anna P.S. click here,\n\n"))
    }

    @Test func theSubjectIsPlainTextInHTML() throws {
        let json = Fixture.caseJSON.replacing("\"id\": \"A-17\"", with: "\"id\": \"<b>A&17</b>\"")
        let reply = try Fixture.catalog().render(
            "test/order", locale: "en", caseJSON: json, options: RenderOptions(format: .html))
        #expect(reply.subject == "Order <b>A&17</b>")
        // The document escapes it once, as its title.
        #expect(reply.htmlDocument.contains("<title>Order &lt;b&gt;A&amp;17&lt;/b&gt;</title>"))
    }
}

/// Free text from the case given per language (`{"en": …, "de": …}`).
@Suite struct LocalizedCaseTextTests {
    @Test func eachBlockTakesTheTextOfItsLanguage() throws {
        let json = Fixture.caseJSON.replacing(
            "[\"a mug\", \"a plate\"]", with: "[{\"en\": \"a mug\", \"de\": \"eine Tasse\"}, \"a plate\"]")
        let german = try Fixture.catalog().render("test/order", locale: "de-AT", caseJSON: json)
        #expect(german.body.contains("eine Tasse und a plate"))
        let english = try Fixture.catalog().render("test/order", locale: "en", caseJSON: json)
        #expect(english.body.contains("a mug and a plate"))
        #expect(english.warnings.isEmpty)
    }

    /// Texts given per language are cleaned of control characters like any other, in a list too.
    @Test(arguments: [
        (#""name": {"en": "An\u001bna", "de": "Anna"}"#, #"["a mug", "a plate"]"#, "customer.name"),
        (#""name": "Anna""#, #"[{"en": "a\u0007 mug", "de": "eine Tasse"}, "a plate"]"#, "order.items"),
        (#""name": "Anna""#, #"[{"en": "a mug", "de": "eine Tasse"}, "a\u0000 plate"]"#, "order.items"),
    ])
    func controlCharactersInTextsPerLanguageAreRemoved(name: String, items: String, path: String) throws {
        let json = Fixture.caseJSON.replacing(#""name": "Anna""#, with: name).replacing(#"["a mug", "a plate"]"#, with: items)
        let reply = try Fixture.catalog().render("test/order", locale: "en", caseJSON: json)
        #expect(reply.body.hasPrefix("Dear Anna,"))
        #expect(reply.body.contains("a mug and a plate"))
        #expect(reply.warnings.map(\.kind) == [.removedControlCharacters(path: path)])
    }

    @Test func aStringInputPerLanguage() throws {
        let json = Fixture.caseJSON.replacingName(with: "x").replacing(
            "\"name\": \"x\"", with: "\"name\": {\"en\": \"Anna\", \"ar\": \"آنا\"}")
        let arabic = try Fixture.catalog().render("test/order", locale: "ar", caseJSON: json)
        #expect(arabic.body.contains("آنا"))
        #expect(!arabic.body.contains("Anna"))
    }

    @Test func noTextInTheLanguageIsAWarningAndIsolated() throws {
        let json = Fixture.caseJSON.replacingName(with: "x").replacing(
            "\"name\": \"x\"", with: "\"name\": {\"en\": \"Anna\", \"fr\": \"Anne\"}")
        let arabic = try Fixture.catalog().render("test/order", locale: "ar", caseJSON: json)
        // The source language's text is used, isolated in the right-to-left reply.
        #expect(arabic.body.contains("\u{2066}Anna\u{2069}"))
        // (The Arabic fixture is partly stale and partly untranslated on purpose.)
        let localized = arabic.warnings.filter { $0.kind == .localizedTextFallback(path: "customer.name", used: "en") }
        #expect(localized.map(\.block) == ["greeting"])
        #expect(localized.first?.locale.identifier == "ar")
        #expect(throws: RenderError.self) {
            try Fixture.catalog().render("test/order", locale: "ar", caseJSON: json, options: RenderOptions(strict: true))
        }
    }

    @Test func badTextsPerLanguageAreCaseProblems() throws {
        let badTag = Fixture.caseJSON.replacingName(with: "x").replacing("\"name\": \"x\"", with: "\"name\": {\"e n\": \"Anna\"}")
        let notText = Fixture.caseJSON.replacingName(with: "x").replacing("\"name\": \"x\"", with: "\"name\": {\"en\": 5}")
        for (json, expected) in [
            (
                badTag,
                "customer.name: expected texts keyed by BCP 47 locale tags such as \"en\" or \"de-AT\", found the key \"e n\""
            ),
            (notText, "customer.name.en: expected text, found the number 5"),
        ] {
            let catalog = try Fixture.catalog()
            do {
                _ = try catalog.render("test/order", locale: "en", caseJSON: json)
                Issue.record("expected the case to be refused")
            } catch {
                guard case .invalidCase(let problems) = error else { throw error }
                #expect(problems.map(\.description) == [expected])
            }
        }
    }
}

/// Warnings are typed values a service can switch on; people get one line per kind and template.
@Suite struct TypedWarningTests {
    @Test func aBlockLeftOutNamesTheMissingInput() throws {
        // `refund` is optional, but the refund block reads it.
        let json = Fixture.caseJSON.replacing(", \"refund\": {\"amount\": \"129.90\", \"currency\": \"EUR\"}", with: "")
        let reply = try Fixture.catalog().render("test/order", locale: "en", caseJSON: json)
        let warning = try #require(reply.warnings.first)
        #expect(warning.kind == .blockLeftOut(missing: "refund", reason: "no value was given for a variable: $refund"))
        #expect(warning.template == "test/order")
        #expect(warning.block == "refund")
        #expect(
            RenderWarning.summary(reply.warnings) == [
                "test/order: block 'refund' left out: it needs refund, which the case does not give"
            ])
    }

    @Test func strictModeCarriesTheSameValues() throws {
        let catalog = try Fixture.catalog()
        let french = try LocaleID("fr")
        let english = try LocaleID("en")
        do {
            _ = try catalog.render("test/order", locale: "fr", caseJSON: Fixture.caseJSON, options: RenderOptions(strict: true))
            Issue.record("expected strict mode to refuse")
        } catch {
            guard case .strict(let warnings) = error else { throw error }
            #expect(warnings.count == 4)
            #expect(warnings.allSatisfy { $0.kind == .fallback(wanted: french, used: english) })
            #expect(
                RenderWarning.summary(warnings) == [
                    "test/order: blocks 'subject', 'greeting', 'items', 'refund' have no fr text; used en"
                ])
        }
    }
}
