import Testing

@testable import CatalogFiles

/// deploy/kubernetes/batch: an Indexed Job whose pods each render one shard of the input, and the
/// Job that combines the shards.
@Suite struct KubernetesBatchTests {
    /// The shell script a Job's container runs (`sh -c SCRIPT`).
    static func script(of job: Manifest) throws -> String {
        let container = try #require(PodSpec(of: job)?.containers.first)
        let commandLine = PodSpec.commandLine(of: container)
        #expect(Array(commandLine.prefix(2)) == ["/bin/sh", "-c"])
        return try #require(commandLine.dropFirst(2).first)
    }

    @Test func theJobIsIndexedAndShardsOverItsCompletions() throws {
        let job = try Manifest.named("Job", "replykit-batch")
        let spec = try #require(job.document["spec"])
        #expect(spec["completionMode"]?.string == "Indexed")
        let completions = try #require(spec["completions"]?.int)
        #expect(completions == 4)
        #expect(spec["parallelism"]?.int == completions)
        #expect(spec["template"]?["spec"]?["restartPolicy"]?.string == "Never")

        let script = try Self.script(of: job)
        #expect(script.contains("replykit render --batch /input/cases.jsonl "))
        let shard = try #require(script.firstMatch(of: /--shard "\$\{JOB_COMPLETION_INDEX\}\/([0-9]+)"/))
        #expect(Int(shard.1) == completions, "the script shards over \(shard.1), the Job runs \(completions) completions")
        #expect(script.contains("--catalog /catalog"))
        #expect(script.contains(#"out="/output/part-${JOB_COMPLETION_INDEX}.jsonl""#))
    }

    @Test func theShardsReadTheInputVolumeAndWriteTheOutputVolume() throws {
        let job = try Manifest.named("Job", "replykit-batch")
        let pod = try #require(PodSpec(of: job))
        let container = try #require(pod.containers.first)
        let input = try #require(pod.volume(mountedAt: "/input", in: container))
        let output = try #require(pod.volume(mountedAt: "/output", in: container))
        #expect(input["persistentVolumeClaim"]?["claimName"]?.string == "replykit-batch-input")
        #expect(output["persistentVolumeClaim"]?["claimName"]?.string == "replykit-batch-output")
        for claim in ["replykit-batch-input", "replykit-batch-output"] {
            let volume = try Manifest.named("PersistentVolumeClaim", claim).document
            #expect(volume["spec"]?["accessModes"]?.strings == ["ReadWriteMany"], "\(claim): shards on several nodes share it")
        }
    }

    /// A run that ends with error lines (exit status 1) is not retried: it would fail the same way.
    @Test func errorLinesFailTheShardWithoutRetries() throws {
        let spec = try #require(try Manifest.named("Job", "replykit-batch").document["spec"])
        #expect(spec["backoffLimitPerIndex"]?.int != nil)
        let rules = spec["podFailurePolicy"]?["rules"]?.items ?? []
        let onExit = rules.first { $0["onExitCodes"] != nil }
        #expect(onExit?["action"]?.string == "FailIndex")
        #expect(onExit?["onExitCodes"]?["values"]?.items.map(\.int) == [1])
        #expect(onExit?["onExitCodes"]?["containerName"]?.string == "replykit")
    }

    @Test func theCombineJobJoinsAsManyShardsAsTheBatchRuns() throws {
        let batch = try Manifest.named("Job", "replykit-batch")
        let combine = try Manifest.named("Job", "replykit-batch-combine")
        let completions = try #require(batch.document["spec"]?["completions"]?.int)
        let script = try Self.script(of: combine)
        #expect(script.hasPrefix("replykit-combine-shards /output \(completions) > /output/replies.jsonl.partial"))
        let pod = try #require(PodSpec(of: combine))
        let container = try #require(pod.containers.first)
        let output = pod.volume(mountedAt: "/output", in: container)
        #expect(output?["persistentVolumeClaim"]?["claimName"]?.string == "replykit-batch-output")
    }
}
