import MessageFormatSyntax
import Testing

@Suite("Data-model validation")
struct ValidationTests {
    /// A source and the errors it must produce: kind, and the source text of the error's range.
    struct Case: Sendable, CustomStringConvertible {
        var source: String
        var expected: [(MessageErrorKind, String)]
        init(_ source: String, _ expected: (MessageErrorKind, String)...) {
            self.source = source
            self.expected = expected
        }
        var description: String { source.debugDescription }
    }

    static let cases: [Case] = [
        // Variant key mismatch: the variant with the wrong number of keys.
        Case(".input {$foo :x} .match $foo * * {{foo}}", (.variantKeyMismatch, "* * {{foo}}")),
        Case(".input {$foo :x} .input {$bar :x} .match $foo $bar * {{foo}}", (.variantKeyMismatch, "* {{foo}}")),
        Case(".input {$a :x} .match $a 1 2 {{Too many}} * {{Otherwise}}", (.variantKeyMismatch, "1 2 {{Too many}}")),
        // Missing fallback variant: the whole matcher.
        Case(".input {$foo :x} .match $foo 1 {{_}}", (.missingFallbackVariant, ".match $foo 1 {{_}}")),
        Case(
            ".input {$foo :x} .input {$bar :x} .match $foo $bar * 1 {{_}} 1 * {{_}}",
            (.missingFallbackVariant, ".match $foo $bar * 1 {{_}} 1 * {{_}}")),
        // Missing selector annotation: the selector.
        Case(".input {$foo} .match $foo one {{one}} * {{other}}", (.missingSelectorAnnotation, "$foo")),
        Case(".local $foo = {$bar} .match $foo one {{one}} * {{other}}", (.missingSelectorAnnotation, "$foo")),
        Case(".input {$bar} .local $foo = {$bar} .match $foo one {{one}} * {{other}}", (.missingSelectorAnnotation, "$foo")),
        Case(".local $one = {|The one|} .match $one 1 {{1}} * {{x}}", (.missingSelectorAnnotation, "$one")),
        Case(".match $undeclared 1 {{1}} * {{x}}", (.missingSelectorAnnotation, "$undeclared")),
        Case(".input {$a :f} .local $b = {$a} .local $c = {$b} .match $c 1 {{1}} * {{x}}"),
        Case(".local $b = {$a :f} .match $b 1 {{1}} * {{x}}"),
        // Duplicate declaration: the later declaration.
        Case(".input {$foo} .input {$foo} {{_}}", (.duplicateDeclaration, ".input {$foo}")),
        Case(".input {$foo} .local $foo = {42} {{_}}", (.duplicateDeclaration, ".local $foo = {42}")),
        Case(".local $foo = {42} .input {$foo} {{_}}", (.duplicateDeclaration, ".input {$foo}")),
        Case(".local $foo = {:unknown} .local $foo = {42} {{_}}", (.duplicateDeclaration, ".local $foo = {42}")),
        Case(".local $foo = {$bar} .local $bar = {42} {{_}}", (.duplicateDeclaration, ".local $bar = {42}")),
        Case(".local $foo = {$foo} {{_}}", (.duplicateDeclaration, ".local $foo = {$foo}")),
        Case(".local $foo = {$bar :func} .local $bar = {$baz} {{_}}", (.duplicateDeclaration, ".local $bar = {$baz}")),
        Case(".local $foo = {42 :func opt=$foo} {{_}}", (.duplicateDeclaration, ".local $foo = {42 :func opt=$foo}")),
        Case(".input {$foo :func opt=$foo} {{_}}", (.duplicateDeclaration, ".input {$foo :func opt=$foo}")),
        Case(
            ".input {$var :number minimumFractionDigits=$var2} .input {$var2 :number} {{_}}",
            (.duplicateDeclaration, ".input {$var2 :number}")),
        Case(".local $x = {$y} {{{$x} {$y}}}"),
        Case(".input {$x :number} .local $y = {$x :number} {{{$x :integer}}}"),
        // Duplicate option name: the repeated option, in expressions and markup, anywhere.
        Case("bad {:placeholder option=x option=x}", (.duplicateOptionName, "option=x")),
        Case("bad {:placeholder ns:option=x ns:option=y}", (.duplicateOptionName, "ns:option=y")),
        Case(".local $foo = {horse :ns:func one=1 two=2 one=1} {{This is {$foo}}}", (.duplicateOptionName, "one=1")),
        Case("{#b a=1 a=2}{/b c=1 c=$x}", (.duplicateOptionName, "a=2"), (.duplicateOptionName, "c=$x")),
        Case(".input {$x :f} .match $x * {{{:g k=1 k=1}}}", (.duplicateOptionName, "k=1")),
        Case("{:f a=1 b=1 a:b=1 A=1}"),
        // Duplicate variant: the later variant; keys compare by value, and NFC-equivalent keys are equal.
        Case(
            ".input {$var :string} .match $var * {{The first default}} * {{The second default}}",
            (.duplicateVariant, "* {{The second default}}")),
        Case(
            ".input {$x :string} .input {$y :string} .match $x $y * foo {{a}} bar * {{b}} * |foo| {{c}} * * {{d}}",
            (.duplicateVariant, "* |foo| {{c}}")),
        Case(
            ".input {$x :string} .match $x \u{1E0C}\u{0307} {{a}} |D\u{0323}\u{0307}| {{b}} * {{c}}",
            (.duplicateVariant, "|D\u{0323}\u{0307}| {{b}}")),
        Case(".local $star = {star :string} .match $star |*| {{Literal star}} * {{The default}}"),
        // Several errors at once, in source order.
        Case(
            ".input {$a} .input {$a :f opt=1 opt=2} .match $a $b 1 {{x}} 1 {{y}}",
            (.duplicateDeclaration, ".input {$a :f opt=1 opt=2}"),
            (.duplicateOptionName, "opt=2"),
            (.missingFallbackVariant, ".match $a $b 1 {{x}} 1 {{y}}"),
            (.missingSelectorAnnotation, "$b"),
            (.variantKeyMismatch, "1 {{x}}"),
            (.variantKeyMismatch, "1 {{y}}"),
            (.duplicateVariant, "1 {{y}}")),
        Case("Hello {$name}!"),
    ]

    @Test("finds every data-model error with its range", arguments: cases)
    func validates(testCase: Case) throws {
        let source = testCase.source
        let errors = try Message.parse(source).validate()
        #expect(errors.map(\.kind) == testCase.expected.map(\.0), "\(errors)")
        #expect(errors.map { slice(source, $0.range) } == testCase.expected.map(\.1))
    }

    @Test func detailsNameTheProblem() throws {
        let mismatch = try Message.parse(".input {$a :f} .match $a 1 2 {{x}} * {{y}}").validate()
        #expect(
            mismatch.first?.detail
                == "this variant has 2 keys but the matcher has 1 selector; a variant needs one key per selector")
        let duplicate = try Message.parse(".local $foo = {$foo} {{_}}").validate()
        #expect(duplicate.first?.detail == "$foo cannot be used in its own declaration")
        let fallback = try Message.parse(".input {$a :f} .input {$b :f} .match $a $b 1 1 {{x}}").validate()
        #expect(fallback.first?.detail == "add a fallback variant '* * {{…}}' whose keys are all '*'")
        let selector = try Message.parse(".match $x * {{x}}").validate()
        #expect(
            selector.first?.message.hasPrefix(
                "a selector does not refer to a declaration with a function: the selector $x is not declared") == true)
    }
}
