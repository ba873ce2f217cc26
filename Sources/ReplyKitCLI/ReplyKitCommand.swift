import ArgumentParser
import Intl
import ReplyKit

@main
struct ReplyKitCommand: AsyncParsableCommand {
    /// Runs the command line with ReplyKit's exit codes: 0 success, 1 errors in the message or
    /// input data, 2 usage or I/O errors (ArgumentParser's own default for usage errors is 64).
    static func main() async {
        do {
            var command = try parseAsRoot()
            if var command = command as? AsyncParsableCommand { try await command.run() } else { try command.run() }
        } catch let error as UsageError {
            Terminal.err("error: \(error.message)")
            Terminal.exit(2)
        } catch {
            let code = exitCode(for: error)
            let status: Int32 =
                switch code {
                case .success: 0
                case .validationFailure: 2
                default: code.rawValue
                }
            let message = fullMessage(for: error)
            if !message.isEmpty {
                if status == 0 { Terminal.out(message) } else { Terminal.err(message) }
            }
            Terminal.exit(status)
        }
    }

    static let configuration = CommandConfiguration(
        commandName: "replykit",
        abstract: "Render, check and explore multi-language customer-service replies.",
        discussion: """
            Messages are Unicode MessageFormat 2.0; numbers, prices, dates, plurals and lists are \
            formatted by ICU for the customer's locale.

            Exit status: 0 success, 1 the message or input had errors, 2 usage or I/O error.
            """,
        version: "replykit \(ReplyKitVersion.current) (ICU \(ICUVersion.current))",
        subcommands: [
            InitCommand.self, NewCommand.self, RenderCommand.self, ListCommand.self, InputsCommand.self, LintCommand.self,
            StaleCommand.self, StampCommand.self,
            XLIFFCommand.self, PreviewCommand.self, FormatCommand.self, ServeCommand.self,
        ]
    )
}

/// A usage or I/O problem found while running a command (exit status 2), said without the usage text.
struct UsageError: Error {
    let message: String
    init(_ message: String) { self.message = message }
}
