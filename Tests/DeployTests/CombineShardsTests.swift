import FoundationEssentials
import Testing

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// deploy/combine-shards.sh joins the parts `render --batch --shard I/N` writes (part I holds the
/// input lines whose index is I modulo N, in order) back into input order.
@Suite struct CombineShardsTests {
    /// A fresh directory holding `parts`, as part-0.jsonl, part-1.jsonl…
    static func directory(with parts: [[String]]) throws -> String {
        let directory = FileManager.default.temporaryDirectory.path + "/replykit-shards-" + UUID().uuidString
        try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        for (index, lines) in parts.enumerated() {
            let text = lines.map { $0 + "\n" }.joined()
            #expect(FileManager.default.createFile(atPath: "\(directory)/part-\(index).jsonl", contents: Data(text.utf8)))
        }
        return directory
    }

    /// Runs the script on `directory` with `shards`; its exit status, output and error output.
    static func combine(_ directory: String, shards: String) throws -> (status: Int32, output: String, errors: String) {
        let script = Repository.root + "/deploy/combine-shards.sh"
        let status = system("sh '\(script)' '\(directory)' '\(shards)' >'\(directory)/out' 2>'\(directory)/err'")
        let output = FileManager.default.contents(atPath: directory + "/out").map { String(decoding: $0, as: UTF8.self) }
        let errors = FileManager.default.contents(atPath: directory + "/err").map { String(decoding: $0, as: UTF8.self) }
        try FileManager.default.removeItem(atPath: directory)
        return ((status >> 8) & 0xFF, output ?? "", errors ?? "")
    }

    @Test(arguments: [(10, 3), (12, 4), (3, 4), (1, 1), (0, 2)])
    func theShardsOfAFileCombineIntoTheFile(lines: Int, shards: Int) throws {
        let input = (0..<lines).map { #"{"id":"case-\#($0)","subject":"Ihre Bestellung"}"# }
        let parts = (0..<shards).map { shard in input.indices.filter { $0 % shards == shard }.map { input[$0] } }
        let result = try Self.combine(try Self.directory(with: parts), shards: String(shards))
        #expect(result.status == 0, "\(result.errors)")
        #expect(result.output == input.map { $0 + "\n" }.joined())
    }

    @Test func aShardCutShortIsReported() throws {
        let parts = [[#"{"id":"a"}"#, #"{"id":"d"}"#], [#"{"id":"b"}"#, #"{"id":"e"}"#], []]
        let result = try Self.combine(try Self.directory(with: parts), shards: "3")
        #expect(result.status == 1)
        #expect(result.errors.contains("part-2.jsonl has 0 lines but part-0.jsonl has 2: a shard was cut short"))
    }

    @Test func aMissingShardIsReported() throws {
        let parts = [[#"{"id":"a"}"#], [#"{"id":"b"}"#]]
        let result = try Self.combine(try Self.directory(with: parts), shards: "3")
        #expect(result.status == 1)
        #expect(result.errors.contains("part-2.jsonl is missing: shard 2 did not finish"))
    }

    @Test(arguments: ["0", "x", "-1", ""])
    func aShardCountThatIsNotPositiveIsAUsageError(shards: String) throws {
        let result = try Self.combine(try Self.directory(with: [[#"{"id":"a"}"#]]), shards: shards)
        #expect(result.status == 2)
        #expect(result.errors.contains("N must be a positive whole number, got '\(shards)'"))
    }
}
