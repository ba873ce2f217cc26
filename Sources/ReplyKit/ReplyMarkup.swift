/// The markup a reply's text may use: the one list the renderers (HTML, Markdown, text) give a
/// form to, and that `replykit lint` checks templates against (`unknown-markup`). Any other name
/// is left out of the reply with a ``RenderWarning/Kind/unknownMarkup(name:)`` warning.
///
/// The renderers switch over these cases, so a name added here must be given a form in each of
/// them before the package builds.
public enum ReplyMarkup: String, Sendable, Hashable, CaseIterable {
    /// `{#b}…{/b}`: strong emphasis (`<strong>`, `**…**`; plain in text).
    case b
    /// `{#i}…{/i}`: emphasis (`<em>`, `*…*`; plain in text).
    case i
    /// `{#link href=…}…{/link}`: a link to an http, https or mailto address.
    case link
    /// `{#br/}`: a line break within a paragraph.
    case br
}
