import ArgumentParser

#if canImport(Glibc)
    import Glibc
#elseif canImport(Musl)
    import Musl
#elseif canImport(Darwin)
    import Darwin
#endif

/// `render --batch`, `--shard I/N` and `--jobs N`.
struct BatchOptions: ParsableArguments {
    @Flag(
        help: """
            Render many replies: read JSON lines ({"id", "template", "locale", "case", "format"?, "strict"?}) \
            from FILE (the argument) or standard input ('-' or no argument), and write one JSON line per \
            input line, in order.
            """)
    var batch = false

    @ArgumentParser.Option(
        help: ArgumentHelp(
            "With --batch, render only the lines whose 0-based index is I modulo N, I from 0 to N-1 (for N machines sharing one file).",
            valueName: "I/N"))
    var shard: Shard?

    @ArgumentParser.Option(
        help: ArgumentHelp("With --batch, how many chunks of lines render at once. Default: one per core.", valueName: "N"))
    var jobs: Int?

    /// One of N parts of a batch: the lines whose 0-based index is `index` modulo `count`.
    struct Shard: ExpressibleByArgument, Sendable {
        let index: Int
        let count: Int

        init(index: Int, count: Int) {
            self.index = index
            self.count = count
        }

        init?(argument: String) {
            let parts = argument.split(separator: "/", omittingEmptySubsequences: false)
            guard parts.count == 2, let index = Int(parts[0]), let count = Int(parts[1]), count >= 1,
                (0..<count).contains(index)
            else { return nil }
            self.init(index: index, count: count)
        }

        func contains(line index: Int) -> Bool { index % count == self.index }
    }

    /// The number of chunks rendering at once: `--jobs`, or one per online core.
    var concurrency: Int {
        jobs ?? max(1, Int(sysconf(Int32(_SC_NPROCESSORS_ONLN))))
    }

    /// Usage errors in the batch flags, and in the single-reply flags given with `--batch`.
    func check(template: String?, locale: String?, case: String?, format: RenderCommand.OutputFormat) throws {
        guard batch else {
            if shard != nil { throw ValidationError("--shard works only with --batch") }
            if jobs != nil { throw ValidationError("--jobs works only with --batch") }
            return
        }
        if locale != nil || `case` != nil {
            throw ValidationError(
                "--batch reads each reply's template, locale and case from its input line: leave out --locale and --case")
        }
        if format == .json {
            throw ValidationError(
                "--batch always writes JSON lines; --format sets the body's format for lines without one: text, markdown or html")
        }
        if let jobs, jobs < 1 { throw ValidationError("--jobs must be at least 1, not \(jobs)") }
    }
}
