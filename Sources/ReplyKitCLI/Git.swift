#if canImport(Glibc)
    import Glibc
#elseif canImport(Musl)
    import Musl
#elseif canImport(Darwin)
    import Darwin
#endif

/// Runs `git`: the one place the command line starts another program.
///
/// Invariant: `git` is found on `PATH` by `posix_spawnp` and given its arguments as an argv
/// array, never through a shell; the only C strings made are the argv's, freed before `run`
/// returns; every descriptor opened is closed before `run` returns, and the child is always
/// waited for. Standard input is `/dev/null` and standard error is discarded (the exit status
/// says what failed); standard output is read up to a limit, after which the pipe is closed, so
/// git stops. Every call passes `--no-pager` and `--no-optional-locks` (git then sets
/// `GIT_OPTIONAL_LOCKS=0` for itself and everything it runs), so a read never takes the index
/// lock from a user's own git running at the same time.
///
/// Foundation's `Process` is not used: this module sees the system ICU, which Foundation's
/// bundled ICU clashes with.
enum Git {
    /// What a finished git printed.
    struct Output {
        /// The exit status (a process ended by a signal counts as 128 + the signal).
        var status: Int32
        /// Standard output, at most the limit asked for.
        var stdout: [UInt8]
        /// Whether standard output went on past the limit (and was cut there).
        var truncated: Bool
    }

    /// Why git did not run.
    enum Failure: Error, Equatable {
        /// There is no `git` on `PATH`.
        case notInstalled
        /// It could not be started: the system's reason.
        case notStarted(String)
    }

    /// Runs `git --no-pager --no-optional-locks -c core.quotePath=false -C directory arguments…`.
    static func run(_ arguments: [String], in directory: String, limit: Int) -> Result<Output, Failure> {
        let words =
            ["git", "--no-pager", "--no-optional-locks", "-c", "core.quotePath=false", "-C", directory] + arguments
        let argv = words.map { strdup($0) } + [nil]
        defer { for word in argv { free(word) } }

        var pipeEnds: [Int32] = [-1, -1]
        guard pipe(&pipeEnds) == 0 else { return .failure(.notStarted(errorText())) }
        for end in pipeEnds { _ = fcntl(end, F_SETFD, FD_CLOEXEC) }
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
        posix_spawn_file_actions_adddup2(&actions, pipeEnds[1], 1)
        posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0)
        var pid: pid_t = 0
        let spawned = posix_spawnp(&pid, "git", &actions, nil, argv, environ)
        posix_spawn_file_actions_destroy(&actions)
        close(pipeEnds[1])
        guard spawned == 0 else {
            close(pipeEnds[0])
            return .failure(spawned == ENOENT ? .notInstalled : .notStarted(String(cString: strerror(spawned))))
        }

        var bytes: [UInt8] = []
        var truncated = false
        var chunk = [UInt8](repeating: 0, count: 65536)
        while true {
            let count = read(pipeEnds[0], &chunk, chunk.count)
            if count < 0, errno == EINTR { continue }
            if count <= 0 { break }
            bytes += chunk[0..<count]
            if bytes.count > limit {
                bytes.removeLast(bytes.count - limit)
                truncated = true
                break
            }
        }
        close(pipeEnds[0])

        var status: Int32 = 0
        while waitpid(pid, &status, 0) < 0, errno == EINTR {}
        let signal = status & 0x7F
        let exitStatus = signal == 0 ? (status >> 8) & 0xFF : 128 + signal
        return .success(Output(status: exitStatus, stdout: bytes, truncated: truncated))
    }

    private static func errorText() -> String {
        String(cString: strerror(errno))
    }
}
