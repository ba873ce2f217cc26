import Testing

@testable import CatalogFiles

/// deploy/Dockerfile, checked by hand the way hadolint would (no linter runs here), and against
/// the Kubernetes manifests that run its image.
@Suite struct DockerfileTests {
    static func dockerfile() throws -> Dockerfile { Dockerfile(try Repository.read("deploy/Dockerfile")) }

    /// An exec-form instruction's words (`["replykit"]`: a JSON array, which YAML reads too).
    static func execForm(_ instruction: Dockerfile.Instruction?) throws -> [String] {
        let arguments = try #require(instruction?.arguments)
        return try #require(try YAMLNode.read(arguments)?.list, "not in exec form: \(arguments)").compactMap(\.string)
    }

    @Test func twoStagesOnPinnedDebianBookwormImages() throws {
        let stages = try Self.dockerfile().stages
        #expect(stages.map { $0.first?.arguments } == ["swift:6.3.1-bookworm AS build", "debian:bookworm-slim AS runtime"])
        for stage in stages {
            let image = try #require(stage.first?.arguments.split(separator: " ").first)
            #expect(image.contains(":") && !image.hasSuffix(":latest"), "\(image) is not pinned to a tag")
        }
    }

    /// hadolint's DL3009, DL3014, DL3015: one layer updates, installs without recommends and
    /// removes the package lists.
    @Test func everyAptInstallIsLeanAndCleansUp() throws {
        let dockerfile = try Self.dockerfile()
        let runs = dockerfile.stages.flatMap { $0 }.filter { $0.keyword == "RUN" && $0.arguments.contains("apt-get install") }
        #expect(runs.count == 2)
        for run in runs {
            #expect(run.arguments.hasPrefix("apt-get update && apt-get install -y --no-install-recommends "))
            #expect(run.arguments.hasSuffix("&& rm -rf /var/lib/apt/lists/*"))
        }
        #expect(dockerfile.stages.flatMap { $0 }.allSatisfy { $0.keyword != "ADD" })
    }

    @Test func theRuntimeHasOnlyTheSystemICUAndCertificates() throws {
        let packages = try Self.dockerfile().commands(inStage: 1).compactMap(aptPackages).flatMap { $0 }
        // libicu72: bookworm's ICU, the one the build stage's libicu-dev linked against.
        #expect(packages == ["ca-certificates", "libicu72"])
    }

    @Test func theImageRunsTheServiceOnPort8080AsItsOwnUser() throws {
        let dockerfile = try Self.dockerfile()
        #expect(try Self.execForm(dockerfile.instructions("ENTRYPOINT", inStage: 1).last) == ["replykit"])
        #expect(
            try Self.execForm(dockerfile.instructions("CMD", inStage: 1).last)
                == ["serve", "--catalog", "/catalog", "--host", "0.0.0.0", "--port", "8080"])
        #expect(dockerfile.instructions("EXPOSE", inStage: 1).map(\.arguments) == ["8080"])
        #expect(dockerfile.instructions("USER", inStage: 1).map(\.arguments) == ["10001:10001"])
        let healthcheck = try #require(dockerfile.instructions("HEALTHCHECK", inStage: 1).last?.arguments)
        #expect(healthcheck.contains("/dev/tcp/127.0.0.1/8080") && healthcheck.contains("GET /healthz HTTP/1.1"))
    }

    /// The catalog in the image is the repository's: its manifest, templates and translations.
    @Test func theCatalogIsCopiedToSlashCatalog() throws {
        let copies = try Self.dockerfile().instructions("COPY", inStage: 1).map(\.arguments)
        for part in ["replykit.yaml /catalog/replykit.yaml", "templates /catalog/templates", "locales /catalog/locales"] {
            #expect(copies.contains(part))
        }
    }

    /// The pods run as the image's user and group.
    @Test func theManifestsRunTheImageAsItIsBuilt() throws {
        for (kind, name) in [("Deployment", "replykit"), ("Job", "replykit-batch"), ("Job", "replykit-batch-combine")] {
            let pod = try #require(PodSpec(of: try Manifest.named(kind, name)))
            #expect(pod.spec["securityContext"]?["runAsUser"]?.int == 10001, "\(kind) \(name)")
            #expect(pod.spec["securityContext"]?["runAsGroup"]?.int == 10001, "\(kind) \(name)")
        }
    }
}
