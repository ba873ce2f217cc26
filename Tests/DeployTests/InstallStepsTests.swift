import Testing

/// The image is built the way the README tells a person to install ReplyKit: the Dockerfile's
/// build stage runs the README's `make install` and installs the README's apt packages.
@Suite struct InstallStepsTests {
    /// The command lines of the first ```sh block under the README's "## Install" heading, with
    /// comments and `sudo` left out.
    static func readmeInstallCommands() throws -> [[String]] {
        let readme = try Repository.read("README.md")
        let lines = readme.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        let heading = try #require(lines.firstIndex(of: "## Install"), "README.md has no \"## Install\" heading")
        let section = lines[(heading + 1)...].prefix { !$0.hasPrefix("## ") }
        let opening = try #require(section.firstIndex(of: "```sh"), "README.md's Install section has no ```sh block")
        let block = section[(opening + 1)...].prefix { $0 != "```" }
        return block.map { line in
            let command = line.split(separator: "#", maxSplits: 1, omittingEmptySubsequences: false).first ?? ""
            let words = command.split(whereSeparator: \.isWhitespace).map(String.init)
            return words.first == "sudo" ? Array(words.dropFirst()) : words
        }.filter { !$0.isEmpty }
    }

    static func makeInstall(in commands: [[String]]) -> [String]? {
        commands.first { Array($0.prefix(2)) == ["make", "install"] }
    }

    /// The PREFIX the Dockerfile installs into: its runtime stage copies the binary from there.
    static let imagePrefix = "/usr/local"

    @Test func theReadmeInstallsWithMakeAndTheSystemICU() throws {
        let commands = try Self.readmeInstallCommands()
        #expect(Self.makeInstall(in: commands) != nil)
        let packages = commands.compactMap(aptPackages).flatMap { $0 }
        #expect(packages.contains("libicu-dev"))
    }

    /// The same `make install` words, except PREFIX: a person may install anywhere, the image
    /// installs into /usr/local.
    @Test func theImageRunsTheReadmesMakeInstall() throws {
        let dockerfile = Dockerfile(try Repository.read("deploy/Dockerfile"))
        let readme = try #require(Self.makeInstall(in: try Self.readmeInstallCommands()))
        let image = try #require(
            Self.makeInstall(in: dockerfile.commands(inStage: 0)), "the build stage does not run make install")
        let withoutPrefix: ([String]) -> [String] = { $0.filter { !$0.hasPrefix("PREFIX=") } }
        #expect(withoutPrefix(image) == withoutPrefix(readme))
        #expect(image.filter { $0.hasPrefix("PREFIX=") } == ["PREFIX=\(Self.imagePrefix)"])
    }

    @Test func theImageInstallsTheReadmesPackages() throws {
        let dockerfile = Dockerfile(try Repository.read("deploy/Dockerfile"))
        let readme = try Self.readmeInstallCommands().compactMap(aptPackages).flatMap { $0 }
        let image = dockerfile.commands(inStage: 0).compactMap(aptPackages).flatMap { $0 }
        #expect(Set(readme).subtracting(image) == [], "the README installs packages the image's build does not")
    }

    @Test func theRuntimeStageTakesTheInstalledBinary() throws {
        let dockerfile = Dockerfile(try Repository.read("deploy/Dockerfile"))
        let copies = dockerfile.instructions("COPY", inStage: 1).map(\.arguments)
        #expect(copies.contains("--from=build \(Self.imagePrefix)/bin/replykit /usr/local/bin/replykit"))
    }
}
