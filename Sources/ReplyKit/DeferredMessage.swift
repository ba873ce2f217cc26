import Intl
import MessageFormat
import MessageFormatSyntax

/// A block's message in one locale, checked when the catalog loads but compiled on first use: a
/// catalog loaded for a few templates compiles only the messages a render reaches (compiling makes
/// ICU formatters for the locale, the bulk of loading a template in eight locales).
final class DeferredMessage: Sendable {
    let message: Message
    private let source: String
    private let locale: LocaleID
    private let functions: FunctionRegistry
    private let state = Locked<State>(.pending)

    private enum State {
        case pending, failed
        case compiled(MessageFormatter)
    }

    init(message: Message, source: String, locale: LocaleID, functions: FunctionRegistry) {
        self.message = message
        self.source = source
        self.locale = locale
        self.functions = functions
    }

    /// The compiled message, made once; nil when it does not compile (as an eagerly compiled
    /// message with data-model errors is left out).
    var formatter: MessageFormatter? {
        state.withLock { state in
            switch state {
            case .compiled(let formatter): return formatter
            case .failed: return nil
            case .pending:
                let formatter = try? MessageFormatter(
                    message: message, source: source, locale: locale, functions: functions, bidiIsolation: .none)
                state = formatter.map(State.compiled) ?? .failed
                return formatter
            }
        }
    }
}
