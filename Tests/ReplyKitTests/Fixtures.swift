import ReplyKit

/// A small in-memory catalog that exercises every rendering feature.
enum Fixture {
    static let manifest = """
        source-locale: en
        target-locales: [de, ar, zh-Hant]
        """

    static let template = """
        ---
        kind: apology
        channels: [email, chat]
        summary: Test template.
        inputs:
          customer.name: string?
          order.id: string
          order.items: list
          remedy: refund | replacement
          refund: money?
          link: string?
        ---
        [subject]
        Order {$order.id}

        [greeting] when customer.name
        Dear {$customer.name},

        [greeting-anonymous] otherwise
        Hello,

        [items]
        .input {$order.items.count :integer}
        .match $order.items.count
        one {{Your item {$order.items :reply:list} is on its way.}}
        *   {{Your {$order.items.count} items {$order.items :reply:list} are on their way.}}

        [refund] when remedy = refund
        We refunded {#b}{$refund :currency}{/b}.

        [replacement] when remedy = replacement
        A replacement ships soon.

        [help] when link
        {#link href=$link}Track it here{/link}.
        """

    static func stamp(_ text: String) -> String { hash(text) }

    /// The German translation, stamped from the source texts (the greeting is stale on purpose,
    /// and the replacement block is missing on purpose).
    static var german: String {
        """
        [subject] @\(stamp("Order {$order.id}"))
        Bestellung {$order.id}

        [greeting] @00000000
        Guten Tag {$customer.name},

        [greeting-anonymous] @\(stamp("Hello,"))
        Guten Tag,

        [items] @\(stamp(itemsSource))
        .input {$order.items.count :integer}
        .match $order.items.count
        one {{Ihr Artikel {$order.items :reply:list} ist unterwegs.}}
        *   {{Ihre {$order.items.count} Artikel {$order.items :reply:list} sind unterwegs.}}

        [refund] @\(stamp("We refunded {#b}{$refund :currency}{/b}."))
        Wir haben {#b}{$refund :currency}{/b} erstattet.
        """
    }

    static let itemsSource = """
        .input {$order.items.count :integer}
        .match $order.items.count
        one {{Your item {$order.items :reply:list} is on its way.}}
        *   {{Your {$order.items.count} items {$order.items :reply:list} are on their way.}}
        """

    static let arabic = """
        [subject]
        الطلب {$order.id}

        [greeting]
        عزيزي {$customer.name}،
        """

    /// A second template, to compose after the first.
    static let followUp = """
        ---
        kind: follow-up
        channels: [email]
        summary: Composition test.
        inputs:
          customer.name: string?
          order.id: string
        ---
        [subject]
        About order {$order.id}

        [greeting] when customer.name
        Hi {$customer.name},

        [check]
        Is everything in order now with {$order.id}?

        [closing]
        Kind regards,
        The team
        """

    static var files: [String: String] {
        [
            "replykit.yaml": manifest,
            "templates/test/order.reply": template,
            "templates/test/follow-up.reply": followUp,
            "locales/de/test/order.reply": german,
            "locales/ar/test/order.reply": arabic,
        ]
    }

    static let caseJSON = """
        {"customer": {"name": "Anna"}, "order": {"id": "A-17", "items": ["a mug", "a plate"]},
         "remedy": "refund", "refund": {"amount": "129.90", "currency": "EUR"}}
        """

    static func catalog() throws -> ReplyCatalog {
        try ReplyCatalog(files: files)
    }

    /// FNV-1a 64, first 32 bits as 8 hex digits: the stamp the format defines (independent of the library's).
    static func hash(_ text: String) -> String {
        var value: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in text.utf8 {
            value ^= UInt64(byte)
            value = value &* 0x0000_0100_0000_01b3
        }
        let hex = String(value >> 32, radix: 16)
        return String(repeating: "0", count: 8 - hex.count) + hex
    }
}
