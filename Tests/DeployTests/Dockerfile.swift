/// A Dockerfile read into its instructions, enough to check what it does (Docker does not run
/// on CI): continuation lines joined, comments dropped, instructions grouped by build stage.
struct Dockerfile {
    struct Instruction {
        /// The keyword, upper-case: `RUN`, `COPY`…
        let keyword: String
        /// Everything after the keyword, continuation lines joined with spaces.
        let arguments: String
    }

    /// The instructions of each stage, each stage starting with its `FROM`.
    let stages: [[Instruction]]

    init(_ text: String) {
        var instructions: [Instruction] = []
        var pending = ""
        for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
            let trimmed = line.trimmingWhitespace
            if trimmed.hasPrefix("#") { continue }
            if trimmed.hasSuffix("\\") {
                pending += trimmed.dropLast().trimmingWhitespace + " "
                continue
            }
            let whole = (pending + trimmed).trimmingWhitespace
            pending = ""
            guard !whole.isEmpty else { continue }
            let keyword = whole.prefix { !$0.isWhitespace }
            instructions.append(
                Instruction(keyword: keyword.uppercased(), arguments: String(whole.dropFirst(keyword.count)).trimmingWhitespace))
        }
        var stages: [[Instruction]] = []
        for instruction in instructions {
            if instruction.keyword == "FROM" || stages.isEmpty {
                stages.append([])
            }
            stages[stages.count - 1].append(instruction)
        }
        self.stages = stages
    }

    /// The instructions of `keyword` in stage `stage`.
    func instructions(_ keyword: String, inStage stage: Int) -> [Instruction] {
        stages[stage].filter { $0.keyword == keyword }
    }

    /// The shell commands of each RUN in stage `stage`, split at `&&` and `;`, as words
    /// (`--mount=…` options of RUN itself left out).
    func commands(inStage stage: Int) -> [[String]] {
        instructions("RUN", inStage: stage).flatMap { run in
            run.arguments.split(separator: "&&").flatMap { $0.split(separator: ";") }.map { command in
                let words = command.split(whereSeparator: \.isWhitespace).map(String.init)
                return Array(words.drop { $0.hasPrefix("--mount=") })
            }
        }
    }
}

/// The packages an `apt-get install` command line installs (nil for any other command).
func aptPackages(_ words: [String]) -> [String]? {
    guard words.first == "apt-get", let install = words.firstIndex(of: "install") else { return nil }
    return words[(install + 1)...].filter { !$0.hasPrefix("-") }
}

extension StringProtocol {
    var trimmingWhitespace: String {
        String(drop { $0.isWhitespace }.reversed().drop { $0.isWhitespace }.reversed())
    }
}
