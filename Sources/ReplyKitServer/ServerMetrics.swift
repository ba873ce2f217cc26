import CoreMetrics
import Metrics
import Prometheus

/// The service's metrics, through swift-metrics into a Prometheus registry of its own (not the
/// process-wide `MetricsSystem`, so that every application, in tests too, counts apart).
///
/// - `replykit_renders_total{template, locale, outcome}`: renders, one per reply of a batch.
///   `template` is a catalog id (joined with `+`) or `unknown`, `locale` the catalog locale that
///   served the reply (or `none`): both bounded by the catalog, never raw request text.
/// - `replykit_render_duration_seconds`: a histogram of the time a render takes.
/// - `replykit_catalog_reloads_total{outcome}`: reloads, `success` or `failure`.
public struct ServerMetrics: Sendable {
    /// The registry `/metrics` prints.
    public let registry: PrometheusCollectorRegistry
    private let factory: PrometheusMetricsFactory

    /// Metrics in a new registry.
    public init() {
        registry = PrometheusCollectorRegistry()
        var factory = PrometheusMetricsFactory(registry: registry)
        factory.defaultDurationHistogramBuckets = [
            .microseconds(50), .microseconds(100), .microseconds(250), .microseconds(500), .milliseconds(1),
            .milliseconds(2), .milliseconds(5), .milliseconds(10), .milliseconds(25), .milliseconds(100), .seconds(1),
        ]
        self.factory = factory
        // Both reload series exist from the start, so a dashboard sees failures as 0, not as absent.
        for outcome in ["success", "failure"] {
            Counter(label: "replykit_catalog_reloads_total", dimensions: [("outcome", outcome)], factory: factory).increment(
                by: 0)
        }
    }

    /// How a render ended.
    enum Outcome: String {
        case success
        case unknownTemplate = "unknown-template"
        case invalidCase = "invalid-case"
        case strictFailure = "strict-failure"
        case invalidRequest = "invalid-request"
    }

    func recordRender(template: String, locale: String, outcome: Outcome, nanoseconds: Int64) {
        Counter(
            label: "replykit_renders_total",
            dimensions: [("template", template), ("locale", locale), ("outcome", outcome.rawValue)], factory: factory
        ).increment()
        Timer(label: "replykit_render_duration_seconds", factory: factory).recordNanoseconds(nanoseconds)
    }

    func recordReload(success: Bool) {
        Counter(
            label: "replykit_catalog_reloads_total", dimensions: [("outcome", success ? "success" : "failure")], factory: factory
        )
        .increment()
    }

    /// The Prometheus text exposition of every metric.
    func exposition() -> [UInt8] {
        registry.emitToBuffer()
    }
}
