import Foundation
import PackagePlugin

/// Embeds the package's starter catalog in the target it is applied to (StarterCatalog), at build
/// time: `replykit.yaml` in the package's root directory, every `.reply` file under `templates/` and
/// `locales/`, every `.yaml` file under `locales/` (the tone packs) and under `channels/` (the
/// channel packs), and the example cases (`examples/cases/*.json`, with which lint measures the
/// replies of length-limited channels).
///
/// Each of those files is an input of the build command, so editing one rebuilds the embedded copy.
/// The list of files is made when SwiftPM plans the build, which it does again when a target's
/// directory gains or loses a file: `Sources/StarterCatalog/templates`, `…/locales`, `…/channels` and `…/examples` are symbolic
/// links to the catalog's directories (excluded from the target's sources) so that adding or
/// removing a catalog file replans the build, and the next build embeds the new set of files.
///
/// Hidden files and directories (names starting with `.`) are left out, as the catalog's reader
/// leaves them out. The CatalogEmbedder tool writes the source; the paths are sorted, so the same
/// catalog always gives the same source.
@main struct EmbedStarterCatalog: BuildToolPlugin {
    func createBuildCommands(context: PluginContext, target: Target) throws -> [Command] {
        // The tool is there with the package's default trait, EmbeddedStarterCatalog. Without it
        // (the fuzz targets' build) no target uses StarterCatalog, but SwiftPM still asks every
        // target's plugins for their commands.
        guard let tool = try? context.tool(named: "CatalogEmbedder") else { return [] }
        let root = context.package.directoryURL
        let paths =
            ["replykit.yaml"] + files(under: "templates", suffixes: [".reply"], root: root)
            + files(under: "locales", suffixes: [".reply", ".yaml"], root: root)
            + files(under: "channels", suffixes: [".yaml"], root: root)
            + files(under: "examples/cases", suffixes: [".json"], root: root)
        let output = context.pluginWorkDirectoryURL.appending(path: "EmbeddedCatalog+Files.swift")
        return [
            .buildCommand(
                displayName: "Embedding the starter catalog (\(paths.count) files) in \(target.name)",
                executable: tool.url,
                arguments: [output.path(percentEncoded: false), root.path(percentEncoded: false)] + paths,
                inputFiles: paths.map { root.appending(path: $0) },
                outputFiles: [output]
            )
        ]
    }

    /// The catalog-relative paths of the regular files under `directory` whose names end with one
    /// of `suffixes`, sorted by their UTF-8 bytes.
    private func files(under directory: String, suffixes: [String], root: URL) -> [String] {
        let base = root.appending(path: directory)
        guard
            let walk = FileManager.default.enumerator(
                at: base, includingPropertiesForKeys: [.isRegularFileKey], options: [.skipsHiddenFiles])
        else { return [] }
        var found: [String] = []
        for case let url as URL in walk where suffixes.contains(where: url.lastPathComponent.hasSuffix) {
            guard (try? url.resourceValues(forKeys: [.isRegularFileKey]).isRegularFile) == true else { continue }
            let components = url.standardizedFileURL.pathComponents.dropFirst(base.standardizedFileURL.pathComponents.count)
            found.append(([directory] + components).joined(separator: "/"))
        }
        return found.sorted { Array($0.utf8).lexicographicallyPrecedes(Array($1.utf8)) }
    }
}
