import MessageFormat
import MessageFormatSyntax

/// The checks of a block's message that the catalog compiler (when a catalog loads) and the
/// linter (`undeclared-variable`, `unknown-function`) both make: one implementation, over the
/// one walk of the data model. Each caller words its own message (the compiler's are load
/// errors, the linter's findings with a fix).
package enum MessageChecks {
    /// A name the message uses but the catalog does not know: where it is first used, and how
    /// many times the message uses it.
    package struct Unknown: Sendable, Equatable {
        /// The variable's name (without `$`) or the function's (without `:`).
        package let name: String
        /// The span of its first use: the `$name`, or the function annotation.
        package let range: SourceRange
        /// How many times the message uses it (at least 1).
        package let uses: Int
    }

    /// The variables `message` reads from its arguments (not its `.local` variables; a `.input`
    /// declaration counts) that are not among `inputs`, in order of first use.
    ///
    /// `inputs` are the template's variable names (`TemplateFile.variableNames`: each declared
    /// path, and `<path>.count` for a list).
    package static func undeclaredVariables(in message: Message, inputs: Set<String>) -> [Unknown] {
        unknowns(message.externalReferences.lazy.map { ($0.name, $0.range) }) { !inputs.contains($0) }
    }

    /// The functions `message` calls that `functions` does not have, in order of first use.
    package static func unknownFunctions(in message: Message, functions: FunctionRegistry) -> [Unknown] {
        unknowns(message.functions.lazy.map { ($0.name, $0.range) }) { functions[$0] == nil }
    }

    /// The names among `uses` for which `isUnknown` holds, each once, at its first use, with its count.
    private static func unknowns(
        _ uses: some Sequence<(String, SourceRange)>, where isUnknown: (String) -> Bool
    ) -> [Unknown] {
        var order: [(name: String, range: SourceRange)] = []
        var counts: [String: Int] = [:]
        var known: Set<String> = []
        for (name, range) in uses {
            if let count = counts[name] {
                counts[name] = count + 1
            } else if !known.contains(name) {
                if isUnknown(name) {
                    counts[name] = 1
                    order.append((name, range))
                } else {
                    known.insert(name)
                }
            }
        }
        return order.map { Unknown(name: $0.name, range: $0.range, uses: counts[$0.name] ?? 1) }
    }
}
