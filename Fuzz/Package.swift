// swift-tools-version:6.1
import PackageDescription

// Fuzz targets (libFuzzer), apart from the main package so `swift test` stays quick.
// Build and run them with `bash Fuzz/run.sh [seconds]`: see Fuzz/README.md.
//
// The main package is named explicitly (`name: "ReplyKit"`), so a checkout may have any directory name.
let package = Package(
    name: "ReplyKitFuzz",
    dependencies: [
        // Without the starter catalog built into ReplyKit (a default trait): its build-tool plugin's
        // generator is an executable, and --sanitize=fuzzer would link libFuzzer's `main` into it.
        .package(name: "ReplyKit", path: "..", traits: [])
    ],
    targets: [
        // MessageFormat 2: parse, then format and format to parts, of any text.
        .executableTarget(
            name: "FuzzMessage",
            dependencies: [.product(name: "MessageFormat", package: "ReplyKit")],
            swiftSettings: fuzzTarget
        ),
        // The strict JSON reader: parse, and serialize what parsed back to the same value.
        .executableTarget(
            name: "FuzzJSON",
            dependencies: [.product(name: "ExactJSON", package: "ReplyKit")],
            swiftSettings: fuzzTarget
        ),
        // One catalog file (a template) compiled into a catalog, then linted.
        .executableTarget(
            name: "FuzzCatalog",
            dependencies: [
                .product(name: "ReplyKit", package: "ReplyKit"),
                .product(name: "ReplyLint", package: "ReplyKit"),
            ],
            swiftSettings: fuzzTarget
        ),
        // Case data against the starter catalog: every template, in three locales, three formats.
        .executableTarget(
            name: "FuzzCase",
            dependencies: [.product(name: "ReplyKit", package: "ReplyKit")],
            swiftSettings: fuzzTarget
        ),
    ],
    swiftLanguageModes: [.v6]
)

/// libFuzzer supplies `main`: the target is a library of functions, one of them its entry point.
var fuzzTarget: [SwiftSetting] { [.unsafeFlags(["-parse-as-library"])] }
