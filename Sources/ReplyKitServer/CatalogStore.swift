public import CatalogFiles
import Intl
public import ReplyKit

/// The catalog in service, swapped whole on reload: a request renders from the catalog it read
/// when it started, and a catalog with problems never replaces the one in service.
public final class CatalogStore: Sendable {
    /// Where catalogs come from.
    public enum Source: Sendable {
        /// A catalog directory (with replykit.yaml), read again on every reload.
        case directory(String)
        /// Files in memory (catalog-relative path → text), such as the built-in starter catalog.
        case files([String: String])
    }

    /// What a reload did.
    public enum ReloadOutcome: Sendable {
        /// The new catalog is in service; it has this many templates.
        case reloaded(templates: Int)
        /// The catalog on disk has problems; the one in service (if any) stays.
        case failed([CatalogProblem])
    }

    /// Where ``reload()`` reads the catalog.
    public let source: Source
    private let current: Locked<ReplyCatalog?>

    /// A store with no catalog in service until the first ``reload()``.
    public init(source: Source) {
        self.source = source
        current = Locked(nil)
    }

    /// A store serving `catalog`; reloads read `source`.
    public init(serving catalog: ReplyCatalog, source: Source) {
        self.source = source
        current = Locked(catalog)
    }

    /// The catalog in service, if one is loaded.
    public var catalog: ReplyCatalog? { current.withLock { $0 } }

    /// Loads the catalog from its source and, if it has no problems, puts it in service.
    public func reload() -> ReloadOutcome {
        do throws(CatalogError) {
            let catalog =
                switch source {
                case .directory(let path): try ReplyCatalog(directory: path)
                case .files(let files): try ReplyCatalog(files: files)
                }
            current.withLock { $0 = catalog }
            return .reloaded(templates: catalog.templateIDs.count)
        } catch {
            return .failed(error.problems)
        }
    }
}
