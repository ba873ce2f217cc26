/// One node of a message's data model, as ``Message/walk(_:)`` meets it.
public enum MessageNode: Sendable {
    /// A `.input` or `.local` declaration (its expression follows).
    case declaration(Declaration)
    /// A selector of `.match` (met again as a ``variable(_:)``).
    case selector(VariableRef)
    /// A variant of `.match` (its pattern follows).
    case variant(Variant)
    /// The message's single pattern or a variant's (its parts follow).
    case pattern(Pattern)
    /// Literal text of a pattern, escapes resolved, with its span.
    case text(String, range: SourceRange)
    /// A placeholder or a declared expression (its operand, function, options and attributes follow).
    case expression(Expression)
    /// The function annotation of an expression (its options follow).
    case function(FunctionRef)
    /// A markup placeholder (its options and attributes follow).
    case markup(Markup)
    /// An option of a function or of markup (its value follows when it is a variable).
    case option(Option)
    /// An attribute of an expression or of markup.
    case attribute(Attribute)
    /// A `$name` reference: an expression's operand (a `.input` declaration's included), an
    /// option's value, or a selector.
    case variable(VariableRef)
}
