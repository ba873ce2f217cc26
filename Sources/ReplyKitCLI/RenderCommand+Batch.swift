import ArgumentParser
import ReplyKit

#if canImport(Glibc)
    import Glibc
#elseif canImport(Musl)
    import Musl
#elseif canImport(Darwin)
    import Darwin
#endif

extension RenderCommand {
    /// `render --batch [FILE|-]`: exit status 0 when every line rendered, 1 when any did not, 2
    /// when the input cannot be read.
    func runBatch() throws {
        let catalog = try catalogOptions.load()
        let path = template ?? "-"
        let name = path == "-" ? "standard input" : "'\(path)'"
        let descriptor = path == "-" ? 0 : open(path, O_RDONLY)
        guard descriptor >= 0 else {
            let hint =
                catalog.info(path) != nil
                ? ": with --batch the argument is the JSON-lines file, and each line names its template"
                : ""
            throw UsageError("cannot read the batch file \(name) (\(String(cString: strerror(errno))))\(hint)")
        }
        var status = stat()
        guard fstat(descriptor, &status) == 0, status.st_mode & S_IFMT != S_IFDIR else {
            throw UsageError("cannot read the batch file \(name): it is a directory; give a file of JSON lines")
        }
        let isFile = status.st_mode & S_IFMT == S_IFREG
        let progress = BatchProgress(isShown: isatty(2) == 1, totalBytes: isFile ? Int(status.st_size) : nil)
        let run = BatchRun(
            catalog: catalog,
            defaults: BatchLine.Defaults(
                format: RenderOptions.Format(rawValue: format.rawValue) ?? .text, strict: strict, isolation: isolation),
            shard: batchOptions.shard ?? BatchOptions.Shard(index: 0, count: 1),
            jobs: batchOptions.concurrency)
        let summary = run.runWaiting(reader: BatchLineReader(descriptor: descriptor), progress: progress)
        if descriptor != 0 { close(descriptor) }
        progress.finish(rendered: summary.rendered, failed: summary.failed, shard: run.shard)
        if let readError = summary.readError {
            throw UsageError(
                "reading \(name) failed after \(summary.rendered + summary.failed) lines: \(String(cString: strerror(readError)))"
            )
        }
        if summary.failed > 0 { throw ExitCode(1) }
    }
}
