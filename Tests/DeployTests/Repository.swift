import FoundationEssentials
import Testing

@testable import CatalogFiles

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
    let document: YAMLNode

    var kind: String { document["kind"]?.string ?? "" }
    var apiVersion: String { document["apiVersion"]?.string ?? "" }
    var name: String { document["metadata"]?["name"]?.string ?? "" }
    var testDescription: String { "\(kind) \(name) (\(file))" }

    /// Every document of every `.yaml`/`.yml` file under deploy/kubernetes, in file order.
    static func all() throws -> [Manifest] {
        var manifests: [Manifest] = []
        for file in try Repository.files(under: "deploy/kubernetes", endingWith: [".yaml", ".yml"]) {
            for document in try YAMLDocument.stream(utf8: Array(try Repository.read(file).utf8)[...]) {
                if let root = document.root { manifests.append(Manifest(file: file, document: root)) }
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

extension YAMLNode {
    /// The one document of `text`, read by the catalog's YAML reader.
    static func read(_ text: String) throws -> YAMLNode? {
        try YAMLDocument(utf8: Array(text.utf8)[...]).root
    }

    /// The value of `key` in a map (nil for anything else).
    subscript(key: String) -> YAMLNode? {
        guard case .mapping(let mapping) = self else { return nil }
        return mapping.first { $0.key.text == key }?.value
    }

    /// The text of a scalar that is not null.
    var string: String? { text }

    var int: Int? { text.flatMap { Int($0) } }

    /// A boolean scalar as YAML's core schema writes it.
    var bool: Bool? {
        switch text {
        case "true", "True", "TRUE": true
        case "false", "False", "FALSE": false
        default: nil
        }
    }

    /// The elements of a list (none for anything else).
    var items: [YAMLNode] {
        guard case .list(let list) = self else { return [] }
        return Array(list)
    }

    /// The strings of a list of scalars.
    var strings: [String] { items.compactMap(\.text) }

    /// A map of scalars as a dictionary.
    var stringMap: [String: String]? {
        guard case .mapping(let mapping) = self else { return nil }
        return Dictionary(mapping.map { ($0.key.text ?? "", $0.value.text ?? "") }) { first, _ in first }
    }

    /// The list node itself.
    var list: YAMLNode.List? {
        guard case .list(let list) = self else { return nil }
        return list
    }
}
