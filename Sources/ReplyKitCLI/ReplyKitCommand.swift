import ArgumentParser

@main
struct ReplyKitCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "replykit",
        abstract: "Render, check and explore multi-language customer-service replies.",
        discussion: """
            Messages are Unicode MessageFormat 2.0; numbers, prices, dates, plurals and lists are \
            formatted by ICU for the customer's locale.

            Exit status: 0 success, 1 the message or input had errors, 2 usage or I/O error.
            """,
        version: "0.1.0",
        subcommands: [FormatCommand.self]
    )
}
