import CatalogFiles
import ReplyLint
import Testing

/// A small catalog in memory: one template `t/x` and its translations, stamped with the current
/// version of each source block unless told otherwise.
struct MemoryCatalog {
    /// `[header]` (`greeting when customer.name`) and text of each source block.
    var source: [(header: String, text: String)]
    var inputs: [String]
    /// By locale tag: block id and text.
    var translations: [String: [(id: String, text: String)]] = [:]
    var targets: [String]? = nil
    var kind = "apology"

    static let templatePath = "templates/t/x.reply"
    static func translationPath(_ tag: String) -> String { "locales/\(tag)/t/x.reply" }

    var templateText: String {
        var text = "---\nkind: \(kind)\nchannels: [email]\nsummary: A test template.\ninputs:\n"
        for input in inputs { text += "  \(input)\n" }
        text += "---\n"
        text += source.map { block in
            let words = block.header.split(separator: " ", maxSplits: 1)
            let condition = words.count > 1 ? " " + words[1] : ""
            return "[\(words[0])]\(condition)\n\(block.text)\n"
        }.joined(separator: "\n")
        return text
    }

    var files: [String: String] {
        let tags = targets ?? translations.keys.sorted()
        var files = [
            "replykit.yaml": "source-locale: en\ntarget-locales: [\(tags.joined(separator: ", "))]\n",
            Self.templatePath: templateText,
        ]
        for (tag, blocks) in translations {
            files[Self.translationPath(tag)] = blocks.map { block in
                let sourceText = source.first { $0.header.split(separator: " ").first.map(String.init) == block.id }?.text ?? ""
                return "[\(block.id)] @\(blockHash(sourceText))\n\(block.text)\n"
            }.joined(separator: "\n")
        }
        return files
    }

    /// The findings of the catalog rules (optionally only `rule`).
    func findings(_ rule: String? = nil) -> [Finding] {
        Linter().lint(files: files).findings.filter { catalogRuleIDs.contains($0.rule) && (rule == nil || $0.rule == rule) }
    }

    /// The line of the first text line of the source block `id`.
    func sourceTextLine(_ id: String) -> Int {
        let lines = templateText.split(separator: "\n", omittingEmptySubsequences: false)
        return lines.firstIndex { $0 == "[\(id)]" || $0.hasPrefix("[\(id)] ") }! + 2
    }
}

@Suite("Catalog rules: a clean catalog")
struct CatalogRulesCleanTests {
    /// Plurals (cardinal and ordinal, through `.input` and `.local`), lists and their count,
    /// money, dates, numbers, markup with a variable option, in en, de, pl, ru and ar.
    static let catalog = MemoryCatalog(
        source: [
            ("greeting when customer.name", "Dear {$customer.name},"),
            ("greeting-anonymous otherwise", "Hello,"),
            (
                "items",
                """
                .input {$order.items.count :integer}
                .match $order.items.count
                one {{Your {$order.items :reply:list} arrived damaged.}}
                *   {{{$order.items.count} items arrived damaged: {$order.items :reply:list}.}}
                """
            ),
            (
                "refund",
                """
                .local $days = {$refund.days :integer}
                .match $days
                one {{We refunded {$refund :currency} on {$refunded :datetime dateLength=long}; it arrives within {$days} day.}}
                *   {{We refunded {$refund :currency} on {$refunded :datetime dateLength=long}; it arrives within {$days} days.}}
                """
            ),
            ("rating", "You rated us {$rating :number maximumFractionDigits=1} out of 5."),
            (
                "loyalty",
                """
                .input {$orders :integer select=ordinal}
                .match $orders
                one {{This is your {$orders}st order with us.}}
                two {{This is your {$orders}nd order with us.}}
                few {{This is your {$orders}rd order with us.}}
                *   {{This is your {$orders}th order with us.}}
                """
            ),
            ("help", "Read our {#link href=$help.url}help pages{/link}.{#br/}Thank you!"),
        ],
        inputs: [
            "customer.name: string?", "order.items: list", "refund: money", "refund.days: integer",
            "refunded: datetime", "rating: number", "orders: integer", "help.url: string",
        ],
        translations: [
            "de": [
                ("greeting", "Guten Tag {$customer.name},"),
                ("greeting-anonymous", "Guten Tag,"),
                (
                    "items",
                    """
                    .input {$order.items.count :integer}
                    .match $order.items.count
                    one {{Ihr Artikel {$order.items :reply:list} ist beschädigt angekommen.}}
                    *   {{{$order.items.count} Artikel sind beschädigt angekommen: {$order.items :reply:list}.}}
                    """
                ),
                (
                    "refund",
                    """
                    .local $days = {$refund.days :integer}
                    .match $days
                    one {{Wir haben {$refund :currency} am {$refunded :datetime dateLength=long} erstattet; der Betrag ist innerhalb von {$days} Tag bei Ihnen.}}
                    *   {{Wir haben {$refund :currency} am {$refunded :datetime dateLength=long} erstattet; der Betrag ist innerhalb von {$days} Tagen bei Ihnen.}}
                    """
                ),
                ("rating", "Sie haben uns mit {$rating :number maximumFractionDigits=1} von 5 bewertet."),
                (
                    "loyalty",
                    """
                    .input {$orders :integer select=ordinal}
                    .match $orders
                    * {{Das ist Ihre {$orders}. Bestellung bei uns.}}
                    """
                ),
                ("help", "Lesen Sie unsere {#link href=$help.url}Hilfeseiten{/link}.{#br/}Vielen Dank!"),
            ],
            "pl": [
                ("greeting", "Dzień dobry {$customer.name},"),
                ("greeting-anonymous", "Dzień dobry,"),
                (
                    "items",
                    """
                    .input {$order.items.count :integer}
                    .match $order.items.count
                    one  {{Twój produkt {$order.items :reply:list} dotarł uszkodzony.}}
                    few  {{{$order.items.count} produkty dotarły uszkodzone: {$order.items :reply:list}.}}
                    many {{{$order.items.count} produktów dotarło uszkodzonych: {$order.items :reply:list}.}}
                    *    {{{$order.items.count} produktu dotarło uszkodzonego: {$order.items :reply:list}.}}
                    """
                ),
                (
                    "refund",
                    """
                    .local $days = {$refund.days :integer}
                    .match $days
                    one  {{Zwróciliśmy {$refund :currency} dnia {$refunded :datetime dateLength=long}; pieniądze dotrą w ciągu {$days} dnia.}}
                    few  {{Zwróciliśmy {$refund :currency} dnia {$refunded :datetime dateLength=long}; pieniądze dotrą w ciągu {$days} dni.}}
                    many {{Zwróciliśmy {$refund :currency} dnia {$refunded :datetime dateLength=long}; pieniądze dotrą w ciągu {$days} dni.}}
                    *    {{Zwróciliśmy {$refund :currency} dnia {$refunded :datetime dateLength=long}; pieniądze dotrą w ciągu {$days} dnia.}}
                    """
                ),
                ("rating", "Oceniono nas na {$rating :number maximumFractionDigits=1} na 5."),
                (
                    "loyalty",
                    """
                    .input {$orders :integer select=ordinal}
                    .match $orders
                    * {{To Twoje {$orders}. zamówienie u nas.}}
                    """
                ),
                ("help", "Zajrzyj na nasze {#link href=$help.url}strony pomocy{/link}.{#br/}Dziękujemy!"),
            ],
            "ru": [
                ("greeting", "Здравствуйте, {$customer.name}!"),
                ("greeting-anonymous", "Здравствуйте!"),
                (
                    "items",
                    """
                    .input {$order.items.count :integer}
                    .match $order.items.count
                    one  {{{$order.items.count} товар пришёл повреждённым: {$order.items :reply:list}.}}
                    few  {{{$order.items.count} товара пришли повреждёнными: {$order.items :reply:list}.}}
                    many {{{$order.items.count} товаров пришли повреждёнными: {$order.items :reply:list}.}}
                    *    {{{$order.items.count} товара пришли повреждёнными: {$order.items :reply:list}.}}
                    """
                ),
                (
                    "refund",
                    """
                    .local $days = {$refund.days :integer}
                    .match $days
                    one  {{Мы вернули {$refund :currency} {$refunded :datetime dateLength=long}; деньги поступят в течение {$days} дня.}}
                    few  {{Мы вернули {$refund :currency} {$refunded :datetime dateLength=long}; деньги поступят в течение {$days} дней.}}
                    many {{Мы вернули {$refund :currency} {$refunded :datetime dateLength=long}; деньги поступят в течение {$days} дней.}}
                    *    {{Мы вернули {$refund :currency} {$refunded :datetime dateLength=long}; деньги поступят в течение {$days} дня.}}
                    """
                ),
                ("rating", "Вы оценили нас на {$rating :number maximumFractionDigits=1} из 5."),
                (
                    "loyalty",
                    """
                    .input {$orders :integer select=ordinal}
                    .match $orders
                    * {{Это ваш {$orders}-й заказ у нас.}}
                    """
                ),
                ("help", "Загляните в наш {#link href=$help.url}справочный раздел{/link}.{#br/}Спасибо!"),
            ],
            "ar": [
                ("greeting", "مرحبًا {$customer.name}،"),
                ("greeting-anonymous", "مرحبًا،"),
                (
                    "items",
                    """
                    .input {$order.items.count :integer}
                    .match $order.items.count
                    zero {{لم يصلكم أي منتج تالفًا.}}
                    one  {{وصل المنتج {$order.items :reply:list} تالفًا.}}
                    two  {{وصل منتجان تالفان: {$order.items :reply:list}.}}
                    few  {{وصلت {$order.items.count} منتجات تالفة: {$order.items :reply:list}.}}
                    many {{وصل {$order.items.count} منتجًا تالفًا: {$order.items :reply:list}.}}
                    *    {{وصل {$order.items.count} منتج تالفًا: {$order.items :reply:list}.}}
                    """
                ),
                (
                    "refund",
                    """
                    .local $days = {$refund.days :integer}
                    .match $days
                    zero {{أعدنا {$refund :currency} في {$refunded :datetime dateLength=long}، وسيصلكم المبلغ في اليوم نفسه.}}
                    one  {{أعدنا {$refund :currency} في {$refunded :datetime dateLength=long}، وسيصلكم المبلغ خلال يوم واحد.}}
                    two  {{أعدنا {$refund :currency} في {$refunded :datetime dateLength=long}، وسيصلكم المبلغ خلال يومين.}}
                    few  {{أعدنا {$refund :currency} في {$refunded :datetime dateLength=long}، وسيصلكم المبلغ خلال {$days} أيام.}}
                    many {{أعدنا {$refund :currency} في {$refunded :datetime dateLength=long}، وسيصلكم المبلغ خلال {$days} يومًا.}}
                    *    {{أعدنا {$refund :currency} في {$refunded :datetime dateLength=long}، وسيصلكم المبلغ خلال {$days} يوم.}}
                    """
                ),
                ("rating", "قيّمتمونا بـ {$rating :number maximumFractionDigits=1} من 5."),
                (
                    "loyalty",
                    """
                    .input {$orders :integer select=ordinal}
                    .match $orders
                    * {{هذا طلبكم رقم {$orders} لدينا.}}
                    """
                ),
                ("help", "اطّلعوا على {#link href=$help.url}صفحات المساعدة{/link}.{#br/}شكرًا لكم!"),
            ],
        ]
    )

    @Test("a complete, correct catalog has no findings from the catalog rules")
    func cleanCatalog() {
        let findings = Self.catalog.findings()
        #expect(findings.isEmpty, "\(findings.map(\.description).joined(separator: "\n"))")
    }

    @Test("the same catalog with one block left out of one locale has exactly one finding")
    func oneDefect() {
        var catalog = Self.catalog
        catalog.translations["ru"]?.removeAll { $0.id == "rating" }
        let findings = catalog.findings()
        #expect(findings.map(\.rule) == ["missing-translation"])
        #expect(findings.first?.locale == "ru" && findings.first?.message.contains("'rating'") == true)
    }
}

@Suite("Catalog rules: behaviour of single rules")
struct CatalogRulesBehaviourTests {
    // MARK: plural-one-without-number

    /// Whether `one` covers more than 1, per locale, as ICU's CLDR rules say.
    @Test(
        "a 'one' variant without the number is flagged where 'one' also covers 21, 31…",
        arguments: [
            ("ru", true), ("uk", true), ("be", true), ("lt", true), ("is", true),
            ("pl", false), ("de", false), ("ar", false), ("fr", false), ("ja", false),
        ])
    func oneWithoutNumber(_ locale: String, _ flagged: Bool) {
        let catalog = MemoryCatalog(
            source: [("items", ".input {$n :integer}\n.match $n\none {{one parcel}}\n* {{{$n} parcels}}")],
            inputs: ["n: integer"],
            translations: [locale: [("items", ".input {$n :integer}\n.match $n\none {{eine Sendung}}\n* {{{$n} Sendungen}}")]]
        )
        let findings = catalog.findings("plural-one-without-number")
        #expect(
            findings.map { "\($0.file):\($0.line):\($0.column)" }
                == (flagged ? ["\(MemoryCatalog.translationPath(locale)):4:1"] : []))
    }

    @Test("a 'one' variant that shows the number through another variable is fine")
    func oneShowsNumberThroughAlias() {
        let catalog = MemoryCatalog(
            source: [("items", ".local $n = {$order.items.count :integer}\n.match $n\none {{one item}}\n* {{{$n} items}}")],
            inputs: ["order.items: list"],
            translations: [
                "ru": [
                    (
                        "items",
                        """
                        .local $n = {$order.items.count :integer}
                        .match $n
                        one {{{$order.items.count} товар}}
                        few {{{$n} товара}}
                        many {{{$n} товаров}}
                        * {{{$n} товара}}
                        """
                    )
                ]
            ]
        )
        #expect(catalog.findings().isEmpty)
    }

    // MARK: plural-completeness

    @Test(
        "plural categories are checked through .local, per selector, and not for exact or string selection",
        arguments: [
            (".local $c = {$n :integer}\n.match $c\none {{a}}\n* {{b}}", ["'few', 'many'"]),
            (".input {$n :number select=exact}\n.match $n\n1 {{a}}\n* {{b}}", []),
            (".input {$s :string}\n.match $s\none {{a}}\n* {{b}}", []),
            (".input {$n :integer}\n.input {$s :string}\n.match $s $n\na one {{a}}\na few {{b}}\n* * {{c}}", ["'many'"]),
            (".input {$n :integer select=ordinal}\n.match $n\n* {{b}}", []),
        ])
    func pluralCompletenessInPolish(_ text: String, _ missing: [String]) {
        let catalog = MemoryCatalog(
            source: [("body", "{$n} {$s}")],
            inputs: ["n: integer", "s: string"],
            translations: ["pl": [("body", text)]]
        )
        let findings = catalog.findings("plural-completeness")
        #expect(findings.count == missing.count)
        for (finding, categories) in zip(findings, missing) {
            #expect(finding.message.contains(categories), "\(finding.message)")
            #expect(finding.file == MemoryCatalog.translationPath("pl"))
        }
    }

    @Test("English ordinals need one, two and few")
    func ordinalSource() throws {
        let catalog = MemoryCatalog(
            source: [("body", ".input {$n :integer select=ordinal}\n.match $n\none {{{$n}st}}\n* {{{$n}th}}")],
            inputs: ["n: integer"]
        )
        let finding = try #require(catalog.findings("plural-completeness").first)
        #expect(finding.message.contains("'two', 'few'") && finding.message.contains("ordinal"))
        #expect(finding.line == catalog.sourceTextLine("body") + 1 && finding.column == 8)
    }

    // MARK: type-misuse

    @Test(
        "functions against declared types",
        arguments: [
            ("currency", "string", true), ("currency", "money", false), ("currency", "number", false),
            ("currency", "integer", false), ("number", "string", true), ("number", "money", false),
            ("integer", "list", true), ("percent", "boolean", true), ("offset", "a | b", true),
            ("number", "date", true), ("date", "string", true), ("date", "datetime", false), ("time", "date", false),
            ("datetime", "integer", true), ("reply:list", "string", true), ("reply:list", "list", false),
            ("string", "integer", false), ("reply:relative", "number", false),
        ])
    func typeMisuse(_ function: String, _ type: String, _ flagged: Bool) {
        let catalog = MemoryCatalog(source: [("body", "{$v :\(function)}")], inputs: ["v: \(type)"])
        let findings = catalog.findings("type-misuse")
        #expect(findings.map { "\($0.line):\($0.column)" } == (flagged ? ["\(catalog.sourceTextLine("body")):5"] : []))
    }

    @Test("type-misuse follows .local aliases and knows a list's count is an integer")
    func typeMisuseThroughAliases() {
        let catalog = MemoryCatalog(
            source: [
                (
                    "body",
                    ".local $when = {$order.id}\n{{{$when :date} {$order.items.count :datetime} {$order.items.count :integer}}}"
                )
            ],
            inputs: ["order.id: string", "order.items: list"]
        )
        let findings = catalog.findings("type-misuse")
        #expect(findings.count == 2)
        #expect(findings.contains { $0.message.contains("$when is declared as a string") })
        #expect(findings.contains { $0.message.contains("a list's count") })
    }

    // MARK: undeclared-variable, unknown-function, unused-input

    @Test("locals, list counts and inputs are declared; each unknown name is reported once per block")
    func undeclaredAndUnknown() {
        let catalog = MemoryCatalog(
            source: [
                (
                    "body",
                    """
                    .local $n = {$order.items.count :integer}
                    {{{$n} {$order.itms} {$order.itms} {$total :numbr} {$total :numbr} {$order.items :list}}}
                    """
                )
            ],
            inputs: ["order.items: list"]
        )
        let undeclared = catalog.findings("undeclared-variable")
        #expect(
            undeclared.map(\.message).sorted() == [
                "$order.itms is not a declared input of t/x (did you mean $order.items?); used 2 times in this block",
                "$total is not a declared input of t/x; used 2 times in this block",
            ])
        let unknown = catalog.findings("unknown-function")
        #expect(
            unknown.map(\.message).sorted() == [
                "unknown function ':list' (did you mean ':reply:list'?)",
                "unknown function ':numbr' (did you mean ':number'?); used 2 times in this block",
            ])
    }

    @Test(
        "a malformed input declaration is reported in the header, not at every use",
        arguments: [
            (["refund: mony", "n: integer"], ["$nn"]),
            (["refund: money | ", "n: integer"], ["$nn"]),
            (["- refund", "- n"], []),  // inputs: is not a map: nothing is known to be undeclared
        ])
    func malformedInputs(_ inputs: [String], _ undeclared: [String]) {
        let catalog = MemoryCatalog(source: [("body", "{$refund :currency} {$n :integer} {$nn}")], inputs: inputs)
        let findings = catalog.findings()
        #expect(findings.contains { $0.rule == "catalog-syntax" && $0.line < 10 })
        let found = findings.filter { $0.rule == "undeclared-variable" }.map { String($0.message.prefix { $0 != " " }) }
        #expect(found == undeclared)
    }

    @Test("an input counts as used in a condition, as a list's count or as an option value; optional inputs are not checked")
    func unusedInputs() {
        let catalog = MemoryCatalog(
            source: [
                ("a when remedy = refund", "{$n :number maximumFractionDigits=$digits}"),
                ("b", "{$order.items.count}"),
            ],
            inputs: [
                "remedy: refund | replacement", "n: number", "digits: integer", "order.items: list",
                "note: string?", "forgotten: money",
            ]
        )
        let findings = catalog.findings("unused-input")
        #expect(findings.map(\.message) == ["input 'forgotten' is required, but no block of t/x uses it"])
        #expect(findings.first?.line == 11 && findings.first?.column == 3)
    }

    // MARK: whitespace

    @Test(
        "white space in text, not in syntax",
        arguments: [
            ("Hello there ", ["0:12 spaces at the end"]),
            ("Hello  there", ["0:6 2 spaces in a row"]),
            ("Hello,\n   world", ["1:1 spaces at the start"]),
            ("Hello,  \nworld", ["0:7 spaces at the end"]),
            (" {$x}", ["0:1 spaces at the start"]),
            ("{$x}   {$x}", ["0:5 3 spaces in a row"]),
            ("{   $x   }  done", ["0:11 2 spaces in a row"]),
            (".input {$x :string}\n.match $x\na    {{fine}}\n*    {{ padded}}", ["3:8 spaces at the start"]),
            ("Hello there", []),
            ("{$x} {$x}", []),
            ("Line one\n\nLine two", []),
        ])
    func whitespace(_ text: String, _ expected: [String]) {
        let catalog = MemoryCatalog(source: [("body", text)], inputs: ["x: string"])
        let first = catalog.sourceTextLine("body")
        let found = catalog.findings("whitespace").map { finding in
            "\(finding.line - first):\(finding.column) " + finding.message.replacing("block 'body': ", with: "")
        }
        #expect(found.count == expected.count)
        for (got, want) in zip(found, expected) { #expect(got.hasPrefix(want), "\(got)") }
    }

    // MARK: unchanged-translation, empty-translation, parity

    @Test(
        "a copied block is flagged only when it has words",
        arguments: [
            ("Order {$order.id}", true), ("{$order.id}", false), ("#{$order.id} – 2026", false), ("Kowalski & Co.", true),
        ])
    func unchanged(_ text: String, _ flagged: Bool) {
        let catalog = MemoryCatalog(
            source: [("body", text)], inputs: ["order.id: string?"], translations: ["de": [("body", text)]])
        #expect(catalog.findings("unchanged-translation").count == (flagged ? 1 : 0))
        #expect(catalog.findings().filter { $0.rule != "unchanged-translation" }.isEmpty)
    }

    @Test("markup is compared per variant, as a multiset")
    func markupCounts() {
        let source = ".input {$n :integer}\n.match $n\none {{{#b}one{/b}}}\n* {{{#b}{$n}{/b}}}"
        let twice = ".input {$n :integer}\n.match $n\none {{{#b}eins{/b}}}\n* {{{#b}{$n}{/b} {#b}mal{/b}}}"
        let same = ".input {$n :integer}\n.match $n\none {{{#b}ein{/b}}}\n* {{{#b}{$n}{/b}}}"
        let lost = ".input {$n :integer}\n.match $n\none {{ein}}\n* {{{$n}}}"
        func findings(_ text: String) -> [Finding] {
            MemoryCatalog(source: [("body", source)], inputs: ["n: integer"], translations: ["de": [("body", text)]]).findings(
                "markup-parity")
        }
        #expect(findings(same).isEmpty)
        #expect(
            findings(twice).map(\.message) == ["block 'body' has different markup than the source: not in the source {#b}, {/b}"])
        #expect(findings(lost).map(\.message) == ["block 'body' has different markup than the source: missing {#b}, {/b}"])
        #expect(findings(lost).first?.column == 1)
    }

    @Test("an empty block is reported once, not also as a parity problem")
    func emptyBlock() {
        let catalog = MemoryCatalog(
            source: [("body", "Order {$order.id}")], inputs: ["order.id: string"], translations: ["de": [("body", "")]])
        #expect(catalog.findings().map(\.rule) == ["empty-translation"])
    }

    // MARK: catalog-syntax, mf2-data-model, obsolete-block

    @Test(
        "data-model errors go to mf2-data-model, syntax errors stay in catalog-syntax",
        arguments: [
            (".input {$n :integer}\n.match $n\none {{a}}", "mf2-data-model"),
            (".input {$n :integer}\n.input {$n :integer}\n{{a}}", "mf2-data-model"),
            ("{$n :number minimumFractionDigits=1 minimumFractionDigits=2}", "mf2-data-model"),
            (".input {$n :integer}\n.match $n\none two {{a}}\n* {{b}}", "mf2-data-model"),
            ("{$n", "catalog-syntax"),
        ])
    func dataModelOrSyntax(_ text: String, _ rule: String) {
        let catalog = MemoryCatalog(source: [("body", text)], inputs: ["n: integer"])
        let rules = Set(catalog.findings().map(\.rule))
        #expect(rules.contains(rule))
        #expect(!rules.contains(rule == "catalog-syntax" ? "mf2-data-model" : "catalog-syntax"))
    }

    @Test("an obsolete block is reported in its block, so an annotation there suppresses it")
    func obsoleteBlockSuppression() {
        let catalog = MemoryCatalog(source: [("body", "Hello")], inputs: [], translations: ["de": [("body", "Hallo")]])
        var files = catalog.files
        let path = MemoryCatalog.translationPath("de")
        func rules() -> [String] {
            Linter().lint(files: files).findings.map(\.rule).filter { catalogRuleIDs.contains($0) || $0.contains("suppression") }
        }
        files[path]! += "\n[old]\nAlt\n"
        #expect(rules() == ["obsolete-block"])
        files[path]! += "\n[older]\n#: lint-disable obsolete-block: kept until the March release\nÄlter\n"
        #expect(rules() == ["obsolete-block"])
    }
}
