import Testing

@testable import CatalogFiles

/// docs/ci.md's workflows and the repository's pre-commit hooks, read as the systems that run them
/// read them (scripts/check-ci-docs.py runs their commands with an installed replykit).
@Suite struct CIDocumentationTests {
    /// The YAML blocks of docs/ci.md, parsed: the GitHub workflow, the GitLab job, the pre-commit config.
    static func blocks() throws -> [YAMLNode] {
        let text = try Repository.read("docs/ci.md")
        return try text.matches(of: /```yaml\n((?s).*?)```/).map { match in
            try #require(try YAMLNode.read(String(match.1)))
        }
    }

    @Test func theGitHubWorkflowUploadsSARIFAndFailsOnErrors() throws {
        let workflow = try #require(try Self.blocks().first)
        #expect(workflow["permissions"]?["security-events"]?.string == "write")
        let steps = try #require(workflow["jobs"]?["catalog"]?["steps"]?.items)
        let lint = try #require(steps.first { $0["id"]?.string == "lint" })
        #expect(lint["continue-on-error"]?.bool == true)
        let sarifFile = try #require(lint["run"]?.string?.firstMatch(of: /--format sarif > (\S+)/)?.1)
        let upload = try #require(steps.first { $0["uses"]?.string?.hasPrefix("github/codeql-action/upload-sarif@") == true })
        #expect(upload["with"]?["sarif_file"]?.string == String(sarifFile))
        let fail = try #require(steps.last)
        #expect(fail["if"]?.string == "steps.lint.outcome == 'failure'")
        #expect(fail["run"]?.string == "replykit lint --catalog . --format github")
        let install = try #require(steps.first { $0["name"]?.string == "Install replykit" }?["run"]?.string)
        #expect(install.contains("libicu-dev") && install.contains("make -C .replykit install"))
    }

    @Test func theGitLabJobKeepsReportsAndFailsOnErrors() throws {
        let blocks = try Self.blocks()
        let job = try #require(blocks.count > 1 ? blocks[1]["replykit-lint"] : nil)
        let script = job["script"]?.strings ?? []
        #expect(script.last == "replykit lint --catalog .")
        #expect(script.dropLast().allSatisfy { $0.hasSuffix("|| true") })
        #expect(job["artifacts"]?["when"]?.string == "always")
        #expect(job["artifacts"]?["paths"]?.strings == ["replykit.sarif", "replykit-lint.json"])
    }

    /// The hooks run on the catalog's files only, and lint the whole catalog (no file names).
    @Test(arguments: [
        ("replykit.yaml", true), ("templates/apology/damaged-item.reply", true), ("locales/de/tone.yaml", true),
        ("locales/pl/remedy/full-refund.reply", true), ("README.md", false), ("examples/cases/a.json", false),
        ("Sources/ReplyKit/HTML.swift", false), ("templates/notes.txt", false),
    ])
    func preCommitHooksMatchCatalogFiles(path: String, matches: Bool) throws {
        let hooks = try #require(try YAMLNode.read(try Repository.read(".pre-commit-hooks.yaml"))?.items)
        #expect(hooks.map { $0["id"]?.string } == ["replykit-lint", "replykit-lint-system"])
        for hook in hooks {
            #expect(hook["entry"]?.string == "replykit lint")
            #expect(hook["pass_filenames"]?.bool == false)
            let pattern = try Regex(try #require(hook["files"]?.string))
            #expect((path.firstMatch(of: pattern) != nil) == matches, "\(hook["id"]?.string ?? "") on \(path)")
        }
    }
}
