import ArgumentParser
import ReplyKit

struct ListCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "list",
        abstract: "List the templates with their kind, channels and translation coverage per locale.",
        discussion: """
            Coverage is the share of a template's blocks translated into each target locale; \
            stale translations (made from an older source text) are counted after it.

            Example:
              replykit list --catalog path/to/catalog
            """
    )

    @OptionGroup var catalogOptions: CatalogOptions

    func run() throws {
        let catalog = try catalogOptions.load()
        let targets = catalog.targetLocales.map(\.identifier)
        var rows: [[String]] = [["TEMPLATE", "KIND", "CHANNELS"] + targets]
        for id in catalog.templateIDs {
            guard let info = catalog.info(id) else { continue }
            let coverage = info.coverage.map { entry -> String in
                let percent = info.blocks.isEmpty ? 100 : entry.translated * 100 / info.blocks.count
                return "\(percent)%" + (entry.stale > 0 ? " (\(entry.stale) stale)" : "")
            }
            rows.append([id, info.kind.rawValue, info.channels.joined(separator: ",")] + coverage)
        }
        Terminal.out(Table.render(rows))
        Terminal.out("\n\(catalog.templateIDs.count) templates; source \(catalog.sourceLocale.identifier)")
    }
}

/// A plain text table with columns padded to their widest cell.
enum Table {
    static func render(_ rows: [[String]]) -> String {
        let columns = rows.map(\.count).max() ?? 0
        let widths = (0..<columns).map { column in rows.map { column < $0.count ? $0[column].count : 0 }.max() ?? 0 }
        return rows.map { row in
            row.enumerated().map { index, cell in
                index == row.count - 1 ? cell : cell + String(repeating: " ", count: widths[index] - cell.count)
            }.joined(separator: "  ")
        }.joined(separator: "\n")
    }
}
