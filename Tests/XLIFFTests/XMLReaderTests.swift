import Testing

@testable import XLIFF

@Suite struct XMLReaderTests {
    private func parse(_ text: String) throws -> XMLElement {
        try XMLReader.parse(Array(text.utf8))
    }

    @Test func readsElementsAttributesTextAndNamespaces() throws {
        let root = try parse(
            """
            <?xml version="1.0" encoding="UTF-8"?>
            <!-- a comment -->
            <a xmlns="urn:x" xmlns:m="urn:m" k='v &amp; &quot;w&quot;'>
              <m:b n="1"/>text &lt;&#233;&#x4E2D;&gt;<![CDATA[<raw> & ]]><?pi ignored?>
            </a>
            """)
        #expect(root.name == "a")
        #expect(root.namespace == "urn:x")
        #expect(root.attribute("k") == "v & \"w\"")
        let child = try #require(root.elements.first)
        #expect(child.name == "b")
        #expect(child.namespace == "urn:m")
        #expect(child.attribute("n") == "1")
        #expect((child.line, child.column) == (4, 3))
        #expect(root.text == "\n  text <é中><raw> & \n")
    }

    @Test func attributeWhiteSpaceIsNormalizedButCharacterReferencesAreKept() throws {
        let root = try parse("<a v=\"x\ny&#10;z\tw\"/>")
        #expect(root.attribute("v") == "x y\nz w")
    }

    @Test func crlfBecomesLF() throws {
        let root = try parse("<a>one\r\ntwo\rthree</a>")
        #expect(root.text == "one\ntwo\nthree")
    }

    @Test(arguments: [
        (
            "<?xml version=\"1.0\"?>\n<!DOCTYPE x [<!ENTITY e SYSTEM \"file:///etc/passwd\">]>\n<x>&e;</x>", 2, 1,
            "document type declarations"
        ),
        ("<a>&e;</a>", 1, 4, "unknown entity '&e;'"),
        ("<a><b></a>", 1, 7, "found '</a>' where '</b>' was expected"),
        ("<a>\n  <b>\n", 3, 1, "the element '<b>' is not closed"),
        ("<a x=\"1\" x=\"2\"/>", 1, 10, "the attribute 'x' appears twice"),
        ("<a x=\"<\"/>", 1, 7, "'<' is not allowed in an attribute value"),
        ("<a>&#0;</a>", 1, 4, "'&#0;' is not a character XML allows"),
        ("<a/><b/>", 1, 5, "unexpected content after the root element"),
        ("<p:a/>", 1, 1, "the prefix 'p' in 'p:a' is not declared"),
        ("<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?><a/>", 1, 1, "only UTF-8 is read"),
        ("<a>\u{1}</a>", 1, 4, "the control character U+0001 is not allowed"),
    ])
    func malformedXMLIsAnErrorWithItsPosition(text: String, line: Int, column: Int, message: String) {
        #expect {
            _ = try parse(text)
        } throws: { error in
            guard let error = error as? XMLError else { return false }
            return error.line == line && error.column == column && error.message.contains(message)
        }
    }

    @Test func invalidUTF8IsReportedAtItsByte() {
        #expect {
            _ = try XMLReader.parse(Array("<a>é".utf8) + [0xC3, 0x28] + Array("</a>".utf8))
        } throws: { error in
            (error as? XMLError)?.message == "the file is not valid UTF-8 at byte 5; save it as UTF-8"
        }
    }

    @Test func deepNestingIsRefusedNotACrash() {
        let text = String(repeating: "<a>", count: 10_000) + String(repeating: "</a>", count: 10_000)
        #expect {
            _ = try parse(text)
        } throws: { error in
            (error as? XMLError)?.message.contains("nested more than 128 deep") == true
        }
    }

    @Test func writerEscapingReadsBackTheSameText() throws {
        let text = "a < b & c > d \"q\" 'a'\ttab\nline\rcr \u{7}bell"
        let xml = "<a v=\"\(XMLWriter.escapeAttribute(text))\">\(XMLWriter.escapeText(text))</a>"
        let root = try parse(xml)
        #expect(root.attribute("v") == "a < b & c > d \"q\" 'a'\ttab\nline\rcr \u{FFFD}bell")
        // In text, the bell becomes XLIFF's <cp hex="0007"/>: the text around it reads back exactly.
        #expect(root.text == "a < b & c > d \"q\" 'a'\ttab\nline\rcr bell")
        #expect(root.elements.first?.attribute("hex") == "0007")
    }
}
