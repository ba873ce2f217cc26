import ExactJSON
import Testing

@Suite struct JSONWriterTests {
    static func text(_ writer: JSONWriter) -> String { String(decoding: writer.bytes, as: UTF8.self) }

    @Test func placesCommasAndColonsInNestedContainers() {
        var writer = JSONWriter()
        writer.object { writer in
            writer.member("id", "a-1")
            writer.member("note", nil)
            writer.key("tags")
            writer.array { writer in
                writer.string("x")
                writer.array { _ in }
                writer.object { _ in }
                writer.number("-1.50")
                writer.bool(false)
                writer.null()
            }
            writer.key("empty")
            writer.object { _ in }
        }
        #expect(Self.text(writer) == #"{"id":"a-1","note":null,"tags":["x",[],{},-1.50,false,null],"empty":{}}"#)
    }

    @Test func escapesKeysAndStringsAsJSONDoes() {
        var writer = JSONWriter()
        writer.object { writer in
            writer.member("a\"b", "line\nbreak\t\u{1}\u{2028}\\ é")
        }
        #expect(Self.text(writer) == #"{"a\"b":"line\nbreak\t\u0001\u2028\\ é"}"#)
    }

    /// Other characters that start with the byte of U+2028's first (E2) stay as they are, and
    /// escapes at either end of a string or side by side are each written.
    @Test(arguments: [
        ("Ihre Bestellung – das tut uns leid", #""Ihre Bestellung – das tut uns leid""#),
        ("„Teekanne“ ‘x’ …\u{2029}", #""„Teekanne“ ‘x’ …\u2029""#),
        ("\u{2028}", #""\u2028""#),
        ("\"\"\\", #""\"\"\\""#),
        ("\nab\u{1F}", #""\nab\u001f""#),
        ("日本\u{7F}", "\"日本\u{7F}\""),
        ("", #""""#),
    ])
    func writesEachStringByteForByteOrEscaped(text: String, expected: String) {
        var writer = JSONWriter()
        writer.string(text)
        #expect(Self.text(writer) == expected)
    }

    @Test func writesATreeAsSerializedDoes() throws {
        let json = try JSON.parse(#"{"b": [1, 2.50, {"c": null}], "a": "x\ty", "d": true}"#)
        var writer = JSONWriter()
        writer.array { writer in
            writer.value(json)
            writer.value(json)
        }
        #expect(
            Self.text(writer) == #"[{"b":[1,2.50,{"c":null}],"a":"x\ty","d":true},{"b":[1,2.50,{"c":null}],"a":"x\ty","d":true}]"#
        )
        #expect(json.serialized == #"{"b":[1,2.50,{"c":null}],"a":"x\ty","d":true}"#)
    }
}
