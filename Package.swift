// swift-tools-version:6.1
import PackageDescription

let package = Package(
    name: "ReplyKit",
    products: [
        // Locale ids, numeric values and the ICU wrappers the other libraries' APIs take.
        .library(name: "Intl", targets: ["Intl"]),
        // The MF2 data model and its errors, which MessageFormat's API (custom functions, errors) uses.
        .library(name: "MessageFormatSyntax", targets: ["MessageFormatSyntax"]),
        .library(name: "MessageFormat", targets: ["MessageFormat"]),
        .library(name: "ReplyKit", targets: ["ReplyKit"]),
        .library(name: "ReplyLint", targets: ["ReplyLint"]),
        // The JSON reader the case data goes through; a product so the fuzz targets reach it.
        .library(name: "ExactJSON", targets: ["ExactJSON"]),
        .executable(name: "replykit", targets: ["ReplyKitCLI"]),
    ],
    traits: [
        .trait(
            name: "EmbeddedStarterCatalog",
            description:
                "ReplyCatalog.starter(): the starter catalog built into ReplyKit at build time (the replykit command needs it)"
        ),
        // The fuzz targets build without it: under --sanitize=fuzzer SwiftPM links libFuzzer, which
        // brings its own `main`, into the plugin's generator too, and the generator cannot link.
        .default(enabledTraits: ["EmbeddedStarterCatalog"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        // The HTTP service. Hummingbird without its default traits: no swift-configuration, and
        // FoundationEssentials only (full Foundation would bring its own ICU next to the system's).
        .package(url: "https://github.com/hummingbird-project/hummingbird", from: "2.28.1", traits: []),
        .package(url: "https://github.com/apple/swift-nio", from: "2.101.2"),
        .package(url: "https://github.com/swift-server/swift-service-lifecycle", from: "2.13.0"),
        .package(url: "https://github.com/apple/swift-log", from: "1.16.2"),
        .package(url: "https://github.com/apple/swift-metrics", from: "2.13.0"),
        .package(url: "https://github.com/swift-server/swift-prometheus", from: "2.4.1"),
        // `swift package generate-documentation`: the DocC catalogs of MessageFormat and ReplyKit.
        .package(url: "https://github.com/swiftlang/swift-docc-plugin", from: "1.5.0"),
    ],
    targets: [
        // The system ICU (libicu-dev), reached only through `static inline` shims.
        .systemLibrary(
            name: "CICU",
            pkgConfig: "icu-i18n",
            providers: [.apt(["libicu-dev"])]
        ),
        // Swift wrappers over ICU; no ICU type leaves this target.
        .target(name: "Intl", dependencies: ["CICU"]),
        // MessageFormat 2 syntax: parser, data model, serializer, validation. No ICU.
        .target(name: "MessageFormatSyntax"),
        // MessageFormat 2 resolution, selection, formatting and the function registry.
        .target(name: "MessageFormat", dependencies: ["MessageFormatSyntax", "Intl"]),
        // JSON that keeps numbers exactly as written and reports errors by line and column.
        .target(name: "ExactJSON"),
        // libyaml 0.2.5's parser (MIT; `License` beside it), as released: the YAML in catalog files.
        // Compiled in, so the binary needs no libyaml at run time and no Foundation (which a Swift
        // YAML library would bring, with its own copy of ICU's data).
        .target(
            name: "CLibYAML", exclude: ["License"],
            cSettings: [
                .define("YAML_DECLARE_STATIC"), .define("YAML_VERSION_MAJOR", to: "0"),
                .define("YAML_VERSION_MINOR", to: "2"), .define("YAML_VERSION_PATCH", to: "5"),
                .define("YAML_VERSION_STRING", to: "\"0.2.5\""),
            ]
        ),
        // The catalog's files (manifest, templates, translations) parsed into values with positions.
        .target(name: "CatalogFiles", dependencies: ["MessageFormatSyntax", "CLibYAML"]),
        // The starter catalog (replykit.yaml, templates/, locales/, channels/, examples/cases/) as Swift
        // source, generated at build time by the EmbedStarterCatalog plugin with the CatalogEmbedder tool: it
        // cannot drift from the files. Its `templates`, `locales`, `channels` and `examples` are symbolic links
        // to the catalog, so that adding or removing a catalog file makes SwiftPM plan the build again (and the
        // plugin list the files again).
        .target(
            name: "StarterCatalog", exclude: ["templates", "locales", "channels", "examples"],
            plugins: ["EmbedStarterCatalog"]),
        .plugin(
            name: "EmbedStarterCatalog", capability: .buildTool(),
            dependencies: [.target(name: "CatalogEmbedder", condition: .when(traits: ["EmbeddedStarterCatalog"]))]
        ),
        // Writes that source; runs on the build machine only (plain Glibc, no ICU, no Foundation).
        .executableTarget(name: "CatalogEmbedder"),
        // Catalogs, case data binding, locale negotiation and rendering: the library the ticket service uses.
        .target(
            name: "ReplyKit",
            dependencies: [
                "MessageFormat", "CatalogFiles", "ExactJSON", "Intl",
                .target(name: "StarterCatalog", condition: .when(traits: ["EmbeddedStarterCatalog"])),
            ]
        ),
        // XLIFF 2.0 export and import for translation tools, with its own strict XML reader (no Foundation).
        .target(name: "XLIFF", dependencies: ["CatalogFiles", "MessageFormatSyntax", "Intl"]),
        // The linter: rules over a parsed catalog, tone packs, reporters (text, JSON, SARIF, GitHub).
        .target(name: "ReplyLint", dependencies: ["ReplyKit", "CatalogFiles", "MessageFormat", "ExactJSON", "Intl"]),
        // The JSON the CLI prints and the service returns: replies, case skeletons, formatted messages.
        .target(
            name: "ReplyKitJSON",
            dependencies: ["ReplyKit", "MessageFormat", "MessageFormatSyntax", "CatalogFiles", "ExactJSON", "Intl"]
        ),
        // `replykit serve`: the HTTP render service (Hummingbird), its metrics, logs and reloads.
        .target(
            name: "ReplyKitServer",
            dependencies: [
                "ReplyKit", "ReplyKitJSON", "ExactJSON", "CatalogFiles", "Intl",
                .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "NIOCore", package: "swift-nio"),
                .product(name: "NIOPosix", package: "swift-nio"),
                .product(name: "ServiceLifecycle", package: "swift-service-lifecycle"),
                .product(name: "UnixSignals", package: "swift-service-lifecycle"),
                .product(name: "Logging", package: "swift-log"),
                .product(name: "Metrics", package: "swift-metrics"),
                .product(name: "Prometheus", package: "swift-prometheus"),
            ]
        ),
        .executableTarget(
            name: "ReplyKitCLI",
            dependencies: [
                "MessageFormat",
                "ReplyKit",
                "ReplyKitJSON",
                "ReplyKitServer",
                "ReplyLint",
                "XLIFF",
                "CatalogFiles",
                "ExactJSON",
                "Intl",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
                .product(name: "Logging", package: "swift-log"),
            ]
        ),
        .testTarget(name: "IntlTests", dependencies: ["Intl"]),
        .testTarget(name: "ExactJSONTests", dependencies: ["ExactJSON"]),
        .testTarget(name: "CatalogEmbedderTests", dependencies: ["CatalogEmbedder"]),
        .testTarget(name: "MessageFormatSyntaxTests", dependencies: ["MessageFormatSyntax"]),
        .testTarget(name: "CatalogFilesTests", dependencies: ["CatalogFiles"], exclude: ["Fixtures"]),
        .testTarget(
            name: "MessageFormatTests",
            dependencies: ["MessageFormat", "ExactJSON"],
            exclude: ["Conformance"]
        ),
        .testTarget(name: "ReplyKitTests", dependencies: ["ReplyKit", "CatalogFiles", "ExactJSON", "Intl"], exclude: ["Golden"]),
        .testTarget(name: "ReplyLintTests", dependencies: ["ReplyLint", "CatalogFiles", "ExactJSON"], exclude: ["Fixtures"]),
        .testTarget(name: "XLIFFTests", dependencies: ["XLIFF", "CatalogFiles", "MessageFormatSyntax"], exclude: ["Golden"]),
        .testTarget(name: "ReplyKitCLITests", dependencies: ["ReplyKitCLI", "CatalogFiles", "ExactJSON"]),
        // deploy/: the Dockerfile and Kubernetes manifests, read as text and YAML (Docker does not run on CI).
        .testTarget(name: "DeployTests", dependencies: ["CatalogFiles"]),
        .testTarget(
            name: "ReplyKitServerTests",
            dependencies: [
                "ReplyKitServer", "ReplyKit", "ExactJSON", "CatalogFiles",
                .product(name: "HummingbirdTesting", package: "hummingbird"),
                .product(name: "InMemoryLogging", package: "swift-log"),
                .product(name: "NIOPosix", package: "swift-nio"),
            ]
        ),
    ],
    swiftLanguageModes: [.v6]
)

// `REPLYKIT_CORE_ONLY=1 swift test …`: the core modules and their tests alone, without the CLI,
// the service and their dependencies (NIO, BoringSSL…). `.ci/run` builds this way under
// AddressSanitizer and ThreadSanitizer, which would otherwise spend most of their time there.
if Context.environment["REPLYKIT_CORE_ONLY"] != nil {
    let core: Set<String> = [
        "CICU", "CLibYAML", "Intl", "MessageFormatSyntax", "MessageFormat", "ExactJSON", "CatalogFiles", "ReplyKit", "ReplyLint",
        "StarterCatalog", "EmbedStarterCatalog", "CatalogEmbedder",
        "IntlTests", "ExactJSONTests", "MessageFormatSyntaxTests", "CatalogFilesTests", "MessageFormatTests",
        "ReplyKitTests", "ReplyLintTests", "CatalogEmbedderTests",
    ]
    package.targets.removeAll { !core.contains($0.name) }
    package.products.removeAll { $0.name == "replykit" }
    package.dependencies.removeAll()
}
