import Testing

#if canImport(Glibc)
    import Glibc
#endif

/// `replykit render --case FILE|-`: the case file is read as bytes and checked, never repaired.
/// A case that is not valid JSON (bad UTF-8, a key given twice) exits 1, like any case data
/// problem; a file that cannot be read at all is a usage error (2).
@Suite struct CaseFileTests {
    static let valid = """
        {"order": {"id": "EU-1", "items": ["a mug"]}, "delivered": "2026-11-18", "remedy": "replacement", \
        "replacement": {"ships": "2026-11-20"}}
        """

    /// `bytes` in a new file under /tmp; its path.
    static func file(_ bytes: [UInt8]) -> String {
        var template = Array("/tmp/replykit-case-test-XXXXXX".utf8CString)
        let descriptor = template.withUnsafeMutableBufferPointer { mkstemp($0.baseAddress!) }
        let path = String(decoding: template.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
        _ = bytes.withUnsafeBytes { write(descriptor, $0.baseAddress, $0.count) }
        close(descriptor)
        return path
    }

    static func render(_ caseArgument: String, stdin: String = "") -> ReplyKitBinary.Result {
        ReplyKitBinary.run(
            [
                "render", "apology/damaged-item", "--locale", "en", "--case", caseArgument,
                "--catalog", RenderCommandTests.repository,
            ], stdin: stdin)
    }

    @Test func invalidUTF8IsReportedAtItsByteNotRepaired() {
        // "René" in Latin-1: 0xE9 is not UTF-8 here.
        let bytes =
            Array(#"{"customer": {"name": "Ren"#.utf8) + [0xE9] + Array(#""}, "#.utf8) + Array(Self.valid.utf8.dropFirst())
        let path = Self.file(bytes)
        defer { unlink(path) }
        let result = Self.render(path)
        #expect(result.status == 1)
        #expect(result.stdout.isEmpty)
        #expect(result.stderr == "error: \(path): invalid UTF-8 at line 1, column 27 (byte 26); save the file as UTF-8\n")
    }

    @Test func aByteOrderMarkIsSkippedInAFile() {
        let path = Self.file([0xEF, 0xBB, 0xBF] + Array(Self.valid.utf8))
        defer { unlink(path) }
        let result = Self.render(path)
        #expect(result.status == 0)
        #expect(result.stderr.isEmpty, "\(result.stderr)")
        #expect(result.stdout.hasPrefix("Subject: Your order EU-1"))
    }

    @Test func aByteOrderMarkIsSkippedOnStandardInput() {
        let result = Self.render("-", stdin: "\u{FEFF}" + Self.valid)
        #expect(result.status == 0)
        #expect(result.stderr.isEmpty, "\(result.stderr)")
        #expect(result.stdout.hasPrefix("Subject: Your order EU-1"))
    }

    @Test func aKeyGivenTwiceNamesTheFileAndBothPlaces() {
        let path = Self.file(Array((Self.valid.dropLast() + #", "remedy": "refund"}"#).utf8))
        defer { unlink(path) }
        let result = Self.render(path)
        #expect(result.status == 1)
        #expect(
            result.stderr
                == "error: \(path): the case is not valid JSON: duplicate key \"remedy\" at line 1, column 139 (first at line 1, column 74)\n"
        )
    }

    @Test func invalidJSONOnStandardInputSaysSo() {
        let result = Self.render("-", stdin: #"{"order": }"#)
        #expect(result.status == 1)
        #expect(
            result.stderr
                == "error: standard input: the case is not valid JSON: expected a value, found '}' at line 1, column 11\n")
    }

    @Test func anImpossibleDateIsACaseDataProblem() {
        let result = Self.render("-", stdin: Self.valid.replacingDate(with: "2026-02-30"))
        #expect(result.status == 1)
        #expect(result.stderr.contains(#"delivered: expected date (ISO 8601, such as 2026-11-22), found a string "2026-02-30""#))
    }
}

extension String {
    fileprivate func replacingDate(with date: String) -> String {
        split(separator: "2026-11-18", omittingEmptySubsequences: false).joined(separator: date)
    }
}
