import Intl
import ReplyKit

/// The pieces every gallery page shares: the document around it, its style sheet, marks.
///
/// Every text from the catalog or a case goes through `HTML.escape` (the replies' own escaping);
/// rendered blocks are the library's HTML, escaped as it writes them. A page loads nothing: its
/// style is inline, and its content security policy forbids scripts and every other resource,
/// so a page can neither run code nor reach the network even if markup slipped in.
enum PreviewHTML {
    /// A whole page: `title` is plain text, `body` HTML.
    static func document(title: String, body: String) -> String {
        """
        <!DOCTYPE html>
        <html lang="en" dir="ltr">
        <head>
        <meta charset="utf-8">
        <meta name="viewport" content="width=device-width, initial-scale=1">
        <meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">
        <title>\(HTML.escape(title))</title>
        <style>
        \(styleSheet)
        </style>
        </head>
        <body>
        \(body)
        </body>
        </html>

        """
    }

    /// `lang` and `dir` attributes for text in `locale`.
    static func language(_ locale: LocaleID) -> String {
        "lang=\"\(HTML.escape(locale.identifier))\" dir=\"\(locale.isRightToLeft ? "rtl" : "ltr")\""
    }

    /// A visible mark (`stale`, `fallback: en`): text, not colour alone.
    static func mark(_ kind: String, _ text: String) -> String {
        "<span class=\"mark \(kind)\">\(HTML.escape(text))</span>"
    }

    /// The marks' meanings, shown at the top of each page.
    static let legend = """
        <p class="legend">\(mark("stale", "stale")) translated from an older version of the source block \
        \(mark("fallback", "fallback")) no translation: another locale’s text was used \
        \(mark("missing", "missing")) not translated \
        \(mark("left-out", "left out")) not rendered: the case lacks a value it needs</p>
        """

    static let styleSheet = """
        :root { color-scheme: light; font-family: system-ui, "Noto Sans", "DejaVu Sans", sans-serif; font-size: 15px;
          line-height: 1.45; color: #1f1f24; background: #fff; }
        body { margin: 1.5rem; }
        h1 { font-size: 1.45rem; margin: 0 0 .3rem; }
        nav { margin-bottom: .8rem; }
        a { color: #0b57d0; }
        .meta, .legend, .note { color: #4a4a55; margin: .3rem 0; }
        .note { background: #f3f3f7; border-inline-start: 4px solid #7a7a88; padding: .4rem .7rem; }
        .note.error { background: #fdecea; border-color: #c5221f; color: #5f1410; }
        table { border-collapse: collapse; margin-top: .8rem; }
        th, td { border: 1px solid #d4d4dc; padding: .45rem .6rem; vertical-align: top; text-align: start; }
        thead th { background: #f1f1f5; }
        .gallery { table-layout: fixed; width: 100%; min-width: calc(8rem + var(--columns) * 11rem); }
        .gallery th[scope=row] { width: 8rem; font-weight: normal; }
        .gallery td p { margin: 0 0 .4rem; }
        .gallery td p.subject { font-weight: 600; }
        .gallery td.stale { background: #fffaea; border-inline-start: 4px solid #d9a400; }
        .gallery td.fallback { background: #fff3f2; border-inline-start: 4px solid #d93025; }
        .gallery td.left-out, .gallery td.unused { color: #6b6b76; background: #fafafb; }
        .coverage { display: block; font-weight: normal; font-size: .8rem; color: #4a4a55; }
        .role { font-weight: normal; color: #4a4a55; font-size: .8rem; }
        .mark { display: inline-block; font-size: .75rem; font-weight: 600; line-height: 1.3; padding: 0 .45rem;
          border-radius: .7rem; margin: 0 0 .3rem; margin-inline-end: .3rem; border: 1px solid; }
        .mark.stale { background: #fff0bf; color: #5c4300; border-color: #d9a400; }
        .mark.fallback, .mark.missing { background: #ffdcd8; color: #7f1a11; border-color: #d93025; }
        .mark.left-out, .mark.unused { background: #ececf1; color: #44444f; border-color: #a6a6b3; }
        details { margin-top: .3rem; }
        summary { cursor: pointer; font-size: .78rem; color: #5a5a66; }
        pre { white-space: pre-wrap; overflow-wrap: anywhere; unicode-bidi: plaintext; font-size: .8rem;
          background: #f5f5f8; padding: .35rem .45rem; margin: .25rem 0 0; }
        ul.warnings { margin: 0; padding-inline-start: 1.1rem; font-size: .82rem; }
        .coverage-table td { font-variant-numeric: tabular-nums; white-space: nowrap; }
        .coverage-table td.complete { background: #eef7ee; }
        .coverage-table td.stale { background: #fffaea; }
        .coverage-table td.missing { background: #fff3f2; }
        .coverage-table .summary { display: block; font-weight: normal; color: #4a4a55; font-size: .82rem; }
        """
}
