import FoundationEssentials
import Testing
import Yams

/// The repository's files, read from the checkout the tests were built from. (This target sees
/// no ICU, so FoundationEssentials is allowed here.)
enum Repository {
    /// The repository root: three levels above this file (Tests/DeployTests/Repository.swift).
    static let root: String = {
        let parts = #filePath.split(separator: "/", omittingEmptySubsequences: false)
        return parts.dropLast(3).joined(separator: "/")
    }()

    /// The text of `relativePath`.
    static func read(_ relativePath: String) throws -> String {
        let path = root + "/" + relativePath
        guard let data = FileManager.default.contents(atPath: path) else { throw RepositoryError.unreadable(path) }
        return String(decoding: data, as: UTF8.self)
    }

    /// The paths, relative to the root, of the files under `directory` whose names end in one of
    /// `suffixes`, sorted.
    static func files(under directory: String, endingWith suffixes: [String]) throws -> [String] {
        let all = try FileManager.default.subpathsOfDirectory(atPath: root + "/" + directory)
        return all.filter { path in suffixes.contains { path.hasSuffix($0) } }.map { directory + "/" + $0 }.sorted()
    }
}

enum RepositoryError: Error, CustomStringConvertible {
    case unreadable(String)

    var description: String {
        switch self {
        case .unreadable(let path): "cannot read \(path): the tests read the repository they were built from"
        }
    }
}

/// One YAML document of a manifest file.
struct Manifest: CustomTestStringConvertible {
    let file: String
    let document: Node

    var kind: String { document["kind"]?.string ?? "" }
    var apiVersion: String { document["apiVersion"]?.string ?? "" }
    var name: String { document["metadata"]?["name"]?.string ?? "" }
    var testDescription: String { "\(kind) \(name) (\(file))" }

    /// Every document of every `.yaml`/`.yml` file under deploy/kubernetes, in file order.
    static func all() throws -> [Manifest] {
        var manifests: [Manifest] = []
        for file in try Repository.files(under: "deploy/kubernetes", endingWith: [".yaml", ".yml"]) {
            let parser = try Parser(yaml: try Repository.read(file))
            while let document = try parser.nextRoot() {
                manifests.append(Manifest(file: file, document: document))
            }
        }
        return manifests
    }

    /// The one manifest of `kind` named `name`.
    static func named(_ kind: String, _ name: String) throws -> Manifest {
        let found = try all().filter { $0.kind == kind && $0.name == name }
        return try #require(found.count == 1 ? found.first : nil, "expected one \(kind) named \(name), found \(found.count)")
    }
}

extension Node {
    /// The elements of a sequence node (none for anything else).
    var items: [Node] { array() }

    /// The strings of a sequence of scalars.
    var strings: [String] { items.compactMap(\.string) }
}
