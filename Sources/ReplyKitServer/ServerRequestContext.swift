public import Hummingbird
import Intl

/// The request context of the service: Hummingbird's core context, plus notes a handler leaves
/// for the request log line (the template and locale; never case data).
public struct ServerRequestContext: RequestContext {
    /// Hummingbird's per-request storage: the logger, the endpoint path, the path parameters.
    public var coreContext: CoreRequestContextStorage
    /// Filled by the handler, read by the log middleware once the response is made.
    let notes = RequestNotes()

    /// A context for one request; Hummingbird makes it.
    public init(source: ApplicationRequestContextSource) {
        coreContext = .init(source: source)
    }
}

/// What the request log line says about a request beyond its method, path and status. A class,
/// because the context is passed down by value and the log middleware reads the notes after.
final class RequestNotes: Sendable {
    struct Values {
        var template: String?
        var locale: String?
        var problem: String?
    }

    private let values = Locked(Values())

    var current: Values { values.withLock { $0 } }

    /// Notes the template(s) and locale asked for (a batch notes its count instead).
    func note(template: String?, locale: String?) {
        values.withLock {
            $0.template = template
            $0.locale = locale
        }
    }

    /// Notes the kind of problem the response carries.
    func note(problem: String) {
        values.withLock { $0.problem = problem }
    }
}
