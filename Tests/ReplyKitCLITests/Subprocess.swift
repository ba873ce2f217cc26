import Synchronization

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Runs the built `replykit` binary, as a user would, with standard input and captured output.
/// (Foundation's Process is not used: its bundled ICU headers clash with the system ICU.)
enum ReplyKitBinary {
    struct Result {
        let status: Int32
        let stdout: String
        let stderr: String
    }

    /// `replykit` beside the test bundle, in the same build directory.
    static var path: String {
        var runner = CommandLine.arguments[0]
        if !runner.hasPrefix("/") {
            var buffer = [CChar](repeating: 0, count: 4096)
            if getcwd(&buffer, buffer.count) != nil {
                let bytes = buffer.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }
                runner = String(decoding: bytes, as: UTF8.self) + "/" + runner
            }
        }
        let directory = runner[..<(runner.lastIndex(of: "/") ?? runner.startIndex)]
        return directory.hasSuffix(".xctest/Contents/MacOS") ? "\(directory)/../../../replykit" : "\(directory)/replykit"
    }

    /// Runs `replykit`, or another `executable`, with `arguments`.
    static func run(
        _ arguments: [String], stdin: String = "", environment: [String: String] = [:], directory: String? = nil,
        executable: String? = nil
    ) -> Result {
        let path = executable ?? Self.path
        var input: [Int32] = [0, 0]
        var output: [Int32] = [0, 0]
        var errors: [Int32] = [0, 0]
        var pid: pid_t = 0
        // In another working directory: through the shell, since the test process must not chdir.
        let program = directory == nil ? path : "/bin/sh"
        let words = directory.map { ["/bin/sh", "-c", "cd \"$0\" && exec \"$@\"", $0, path] } ?? [path]
        let argv = (words + arguments).map { strdup($0) } + [nil]
        let envp = environment.map { strdup("\($0.key)=\($0.value)") } + [nil]
        defer { for pointer in argv + envp { free(pointer) } }
        // Tests run in parallel: pipes are made close-on-exec and the child spawned under one lock,
        // so no child inherits another test's pipe ends (which would keep its stdin open forever).
        let spawned = spawnLock.withLock { _ in
            pipe(&input)
            pipe(&output)
            pipe(&errors)
            for descriptor in input + output + errors { _ = fcntl(descriptor, F_SETFD, FD_CLOEXEC) }
            var actions = posix_spawn_file_actions_t()
            posix_spawn_file_actions_init(&actions)
            posix_spawn_file_actions_adddup2(&actions, input[0], 0)
            posix_spawn_file_actions_adddup2(&actions, output[1], 1)
            posix_spawn_file_actions_adddup2(&actions, errors[1], 2)
            let spawned = posix_spawn(&pid, program, &actions, nil, argv, envp)
            posix_spawn_file_actions_destroy(&actions)
            close(input[0])
            close(output[1])
            close(errors[1])
            return spawned
        }
        guard spawned == 0 else {
            for descriptor in [input[1], output[0], errors[0]] { close(descriptor) }
            return Result(status: -1, stdout: "", stderr: "could not start \(path)")
        }
        _ = stdin.withCString { write(input[1], $0, strlen($0)) }
        close(input[1])
        let out = readAll(output[0])
        let err = readAll(errors[0])
        var status: Int32 = 0
        waitpid(pid, &status, 0)
        return Result(status: (status >> 8) & 0xFF, stdout: out, stderr: err)
    }

    private static let spawnLock = Mutex<Void>(())

    private static func readAll(_ descriptor: Int32) -> String {
        var bytes: [UInt8] = []
        var buffer = [UInt8](repeating: 0, count: 4096)
        while true {
            let count = read(descriptor, &buffer, buffer.count)
            if count <= 0 { break }
            bytes += buffer[..<count]
        }
        close(descriptor)
        return String(decoding: bytes, as: UTF8.self)
    }
}
