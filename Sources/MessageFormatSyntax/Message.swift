/// A MessageFormat 2.0 message: the data model of the spec, with the source span of every node.
///
/// Build one with ``Message/parse(_:)``; print one back with ``Message/description``.
/// Equality ignores source spans.
public struct Message: Sendable, Equatable {
    /// `.input` and `.local` declarations, in source order.
    public var declarations: [Declaration]
    /// The single pattern or the `.match` of the message.
    public var body: Body

    /// Creates a message.
    public init(declarations: [Declaration] = [], body: Body) {
        self.declarations = declarations
        self.body = body
    }

    /// The body of a message: one pattern, or a matcher choosing among variants.
    public enum Body: Sendable, Equatable {
        /// A simple message, or a complex message whose body is a quoted pattern (`{{…}}`).
        case pattern(Pattern)
        /// `.match` with its selectors and variants.
        case matcher(Matcher)
    }
}

/// A declaration binding a variable for the rest of the message.
public enum Declaration: Sendable, Equatable {
    /// `.input {$name …}`: the expression's operand is the variable `name` itself.
    case input(name: String, expression: Expression, range: SourceRange)
    /// `.local $name = {…}`.
    case local(name: String, expression: Expression, range: SourceRange)

    /// The declared variable's name (without `$`, bidi marks removed).
    public var name: String {
        switch self {
        case .input(let name, _, _), .local(let name, _, _): name
        }
    }

    /// The declared expression.
    public var expression: Expression {
        switch self {
        case .input(_, let expression, _), .local(_, let expression, _): expression
        }
    }

    /// The span of the whole declaration.
    public var range: SourceRange {
        switch self {
        case .input(_, _, let range), .local(_, _, let range): range
        }
    }

    /// The same kind, name and expression; spans are ignored.
    public static func == (lhs: Declaration, rhs: Declaration) -> Bool {
        switch (lhs, rhs) {
        case (.input(let a, let x, _), .input(let b, let y, _)),
            (.local(let a, let x, _), .local(let b, let y, _)):
            a == b && x == y
        default: false
        }
    }
}

/// `.match $a $b …` followed by its variants.
public struct Matcher: Sendable, Equatable {
    /// The selector variables, in order.
    public var selectors: [VariableRef]
    /// The variants, in source order.
    public var variants: [Variant]
    /// The span from `.match` to the end of the last variant.
    public var range: SourceRange

    /// Creates a matcher.
    public init(selectors: [VariableRef], variants: [Variant], range: SourceRange = SourceRange(start: 0, end: 0)) {
        self.selectors = selectors
        self.variants = variants
        self.range = range
    }

    /// The same selectors and variants; spans are ignored.
    public static func == (lhs: Matcher, rhs: Matcher) -> Bool {
        lhs.selectors == rhs.selectors && lhs.variants == rhs.variants
    }
}

/// One variant of a matcher: a key per selector, and a pattern.
public struct Variant: Sendable, Equatable {
    /// The keys, one per selector.
    public var keys: [VariantKey]
    /// The pattern used when this variant is selected.
    public var pattern: Pattern
    /// The span from the first key to the end of the quoted pattern.
    public var range: SourceRange

    /// Creates a variant.
    public init(keys: [VariantKey], pattern: Pattern, range: SourceRange) {
        self.keys = keys
        self.pattern = pattern
        self.range = range
    }

    /// The same keys and pattern; spans are ignored.
    public static func == (lhs: Variant, rhs: Variant) -> Bool {
        lhs.keys == rhs.keys && lhs.pattern == rhs.pattern
    }
}

/// A variant key: a literal, or the catch-all `*`.
public enum VariantKey: Sendable, Equatable {
    /// A literal key, compared with the selector's value by the selector's function.
    case literal(Literal)
    /// `*`: matches any value; `range` is the span of the `*`.
    case catchAll(range: SourceRange)

    /// The span of the key.
    public var range: SourceRange {
        switch self {
        case .literal(let literal): literal.range
        case .catchAll(let range): range
        }
    }

    /// Literals by value (`|a|` equals `a`); `*` equals `*`; spans are ignored.
    public static func == (lhs: VariantKey, rhs: VariantKey) -> Bool {
        switch (lhs, rhs) {
        case (.literal(let a), .literal(let b)): a == b
        case (.catchAll, .catchAll): true
        default: false
        }
    }
}

/// A sequence of text and placeholders.
public struct Pattern: Sendable, Equatable {
    /// The parts of the pattern, in order; adjacent text parts are merged.
    public var parts: [PatternPart]
    /// The span of the pattern's content (inside `{{ }}` for a quoted pattern).
    public var range: SourceRange

    /// Creates a pattern.
    public init(parts: [PatternPart], range: SourceRange) {
        self.parts = parts
        self.range = range
    }

    /// The same parts; spans are ignored.
    public static func == (lhs: Pattern, rhs: Pattern) -> Bool { lhs.parts == rhs.parts }
}

/// One part of a pattern.
public enum PatternPart: Sendable, Equatable {
    /// Literal text, escapes already resolved.
    case text(String, range: SourceRange)
    /// `{…}` with an operand and/or a function.
    case expression(Expression)
    /// `{#name}`, `{#name/}` or `{/name}`.
    case markup(Markup)

    /// The same kind and content; spans are ignored.
    public static func == (lhs: PatternPart, rhs: PatternPart) -> Bool {
        switch (lhs, rhs) {
        case (.text(let a, _), .text(let b, _)): a == b
        case (.expression(let a), .expression(let b)): a == b
        case (.markup(let a), .markup(let b)): a == b
        default: false
        }
    }
}

/// An expression: `{operand :function options @attributes}`, with operand or function or both.
public struct Expression: Sendable, Equatable {
    /// The literal or variable operand, if any.
    public var operand: Operand?
    /// The function annotation, if any.
    public var function: FunctionRef?
    /// Attributes; they never affect formatting.
    public var attributes: [Attribute]
    /// The span from `{` to `}` inclusive.
    public var range: SourceRange

    /// Creates an expression.
    public init(operand: Operand?, function: FunctionRef?, attributes: [Attribute] = [], range: SourceRange) {
        self.operand = operand
        self.function = function
        self.attributes = attributes
        self.range = range
    }

    /// The same operand, function and attributes; spans are ignored.
    public static func == (lhs: Expression, rhs: Expression) -> Bool {
        lhs.operand == rhs.operand && lhs.function == rhs.function && lhs.attributes == rhs.attributes
    }
}

/// A literal or a variable reference.
public enum Operand: Sendable, Equatable {
    /// A literal operand: `{|text|}`, `{42 :number}`.
    case literal(Literal)
    /// A variable operand: `{$count :number}`.
    case variable(VariableRef)

    /// The span of the operand.
    public var range: SourceRange {
        switch self {
        case .literal(let literal): literal.range
        case .variable(let variable): variable.range
        }
    }
}

/// A quoted (`|…|`) or unquoted literal.
public struct Literal: Sendable, Equatable {
    /// The value, escapes resolved.
    public var value: String
    /// Whether the source wrote it between `|`.
    public var isQuoted: Bool
    /// The span of the literal, quotes included.
    public var range: SourceRange

    /// Creates a literal.
    public init(_ value: String, isQuoted: Bool = false, range: SourceRange = SourceRange(start: 0, end: 0)) {
        self.value = value
        self.isQuoted = isQuoted
        self.range = range
    }

    /// Equality is by value: `|a|` and `a` are the same literal.
    public static func == (lhs: Literal, rhs: Literal) -> Bool { lhs.value == rhs.value }
}

/// A `$name` reference to a variable.
public struct VariableRef: Sendable, Equatable {
    /// The name, without `$` and without bidi marks.
    public var name: String
    /// The span of `$name`.
    public var range: SourceRange

    /// Creates a reference.
    public init(_ name: String, range: SourceRange = SourceRange(start: 0, end: 0)) {
        self.name = name
        self.range = range
    }

    /// The same name; spans are ignored.
    public static func == (lhs: VariableRef, rhs: VariableRef) -> Bool { lhs.name == rhs.name }
}

/// `:identifier option=value …`
public struct FunctionRef: Sendable, Equatable {
    /// The identifier, with its namespace if any (`number`, `test:select`).
    public var name: String
    /// Options, in source order (duplicates are a data-model error, kept for validation).
    public var options: [Option]
    /// The span from `:` to the end of the last option.
    public var range: SourceRange

    /// Creates a function reference.
    public init(name: String, options: [Option] = [], range: SourceRange = SourceRange(start: 0, end: 0)) {
        self.name = name
        self.options = options
        self.range = range
    }

    /// The same name and options, in order; spans are ignored.
    public static func == (lhs: FunctionRef, rhs: FunctionRef) -> Bool {
        lhs.name == rhs.name && lhs.options == rhs.options
    }
}

/// `name=value` on a function or markup.
public struct Option: Sendable, Equatable {
    /// The identifier, with its namespace if any.
    public var name: String
    /// A literal or a variable.
    public var value: Operand
    /// The span of `name=value`.
    public var range: SourceRange

    /// Creates an option.
    public init(name: String, value: Operand, range: SourceRange = SourceRange(start: 0, end: 0)) {
        self.name = name
        self.value = value
        self.range = range
    }

    /// The same name and value; spans are ignored.
    public static func == (lhs: Option, rhs: Option) -> Bool { lhs.name == rhs.name && lhs.value == rhs.value }
}

/// `@name` or `@name=literal`.
public struct Attribute: Sendable, Equatable {
    /// The identifier, with its namespace if any.
    public var name: String
    /// The value, if given.
    public var value: Literal?
    /// The span of the attribute.
    public var range: SourceRange

    /// Creates an attribute.
    public init(name: String, value: Literal? = nil, range: SourceRange = SourceRange(start: 0, end: 0)) {
        self.name = name
        self.value = value
        self.range = range
    }

    /// The same name and value; spans are ignored.
    public static func == (lhs: Attribute, rhs: Attribute) -> Bool { lhs.name == rhs.name && lhs.value == rhs.value }
}

/// `{#name …}`, `{#name …/}` or `{/name …}`.
public struct Markup: Sendable, Equatable {
    /// Which of the three forms.
    public enum Kind: String, Sendable, Equatable {
        /// `open` is `{#name}`, `standalone` is `{#name/}`, `close` is `{/name}`.
        case open, standalone, close
    }

    /// Open, standalone or close.
    public var kind: Kind
    /// The identifier, with its namespace if any.
    public var name: String
    /// Options, in source order.
    public var options: [Option]
    /// Attributes; they never affect formatting.
    public var attributes: [Attribute]
    /// The span from `{` to `}` inclusive.
    public var range: SourceRange

    /// Creates a markup placeholder.
    public init(
        kind: Kind, name: String, options: [Option] = [], attributes: [Attribute] = [],
        range: SourceRange = SourceRange(start: 0, end: 0)
    ) {
        self.kind = kind
        self.name = name
        self.options = options
        self.attributes = attributes
        self.range = range
    }

    /// The same kind, name, options and attributes; spans are ignored.
    public static func == (lhs: Markup, rhs: Markup) -> Bool {
        lhs.kind == rhs.kind && lhs.name == rhs.name && lhs.options == rhs.options && lhs.attributes == rhs.attributes
    }
}
