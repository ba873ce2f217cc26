extension Message {
    /// Parses MessageFormat 2 source text into a message.
    ///
    /// Parsing stops at the first syntax error, which is thrown as the single
    /// ``MessageErrorKind/syntaxError`` of a ``MessageErrors``, with the range of the offending
    /// spot. Data-model errors are not checked here: call ``validate()`` for those.
    public static func parse(_ source: String) throws(MessageErrors) -> Message {
        var parser = Parser(source)
        return try parser.parseMessage()
    }
}
