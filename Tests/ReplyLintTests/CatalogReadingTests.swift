import CatalogFiles
import ReplyLint
import Testing

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// A catalog directory made for one test and removed after it (Glibc: no Foundation here).
private final class ScratchCatalog {
    let root: String
    private var created: [(path: String, isDirectory: Bool)] = []

    init() throws {
        struct CannotCreate: Error {}
        var template = Array("/tmp/replylint-test-XXXXXX".utf8CString)
        guard let made = mkdtemp(&template) else { throw CannotCreate() }
        root = String(cString: made)
        file("replykit.yaml", "source-locale: en\ntarget-locales: [de]\n")
        directory("templates")
        file(
            "templates/thanks.reply",
            """
            ---
            kind: acknowledgement
            channels: [email]
            summary: Test.
            inputs:
              order.id: string
            ---
            [body]
            Thank you, we received your request about order {$order.id}.

            """)
        directory("examples")
        directory("examples/cases")
        directory("locales")
        directory("locales/de")
    }

    func directory(_ relative: String) {
        mkdir("\(root)/\(relative)", 0o755)
        created.append(("\(root)/\(relative)", true))
    }

    func file(_ relative: String, _ text: String) {
        let file = fopen("\(root)/\(relative)", "wb")
        fputs(text, file)
        fclose(file)
        created.append(("\(root)/\(relative)", false))
    }

    func fifo(_ relative: String) {
        mkfifo("\(root)/\(relative)", 0o644)
        created.append(("\(root)/\(relative)", false))
    }

    func link(_ relative: String, to target: String) {
        symlink(target, "\(root)/\(relative)")
        created.append(("\(root)/\(relative)", false))
    }

    /// `rule file:line:column: message` of every finding about the example cases and tone packs.
    func findingsAboutExamplesAndPacks() -> [String] {
        Linter().lint(directory: root).findings
            .filter { $0.file.hasPrefix("examples/") || $0.file.hasSuffix("/tone.yaml") }
            .map { "\($0.rule) \($0.file):\($0.line):\($0.column): \($0.message)" }
    }

    deinit {
        for entry in created.reversed() {
            if entry.isDirectory { rmdir(entry.path) } else { unlink(entry.path) }
        }
        rmdir(root)
    }
}

/// The linter reads the example cases and tone packs through the catalog's checked reader: a
/// FIFO does not hang it, a link to `/dev/zero` does not exhaust memory; each is a finding.
@Suite struct CatalogReadingTests {
    @Test func exampleCaseLinkedToDevZero() throws {
        let catalog = try ScratchCatalog()
        catalog.link("examples/cases/thanks.json", to: "/dev/zero")
        #expect(
            catalog.findingsAboutExamplesAndPacks() == [
                "catalog-syntax examples/cases/thanks.json:1:1: a symbolic link to /dev/zero (a character device), outside the catalog directory; it is not followed: copy the file into the catalog, or link to a file inside it"
            ])
    }

    @Test func exampleCaseThatIsAFIFO() throws {
        let catalog = try ScratchCatalog()
        catalog.fifo("examples/cases/thanks.json")
        #expect(
            catalog.findingsAboutExamplesAndPacks() == [
                "catalog-syntax examples/cases/thanks.json:1:1: this is a FIFO (named pipe), not a regular file, so it is not read; replace it with a regular file"
            ])
    }

    @Test func tonePackThatIsAFIFO() throws {
        let catalog = try ScratchCatalog()
        catalog.fifo("locales/de/tone.yaml")
        #expect(
            catalog.findingsAboutExamplesAndPacks() == [
                "tone-pack locales/de/tone.yaml:1:1: this is a FIFO (named pipe), not a regular file, so it is not read; replace it with a regular file"
            ])
    }

    @Test func tonePackLinkedToDevZero() throws {
        let catalog = try ScratchCatalog()
        catalog.link("locales/de/tone.yaml", to: "/dev/zero")
        #expect(
            catalog.findingsAboutExamplesAndPacks() == [
                "tone-pack locales/de/tone.yaml:1:1: a symbolic link to /dev/zero (a character device), outside the catalog directory; it is not followed: copy the file into the catalog, or link to a file inside it"
            ])
    }

    @Test func exampleCaseLinkedInsideTheCatalogIsRead() throws {
        let catalog = try ScratchCatalog()
        catalog.directory("shared")
        catalog.file("shared/thanks.json", "{\"order\": {\"id\": \"A-1\"}}\n")
        catalog.link("examples/cases/thanks.json", to: "../../shared/thanks.json")
        let result = Linter().lint(directory: catalog.root)
        #expect(result.sources["examples/cases/thanks.json"] == "{\"order\": {\"id\": \"A-1\"}}\n")
        #expect(catalog.findingsAboutExamplesAndPacks() == [])
    }
}
