// The benchmarks: MessageFormat messages and full replies against direct ICU calls, and the load
// time of a generated catalog. Run: swift run -c release --package-path Benchmarks [--profile] [name filter]
// An optional argument picks the scenarios whose name contains it (for profiling one):
// "plural with a number", "currency with a date", "list with a plural", "full reply",
// "catalog load from files", "catalog load from a directory".
// With --profile, only ReplyKit's side of the chosen message or reply scenarios runs, for perf or
// callgrind (the reply from typed values, or with "full reply json" from its JSON).

let arguments = CommandLine.arguments.dropFirst()
let profiling = arguments.first == "--profile"
let filter = arguments.dropFirst(profiling ? 1 : 0).first
// The shipped catalog: the benchmark package lives in the main package's Benchmarks/ directory.
let catalogDirectory = String(
    #filePath.split(separator: "/", omittingEmptySubsequences: false).dropLast(4).joined(separator: "/"))

if try runMessageScenarios(filter: filter, profiling: profiling), !profiling { print("") }
try runReplyScenario(filter: filter, catalogDirectory: catalogDirectory, profiling: profiling)
if !profiling { try runCatalogLoad(filter: filter) }
