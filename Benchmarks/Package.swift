// swift-tools-version:6.1
import PackageDescription

// Benchmarks live apart from the main package so `swift test` stays quick.
// Run: swift run -c release --package-path Benchmarks
let package = Package(
    name: "ReplyKitBenchmarks",
    dependencies: [
        .package(name: "ReplyKit", path: "..")
    ],
    targets: [
        // The baseline: the same output produced by calling ICU's C API directly.
        .target(
            name: "ICUBaseline",
            linkerSettings: [.linkedLibrary("icui18n"), .linkedLibrary("icuuc"), .linkedLibrary("icudata")]
        ),
        .executableTarget(
            name: "ReplyKitBenchmarks",
            dependencies: [
                "ICUBaseline",
                .product(name: "MessageFormat", package: "ReplyKit"),
                .product(name: "ReplyKit", package: "ReplyKit"),
                .product(name: "ReplyLint", package: "ReplyKit"),
            ],
            swiftSettings: [.unsafeFlags(["-Ounchecked"])]
        ),
    ],
    swiftLanguageModes: [.v6]
)
