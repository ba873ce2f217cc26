public import Intl
public import MessageFormatSyntax

/// How formatted values are protected from the text around them in bidirectional text.
public enum BidiIsolation: String, Sendable, Hashable, CaseIterable {
    /// The spec's default strategy: isolate values (U+2066…U+2069) unless they share the
    /// message's direction.
    case `default`
    /// No isolation characters at all.
    case none
}

/// A compiled MessageFormat 2.0 message for one locale: parse and validate once, format many
/// times, from any thread.
///
/// Building throws every syntax or data-model error; formatting never throws: it always yields
/// text, writing the spec's fallbacks (`{$x}`) and listing what went wrong.
///
/// ```swift
/// let message = try MessageFormatter(".input {$n :integer} .match $n one {{{$n} item}} * {{{$n} items}}",
///                                    locale: LocaleID("en"))
/// message.format(["n": 3]).string  // "3 items"
/// ```
public struct MessageFormatter: Sendable {
    /// The compiled message, which also holds everything below: a formatter copies for the
    /// price of one reference.
    let program: Program
    /// The bidi isolation strategy used when formatting.
    public var bidiIsolation: BidiIsolation

    /// The validated data model.
    public var message: Message { program.message }
    /// The locale every function formats for.
    public var locale: LocaleID { program.context.locale }
    /// The functions the message may call.
    public var functions: FunctionRegistry { program.functions }
    /// The source text, when built from one (for diagnostics).
    public var source: String? { program.source }

    var isRightToLeft: Bool { program.context.isRightToLeft }

    /// Parses and validates `source`; throws every error found.
    public init(
        _ source: String,
        locale: LocaleID,
        functions: FunctionRegistry = .standard,
        bidiIsolation: BidiIsolation = .default
    ) throws(MessageErrors) {
        let message = try Message.parse(source)
        try self.init(message: message, source: source, locale: locale, functions: functions, bidiIsolation: bidiIsolation)
    }

    /// Validates `message`; throws every data-model error found.
    public init(
        message: Message,
        source: String? = nil,
        locale: LocaleID,
        functions: FunctionRegistry = .standard,
        bidiIsolation: BidiIsolation = .default
    ) throws(MessageErrors) {
        let problems = message.validate()
        guard problems.isEmpty else { throw MessageErrors(problems) }
        self.bidiIsolation = bidiIsolation
        self.program = Program(message, source: source, locale: locale, functions: functions)
    }

    /// Formats the message to a string.
    public func format(_ arguments: some MessageArguments) -> FormattedMessage {
        format(ArgumentSource(arguments))
    }

    /// Formats the message to a string, with arguments by name.
    ///
    /// The same as the generic `format(_:)`; this overload spares a caller outside the module the
    /// unspecialized generic path.
    public func format(_ arguments: [String: MessageArgument]) -> FormattedMessage {
        format(.dictionary(arguments))
    }

    private func format(_ arguments: ArgumentSource) -> FormattedMessage {
        var sink = StringSink(isolation: bidiIsolation, isRightToLeft: isRightToLeft, capacity: program.estimatedLength)
        let errors = run(arguments, into: &sink)
        return FormattedMessage(string: sink.text, errors: errors)
    }

    /// Formats a message that has no external variables, or formats with none given.
    public func format() -> FormattedMessage {
        format([String: MessageArgument]())
    }

    /// Formats the message to parts: text, values with their fields, markup, fallbacks.
    /// Without `includeFields`, values carry no sub-fields, which saves ICU a second pass per number.
    public func formatToParts(_ arguments: some MessageArguments, includeFields: Bool = true) -> FormattedParts {
        formatToParts(ArgumentSource(arguments), includeFields: includeFields)
    }

    /// Formats the message to parts, with arguments by name (the generic version's fast path, as for `format`).
    public func formatToParts(_ arguments: [String: MessageArgument], includeFields: Bool = true) -> FormattedParts {
        formatToParts(.dictionary(arguments), includeFields: includeFields)
    }

    private func formatToParts(_ arguments: ArgumentSource, includeFields: Bool) -> FormattedParts {
        var sink = PartsSink(
            isolation: bidiIsolation, isRightToLeft: isRightToLeft, locale: locale.identifier,
            includeFields: includeFields)
        let errors = run(arguments, into: &sink)
        return FormattedParts(parts: sink.parts, errors: errors)
    }

    /// Formats the message into `writer`, piece by piece, and returns the errors met (the writer
    /// has received a fallback for each placeholder that failed).
    public func format(_ arguments: [String: MessageArgument], to writer: some MessageWriter) -> [MessageError] {
        var sink = WriterSink(writer: writer)
        return run(.dictionary(arguments), into: &sink)
    }

    /// Formats the message into `writer` and lists its parts in the same pass, as
    /// ``formatToParts(_:includeFields:)-([String:MessageArgument],_)`` would: for a caller that
    /// needs both the written output and the parts, without formatting twice. The errors are the
    /// same as for either alone.
    public func format(
        _ arguments: [String: MessageArgument], to writer: some MessageWriter, partsIncludingFields includeFields: Bool
    ) -> FormattedParts {
        var sink = RecordingWriterSink(
            writer: WriterSink(writer: writer),
            parts: PartsSink(
                isolation: bidiIsolation, isRightToLeft: isRightToLeft, locale: locale.identifier,
                includeFields: includeFields))
        let errors = run(.dictionary(arguments), into: &sink)
        return FormattedParts(parts: sink.parts.parts, errors: errors)
    }

    /// Formats to parts with no external variables.
    public func formatToParts() -> FormattedParts {
        formatToParts([String: MessageArgument]())
    }

    private func run<Sink: PatternSink>(_ arguments: consuming ArgumentSource, into sink: inout Sink) -> [MessageError] {
        var scope = Scope(program: program, arguments: arguments)
        scope.formatMessage(into: &sink)
        return scope.finish()
    }
}

/// A message formatted to a string, and the errors met on the way.
public struct FormattedMessage: Sendable, Hashable {
    /// The formatted text (with fallbacks such as `{$x}` where something failed).
    public var string: String
    /// Every error, in the order met; empty when all went well.
    public var errors: [MessageError]
}

/// A message formatted to parts, and the errors met on the way.
public struct FormattedParts: Sendable, Hashable {
    /// The parts, in order.
    public var parts: [MessagePart]
    /// Every error, in the order met.
    public var errors: [MessageError]

    /// The parts joined as plain text (markup omitted).
    public var string: String { parts.map(\.text).joined() }
}
