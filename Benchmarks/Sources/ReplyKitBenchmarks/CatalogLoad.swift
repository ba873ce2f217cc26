import Glibc
import ReplyKit
import ReplyLint

// Load time of a generated catalog: 1,000 templates × 10 locales (source en and 9 targets), each
// template about the size of the shipped ones (a header with six inputs, eight blocks with a
// plural `.match`, a list, a long date and a price), each translation complete and stamped with
// its source block's hash. Measured from memory (ReplyCatalog(files:)) and, separately, from a
// directory under /tmp (ReplyCatalog(directory:), the files' reading included; the page cache is
// warm since the files were just written). Target: about one second.

/// One locale's wording of the generated template; `R-N` stands for the template's number.
struct Phrasebook {
    let locale: String
    let subject: String
    let greeting: String
    let greetingAnonymous: String
    /// The apology's variants by plural key, the catch-all `*` last.
    let apology: [(key: String, text: String)]
    let acknowledgement: String
    let refund: String
    let replacement: String
    let closing: String

    /// The block texts, by block id, in source order.
    func blocks(number: Int) -> [(id: String, text: String)] {
        let tag = "R-\(number)"
        let width = apology.map(\.key.count).max() ?? 1
        let variants = apology.map { variant in
            variant.key + String(repeating: " ", count: width - variant.key.count + 1) + "{{" + variant.text + "}}"
        }
        let match = ([".input {$order.items.count :integer}", ".match $order.items.count"] + variants).joined(separator: "\n")
        return [
            ("subject", subject), ("greeting", greeting), ("greeting-anonymous", greetingAnonymous), ("apology", match),
            ("acknowledgement", acknowledgement), ("remedy-refund", refund), ("remedy-replacement", replacement),
            ("closing", closing),
        ].map { ($0.0, $0.1.replacing("R-N", with: tag)) }
    }
}

enum GeneratedCatalog {
    static let conditions = [
        "greeting": " when customer.name", "greeting-anonymous": " otherwise",
        "remedy-refund": " when remedy = refund", "remedy-replacement": " when remedy = replacement",
    ]
    static let kinds = ["apology", "remedy", "review-response", "acknowledgement", "follow-up"]
    static let channels = ["[email, chat]", "[email]", "[email, chat, sms]", "[marketplace, email]", "[google-play]"]

    /// The in-memory catalog: catalog-relative path → text.
    static func files(templates count: Int) -> [String: String] {
        let source = phrasebooks[0]
        let targets = phrasebooks.dropFirst()
        var files = [
            "replykit.yaml":
                "source-locale: \(source.locale)\ntarget-locales: [\(targets.map(\.locale).joined(separator: ", "))]\n"
        ]
        for number in 1...count {
            let kind = kinds[number % kinds.count]
            let id = "\(kind)/generated-\(number)"
            let sourceBlocks = source.blocks(number: number)
            var template = """
                ---
                kind: \(kind)
                channels: \(channels[number % channels.count])
                summary: Generated template \(number); items arrived in a bad state, apologise and confirm the remedy.
                inputs:
                  customer.name: string?
                  order.id: string
                  order.items: list
                  delivered: date
                  remedy: refund | replacement
                  refund: money?
                ---

                """
            for block in sourceBlocks {
                template += "[\(block.id)]\(conditions[block.id] ?? "")\n\(block.text)\n\n"
            }
            files["templates/\(id).reply"] = template
            let stamps = Dictionary(uniqueKeysWithValues: sourceBlocks.map { ($0.id, fnv1aStamp($0.text)) })
            for book in targets {
                var translation = ""
                for block in book.blocks(number: number) {
                    translation += "[\(block.id)] @\(stamps[block.id]!)\n\(block.text)\n\n"
                }
                files["locales/\(book.locale)/\(id).reply"] = translation
            }
        }
        return files
    }

    /// The first 32 bits of FNV-1a 64 over the text's UTF-8, as eight hex digits (docs/template-format.md).
    static func fnv1aStamp(_ text: String) -> String {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in text.utf8 {
            hash ^= UInt64(byte)
            hash &*= 0x0000_0100_0000_01b3
        }
        let digits = String(hash >> 32, radix: 16)
        return String(repeating: "0", count: 8 - digits.count) + digits
    }

    /// Checks that every template loaded with every block translated and none stale.
    static func check(_ catalog: ReplyCatalog, templates count: Int) {
        require(catalog.templateIDs.count == count, "\(catalog.templateIDs.count) templates loaded, expected \(count)")
        require(
            catalog.locales.count == phrasebooks.count, "\(catalog.locales.count) locales loaded, expected \(phrasebooks.count)")
        for id in catalog.templateIDs {
            guard let info = catalog.info(id) else { fatalError("no info for \(id)") }
            for (locale, translated, stale) in info.coverage {
                require(
                    translated == info.blocks.count && stale == 0,
                    "\(id) in \(locale): \(translated) of \(info.blocks.count) blocks translated, \(stale) stale")
            }
        }
    }

    static let phrasebooks: [Phrasebook] = [
        Phrasebook(
            locale: "en",
            subject: "Your order {$order.id}: an update on request R-N",
            greeting: "Dear {$customer.name},",
            greetingAnonymous: "Hello,",
            apology: [
                ("one", "We are truly sorry that your {$order.items :reply:list} did not arrive as expected (request R-N)."),
                (
                    "*",
                    "We are truly sorry that {$order.items.count} items from your order did not arrive as expected: {$order.items :reply:list} (request R-N)."
                ),
            ],
            acknowledgement:
                "Thank you for letting us know. Your order {$order.id} was delivered on {$delivered :date length=long}, and we understand how frustrating it is when something goes wrong with a delivery you have been looking forward to.",
            refund:
                "We have refunded {$refund :currency} to your original payment method. The money will reach you within a few business days.",
            replacement:
                "We are sending you a replacement free of charge, and we will e-mail you the tracking number as soon as it is on its way.",
            closing:
                "Thank you for your patience and understanding. If there is anything else we can do for you, we are happy to help.\n\nKind regards,\nThe Customer Service Team"
        ),
        Phrasebook(
            locale: "de",
            subject: "Ihre Bestellung {$order.id}: Neuigkeiten zu Anfrage R-N",
            greeting: "Guten Tag {$customer.name},",
            greetingAnonymous: "Guten Tag,",
            apology: [
                (
                    "one",
                    "es tut uns aufrichtig leid, dass Ihr Artikel „{$order.items :reply:list}“ nicht wie erwartet angekommen ist (Anfrage R-N)."
                ),
                (
                    "*",
                    "es tut uns aufrichtig leid, dass {$order.items.count} Artikel aus Ihrer Bestellung nicht wie erwartet angekommen sind: {$order.items :reply:list} (Anfrage R-N)."
                ),
            ],
            acknowledgement:
                "Danke, dass Sie uns Bescheid gegeben haben. Ihre Bestellung {$order.id} wurde am {$delivered :date length=long} zugestellt, und wir verstehen gut, wie ärgerlich es ist, wenn bei einer lang erwarteten Lieferung etwas schiefgeht.",
            refund:
                "Wir haben Ihnen {$refund :currency} über Ihre ursprüngliche Zahlungsart erstattet. Der Betrag wird Ihnen in wenigen Werktagen gutgeschrieben.",
            replacement:
                "Wir schicken Ihnen kostenlos Ersatz und senden Ihnen die Sendungsnummer per E-Mail, sobald das Paket unterwegs ist.",
            closing:
                "Vielen Dank für Ihre Geduld und Ihr Verständnis. Wenn wir sonst noch etwas für Sie tun können, sind wir gern für Sie da.\n\nMit freundlichen Grüßen\nIhr Kundenservice-Team"
        ),
        Phrasebook(
            locale: "fr",
            subject: "Votre commande {$order.id} : point sur la demande R-N",
            greeting: "Bonjour {$customer.name},",
            greetingAnonymous: "Bonjour,",
            apology: [
                (
                    "one",
                    "Nous sommes sincèrement désolés que votre article {$order.items :reply:list} ne soit pas arrivé comme prévu (demande R-N)."
                ),
                (
                    "*",
                    "Nous sommes sincèrement désolés que {$order.items.count} articles de votre commande ne soient pas arrivés comme prévu : {$order.items :reply:list} (demande R-N)."
                ),
            ],
            acknowledgement:
                "Merci de nous avoir prévenus. Votre commande {$order.id} a été livrée le {$delivered :date length=long}, et nous comprenons combien il est frustrant qu’une livraison attendue avec impatience se passe mal.",
            refund:
                "Nous vous avons remboursé {$refund :currency} sur votre moyen de paiement d’origine. Le montant vous parviendra sous quelques jours ouvrés.",
            replacement:
                "Nous vous envoyons gratuitement un article de remplacement et vous communiquerons le numéro de suivi par e-mail dès son expédition.",
            closing:
                "Merci de votre patience et de votre compréhension. Si nous pouvons faire autre chose pour vous, nous restons à votre disposition.\n\nCordialement,\nL’équipe du service client"
        ),
        Phrasebook(
            locale: "es",
            subject: "Su pedido {$order.id}: novedades sobre la solicitud R-N",
            greeting: "Estimado/a {$customer.name}:",
            greetingAnonymous: "Hola:",
            apology: [
                (
                    "one",
                    "Lamentamos sinceramente que su artículo {$order.items :reply:list} no llegara como esperaba (solicitud R-N)."
                ),
                (
                    "*",
                    "Lamentamos sinceramente que {$order.items.count} artículos de su pedido no llegaran como esperaba: {$order.items :reply:list} (solicitud R-N)."
                ),
            ],
            acknowledgement:
                "Gracias por avisarnos. Su pedido {$order.id} se entregó el {$delivered :date length=long}, y entendemos lo frustrante que es que algo salga mal con un envío que esperaba con ilusión.",
            refund:
                "Le hemos reembolsado {$refund :currency} en su método de pago original. El importe le llegará en unos pocos días hábiles.",
            replacement:
                "Le enviamos un artículo de sustitución sin coste y le mandaremos el número de seguimiento por correo electrónico en cuanto salga.",
            closing:
                "Gracias por su paciencia y comprensión. Si podemos ayudarle en algo más, estaremos encantados de hacerlo.\n\nUn cordial saludo,\nEl equipo de atención al cliente"
        ),
        Phrasebook(
            locale: "it",
            subject: "Il tuo ordine {$order.id}: aggiornamento sulla richiesta R-N",
            greeting: "Gentile {$customer.name},",
            greetingAnonymous: "Buongiorno,",
            apology: [
                (
                    "one",
                    "Ci dispiace davvero che il tuo articolo {$order.items :reply:list} non sia arrivato come previsto (richiesta R-N)."
                ),
                (
                    "*",
                    "Ci dispiace davvero che {$order.items.count} articoli del tuo ordine non siano arrivati come previsto: {$order.items :reply:list} (richiesta R-N)."
                ),
            ],
            acknowledgement:
                "Grazie per avercelo segnalato. Il tuo ordine {$order.id} è stato consegnato il {$delivered :date length=long} e capiamo quanto sia frustrante quando qualcosa va storto con una consegna tanto attesa.",
            refund:
                "Ti abbiamo rimborsato {$refund :currency} sul metodo di pagamento originale. L’importo ti arriverà entro pochi giorni lavorativi.",
            replacement:
                "Ti inviamo gratuitamente un articolo sostitutivo e ti manderemo il numero di tracciamento via e-mail appena sarà spedito.",
            closing:
                "Grazie per la pazienza e la comprensione. Se possiamo fare altro per te, siamo sempre a disposizione.\n\nCordiali saluti,\nIl servizio clienti"
        ),
        Phrasebook(
            locale: "nl",
            subject: "Uw bestelling {$order.id}: update over aanvraag R-N",
            greeting: "Beste {$customer.name},",
            greetingAnonymous: "Hallo,",
            apology: [
                (
                    "one",
                    "Het spijt ons oprecht dat uw artikel {$order.items :reply:list} niet zoals verwacht is aangekomen (aanvraag R-N)."
                ),
                (
                    "*",
                    "Het spijt ons oprecht dat {$order.items.count} artikelen uit uw bestelling niet zoals verwacht zijn aangekomen: {$order.items :reply:list} (aanvraag R-N)."
                ),
            ],
            acknowledgement:
                "Bedankt dat u het ons heeft laten weten. Uw bestelling {$order.id} is op {$delivered :date length=long} bezorgd, en we begrijpen hoe vervelend het is als er iets misgaat met een levering waarop u zat te wachten.",
            refund:
                "We hebben {$refund :currency} terugbetaald via uw oorspronkelijke betaalmethode. Het bedrag staat binnen enkele werkdagen op uw rekening.",
            replacement: "We sturen u kosteloos een vervangend artikel en mailen u het trackingnummer zodra het onderweg is.",
            closing:
                "Bedankt voor uw geduld en begrip. Als we nog iets voor u kunnen doen, helpen we u graag.\n\nMet vriendelijke groet,\nHet klantenserviceteam"
        ),
        Phrasebook(
            locale: "pl",
            subject: "Twoje zamówienie {$order.id}: informacja w sprawie zgłoszenia R-N",
            greeting: "Dzień dobry {$customer.name},",
            greetingAnonymous: "Dzień dobry,",
            apology: [
                (
                    "one",
                    "Bardzo nam przykro, że Twój produkt {$order.items :reply:list} nie dotarł w oczekiwanym stanie (zgłoszenie R-N)."
                ),
                (
                    "few",
                    "Bardzo nam przykro, że {$order.items.count} produkty z Twojego zamówienia nie dotarły w oczekiwanym stanie: {$order.items :reply:list} (zgłoszenie R-N)."
                ),
                (
                    "*",
                    "Bardzo nam przykro, że {$order.items.count} produktów z Twojego zamówienia nie dotarło w oczekiwanym stanie: {$order.items :reply:list} (zgłoszenie R-N)."
                ),
            ],
            acknowledgement:
                "Dziękujemy za informację. Twoje zamówienie {$order.id} zostało doręczone {$delivered :date length=long} i rozumiemy, jak frustrujące jest, gdy coś pójdzie nie tak z długo oczekiwaną przesyłką.",
            refund:
                "Zwróciliśmy {$refund :currency} na Twoją pierwotną metodę płatności. Środki powinny dotrzeć w ciągu kilku dni roboczych.",
            replacement:
                "Wyślemy Ci bezpłatnie produkt zastępczy, a numer przesyłki prześlemy e-mailem, gdy tylko paczka zostanie nadana.",
            closing:
                "Dziękujemy za cierpliwość i wyrozumiałość. Jeśli możemy jeszcze w czymś pomóc, chętnie to zrobimy.\n\nZ pozdrowieniami\nZespół obsługi klienta"
        ),
        Phrasebook(
            locale: "pt",
            subject: "A sua encomenda {$order.id}: atualização sobre o pedido R-N",
            greeting: "Olá {$customer.name},",
            greetingAnonymous: "Olá,",
            apology: [
                (
                    "one",
                    "Lamentamos sinceramente que o seu artigo {$order.items :reply:list} não tenha chegado como esperado (pedido R-N)."
                ),
                (
                    "*",
                    "Lamentamos sinceramente que {$order.items.count} artigos da sua encomenda não tenham chegado como esperado: {$order.items :reply:list} (pedido R-N)."
                ),
            ],
            acknowledgement:
                "Obrigado por nos avisar. A sua encomenda {$order.id} foi entregue a {$delivered :date length=long} e compreendemos como é frustrante quando algo corre mal numa entrega tão esperada.",
            refund:
                "Reembolsámos {$refund :currency} no seu método de pagamento original. O valor chegará dentro de poucos dias úteis.",
            replacement:
                "Vamos enviar-lhe um artigo de substituição sem custos e enviaremos o número de seguimento por e-mail assim que seguir.",
            closing:
                "Obrigado pela sua paciência e compreensão. Se pudermos ajudar em mais alguma coisa, estamos ao dispor.\n\nCom os melhores cumprimentos,\nA equipa de apoio ao cliente"
        ),
        Phrasebook(
            locale: "sv",
            subject: "Din beställning {$order.id}: uppdatering om ärende R-N",
            greeting: "Hej {$customer.name},",
            greetingAnonymous: "Hej,",
            apology: [
                ("one", "Vi beklagar verkligen att din vara {$order.items :reply:list} inte kom fram som väntat (ärende R-N)."),
                (
                    "*",
                    "Vi beklagar verkligen att {$order.items.count} varor i din beställning inte kom fram som väntat: {$order.items :reply:list} (ärende R-N)."
                ),
            ],
            acknowledgement:
                "Tack för att du hörde av dig. Din beställning {$order.id} levererades den {$delivered :date length=long}, och vi förstår hur frustrerande det är när något går fel med en leverans du har sett fram emot.",
            refund:
                "Vi har återbetalat {$refund :currency} till ditt ursprungliga betalsätt. Pengarna når dig inom några bankdagar.",
            replacement: "Vi skickar en ersättningsvara utan kostnad och mejlar dig spårningsnumret så snart den är på väg.",
            closing:
                "Tack för ditt tålamod och din förståelse. Om det finns något mer vi kan göra för dig hjälper vi gärna till.\n\nVänliga hälsningar\nKundtjänst"
        ),
        Phrasebook(
            locale: "ja",
            subject: "ご注文番号 {$order.id}：お問い合わせ R-N について",
            greeting: "{$customer.name} 様",
            greetingAnonymous: "お客様",
            apology: [
                ("*", "このたびは、ご注文の商品{$order.items.count}点（{$order.items :reply:list}）が予定どおりに届かず、誠に申し訳ございません（お問い合わせ R-N）。")
            ],
            acknowledgement:
                "ご連絡いただき、誠にありがとうございます。ご注文番号 {$order.id} の商品は{$delivered :date length=long}にお届けいたしましたが、楽しみにお待ちいただいていたなか、ご迷惑をおかけしましたことを心よりお詫び申し上げます。",
            refund: "ご購入時のお支払い方法にて、{$refund :currency}をご返金いたしました。数営業日以内に反映される見込みです。",
            replacement: "代替品を無償にてお送りいたします。発送後すぐに追跡番号をメールでお知らせいたします。",
            closing: "ご不便をおかけし、誠に申し訳ございません。ほかにお手伝いできることがございましたら、お気軽にお申し付けください。\n\n今後ともよろしくお願い申し上げます。\nカスタマーサービスチーム"
        ),
    ]
}

/// Writes `files` under a new directory in /tmp; returns the directory and everything created, in creation order.
func writeCatalog(_ files: [String: String]) -> (root: String, created: [String]) {
    var template = Array("/tmp/replykit-benchmark-catalog-XXXXXX".utf8CString)
    guard mkdtemp(&template) != nil else { fatalError("cannot create a directory under /tmp (errno \(errno))") }
    let root = String(decoding: template.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
    var created: [String] = []
    var directories: Set<String> = []
    for (path, text) in files.sorted(by: { $0.key < $1.key }) {
        var parent = ""
        for segment in path.split(separator: "/").dropLast() {
            parent += (parent.isEmpty ? "" : "/") + segment
            if directories.insert(parent).inserted {
                guard mkdir("\(root)/\(parent)", 0o755) == 0 else { fatalError("cannot create \(root)/\(parent)") }
                created.append(parent)
            }
        }
        guard let file = fopen("\(root)/\(path)", "wb") else { fatalError("cannot write \(root)/\(path)") }
        var text = text
        let written = text.withUTF8 { fwrite($0.baseAddress, 1, $0.count, file) }
        require(written == text.utf8.count && fclose(file) == 0, "cannot write \(root)/\(path)")
        created.append(path)
    }
    return (root, created)
}

/// Removes what `writeCatalog` created, files and directories, then the directory itself.
func removeCatalog(root: String, created: [String]) {
    for path in created.reversed() {
        let absolute = "\(root)/\(path)"
        if unlink(absolute) != 0 { rmdir(absolute) }
    }
    rmdir(root)
}

/// The catalog-load scenarios whose name contains `filter` (both without one).
func runCatalogLoad(filter: String?) throws {
    let names = ["catalog load from files", "catalog load from a directory", "catalog lint"]
    let selected = names.map { name in filter.map { name.contains($0) } ?? true }
    guard selected.contains(true) else { return }
    let templates = 1_000
    let locales = GeneratedCatalog.phrasebooks.count
    let clock = ContinuousClock()
    let generationStart = clock.now
    let files = GeneratedCatalog.files(templates: templates)
    let generation = clock.now - generationStart
    let bytes = files.values.reduce(0) { $0 + $1.utf8.count }

    print("Catalog load: \(templates) templates × \(locales) locales, median of 5")
    print("")
    print(
        "  generated: \(files.count) files, \(bytes / 1024) KiB, \(templates * 8 * locales) messages (in \(twoDecimals(nanoseconds(generation) / 1e9)) s)"
    )

    /// Seconds to load, with the catalog checked afterwards (outside the timing, as is its release).
    func load(_ body: () throws -> ReplyCatalog) rethrows -> Double {
        let start = clock.now
        let catalog = try body()
        let elapsed = clock.now - start
        GeneratedCatalog.check(catalog, templates: templates)
        return nanoseconds(elapsed) / 1e9
    }
    func report(_ name: String, _ times: [Double], _ extra: String = "") {
        let seconds = median(times)
        print("\(name)")
        print(
            "  load:      \(twoDecimals(seconds)) s (\(Int(Double(templates * locales) / seconds)) templates×locales/s; rounds \(times.map { twoDecimals($0) }))\(extra)"
        )
    }

    if selected[0] {
        var times: [Double] = []
        for _ in 0..<5 { times.append(try load { try ReplyCatalog(files: files) }) }
        print("")
        report(names[0], times)
    }
    if selected[1] {
        let writeStart = clock.now
        let (root, created) = writeCatalog(files)
        let written = clock.now - writeStart
        defer { removeCatalog(root: root, created: created) }
        var times: [Double] = []
        for _ in 0..<5 { times.append(try load { try ReplyCatalog(directory: root) }) }
        print("")
        report(
            names[1], times,
            "\n  (written to \(root) in \(twoDecimals(nanoseconds(written) / 1e9)) s, warm page cache; removed afterwards)")
    }
    if selected[2] {
        // The whole linter (every catalog rule and the tone packs it finds) over the same catalog.
        var times: [Double] = []
        var findings = 0
        for _ in 0..<3 {
            let start = clock.now
            let result = Linter().lint(files: files)
            times.append(nanoseconds(clock.now - start) / 1e9)
            findings = result.findings.count
        }
        print("")
        print("\(names[2])")
        print("  lint:      \(twoDecimals(median(times))) s (\(findings) findings; rounds \(times.map { twoDecimals($0) }))")
    }
    print("")
}
