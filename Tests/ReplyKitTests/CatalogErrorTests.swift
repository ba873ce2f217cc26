import ReplyKit
import Testing

/// Problems only the whole catalog can see, reported at their exact position.
@Suite struct CatalogErrorTests {
    @Test func undeclaredVariablesAndUnknownFunctionsAreReportedWithPositions() throws {
        var files = Fixture.files
        files["templates/test/order.reply"] = Fixture.template.replacing(
            "A replacement ships soon.", with: "A replacement ships {$ships :date} via {$carrier :acme:carrier}.")
        do {
            _ = try ReplyCatalog(files: files)
            Issue.record("expected problems")
        } catch {
            let lines = error.problems.map { "\($0.file):\($0.line):\($0.column): \($0.message)" }
            #expect(
                lines.contains(
                    "templates/test/order.reply:32:22: $ships is not a declared input of this template; declare it under inputs:")
            )
            #expect(
                lines.contains(
                    "templates/test/order.reply:32:41: $carrier is not a declared input of this template; declare it under inputs:"
                ))
            #expect(lines.contains("templates/test/order.reply:32:50: unknown function :acme:carrier"))
        }
    }

    @Test func aTypoInAVariableGetsASuggestion() throws {
        var files = Fixture.files
        files["locales/de/test/order.reply"] = Fixture.german.replacing("Bestellung {$order.id}", with: "Bestellung {$order.di}")
        do {
            _ = try ReplyCatalog(files: files)
            Issue.record("expected problems")
        } catch {
            #expect(
                error.problems.map(\.message) == [
                    "$order.di is not a declared input of this template (did you mean $order.id?); declare it under inputs:"
                ])
            #expect(error.problems.first?.file == "locales/de/test/order.reply")
            #expect(error.problems.first?.line == 2)
            #expect(error.problems.first?.column == 13)
        }
    }

    /// The compiler suggests by the same policy as the linter: a function without its namespace,
    /// and no guess two edits away from a four-letter name.
    @Test func suggestionsFollowTheLintersPolicy() throws {
        var files = Fixture.files
        files["templates/test/order.reply"] = Fixture.template.replacing(
            "A replacement ships soon.", with: "A replacement for {$order.items :list} ships {$rmdy}.")
        do {
            _ = try ReplyCatalog(files: files)
            Issue.record("expected problems")
        } catch {
            #expect(
                error.problems.map(\.message) == [
                    "$rmdy is not a declared input of this template; declare it under inputs:",
                    "unknown function :list (did you mean :reply:list?)",
                ])
        }
    }
}
