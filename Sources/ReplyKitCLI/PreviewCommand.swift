import ArgumentParser
import CatalogFiles
import ExactJSON
import ReplyKit

struct PreviewCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "preview",
        abstract: "Write a static HTML gallery of every template's example case in every locale, for reviewers.",
        discussion: """
            Examples:
              replykit preview --out preview   # then open preview/index.html in a browser
              replykit preview --catalog path/to/catalog --out /tmp/gallery

            index.html lists every template with its coverage per locale (translated, stale and \
            missing blocks); each template's page renders its example case, \
            examples/cases/<kind>-<name>.json in the catalog (apology/damaged-item: \
            examples/cases/apology-damaged-item.json), in every locale side by side, one row per \
            block. Stale and fallback blocks are marked, right-to-left locales read right to left, \
            and each block's MessageFormat text shows on hover and under "source". A template \
            without an example case shows its blocks' text. The pages need no JavaScript and load \
            nothing from the network.

            The directory is created if missing. An existing directory must be empty or hold a \
            gallery written before; --force writes into another one. Only the gallery's own files \
            are written, and the only files ever removed are pages an earlier gallery wrote there \
            for templates that are gone.

            Exit status: 0 the gallery was written, 1 the catalog has problems, 2 usage or I/O error.
            """
    )

    @ArgumentParser.Option(help: "The directory to write the gallery into (created if missing).", completion: .directory)
    var out: String

    @Flag(help: "Write into a non-empty directory that replykit preview did not write (its other files are left alone).")
    var force = false

    @OptionGroup var catalogOptions: CatalogOptions

    func run() throws {
        let catalog = try catalogOptions.load()
        let loaded = try catalogOptions.loadFiles()
        let (files, directory) = (loaded.files, loaded.directory)
        let output = try PreviewDirectory(out, force: force)
        if directory == nil {
            Terminal.err(
                "note: the built-in catalog has no example cases: the pages show the blocks' text; pass --catalog DIR to render a catalog's cases"
            )
        }
        let gallery = PreviewGallery(catalog: catalog, files: files) { id in
            guard let directory else { return .unavailable("the built-in catalog has no example cases") }
            return Self.exampleCase(id, catalog: directory)
        }
        if directory != nil {
            for template in gallery.templates {
                switch template.example {
                case .rendered: break
                case .unavailable(let reason): Terminal.err("note: \(template.info.id): not rendered: \(reason)")
                case .failed(let error):
                    Terminal.err("warning: \(template.info.id): \(PreviewTemplate.exampleCasePath(template.info.id)): \(error)")
                }
            }
        }
        let pages = [(name: "index.html", text: gallery.index())] + gallery.templates.map { ($0.fileName, gallery.page($0)) }
        let removed = try output.save(pages)
        if !removed.isEmpty {
            Terminal.err("removed \(removed.count) page\(removed.count == 1 ? "" : "s") of templates no longer in the catalog")
        }
        Terminal.out("wrote \(pages.count) pages to \(out); open \(out)/index.html")
    }

    /// The example case of template `id` in the catalog at `directory`, or why there is none.
    static func exampleCase(_ id: String, catalog directory: String) -> PreviewGallery.ExampleCase {
        let relative = PreviewTemplate.exampleCasePath(id)
        let path = directory + "/" + relative
        guard FileSystem.exists(path) else {
            return .unavailable("there is no example case \(relative); add one ('replykit inputs \(id)' prints a skeleton)")
        }
        do {
            return .json(try JSON.text(fromUTF8: FileSystem.bytes(path, limit: CatalogLimits.namedFileBytes)))
        } catch let error as TextFile.ReadError {
            return .unavailable(error.description)
        } catch {
            return .unavailable("\(relative): \(error); save the file as UTF-8")
        }
    }
}
