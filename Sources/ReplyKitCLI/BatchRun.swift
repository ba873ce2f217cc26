import Dispatch
import Intl
import ReplyKit

/// The `render --batch` pipeline: one task reads chunks of lines and writes their results in
/// input order, while at most `jobs` chunks render at once in a task group. At most `2 × jobs`
/// chunks are held (rendering, or rendered and waiting for an earlier one), so memory stays
/// bounded however long the input.
struct BatchRun: Sendable {
    let catalog: ReplyCatalog
    let defaults: BatchLine.Defaults
    let shard: BatchOptions.Shard
    let jobs: Int

    /// What a run did, for the summary and the exit status.
    struct Summary: Sendable {
        var rendered = 0
        var failed = 0
        /// `errno` of a read that failed part-way.
        var readError: Int32?
    }

    /// A rendered chunk: its output lines, each ending in a line feed.
    private struct Rendered: Sendable {
        var text = ""
        var rendered = 0
        var failed = 0
        var inputOffset = 0
    }

    /// Runs the batch from the main thread, which waits while the tasks work.
    func runWaiting(reader: BatchLineReader, progress: BatchProgress) -> Summary {
        let finished = DispatchSemaphore(value: 0)
        let result = SummaryBox()
        Task.detached {
            let summary = await run(reader: reader, progress: progress)
            result.summary.withLock { $0 = summary }
            finished.signal()
        }
        finished.wait()
        return result.summary.withLock { $0 }
    }

    private final class SummaryBox: Sendable {
        let summary = Locked(Summary())
    }

    func run(reader: BatchLineReader, progress: BatchProgress) async -> Summary {
        var reader = reader
        var progress = progress
        var summary = Summary()
        await withTaskGroup(of: (Int, Rendered).self) { group in
            var submitted = 0
            var written = 0
            var running = 0
            var waiting: [Int: Rendered] = [:]
            var inputOffset = 0
            while true {
                while running < jobs, submitted - written < 2 * jobs, let chunk = reader.nextChunk(shard: shard) {
                    let index = submitted
                    group.addTask { (index, render(chunk)) }
                    submitted += 1
                    running += 1
                }
                guard let (index, rendered) = await group.next() else { break }
                running -= 1
                waiting[index] = rendered
                while let next = waiting.removeValue(forKey: written) {
                    print(next.text, terminator: "")
                    summary.rendered += next.rendered
                    summary.failed += next.failed
                    inputOffset = next.inputOffset
                    written += 1
                }
                progress.update(lines: summary.rendered + summary.failed, inputOffset: inputOffset)
            }
        }
        summary.readError = reader.readError
        return summary
    }

    private func render(_ chunk: BatchChunk) -> Rendered {
        var result = Rendered(inputOffset: chunk.inputOffset)
        for entry in chunk.entries {
            let output: BatchLine.Output
            switch entry {
            case .line(let number, let range):
                output = BatchLine.render(chunk.bytes[range], number: number, catalog: catalog, defaults: defaults)
            case .tooLong(let number, let bytes):
                output = BatchLine.tooLong(number: number, bytes: bytes)
            }
            result.text += output.text
            result.text += "\n"
            if output.rendered { result.rendered += 1 } else { result.failed += 1 }
        }
        return result
    }
}
