import ExactJSON
import ReplyKit

/// One render asked for: `{"template": "id" | ["a", "b"], "locale", "case"?, "format"?, "strict"?,
/// "isolation"?, "parts"?}`. A template id is only ever looked up in the catalog, never used as a path.
struct RenderRequest {
    var templates: [String]
    var locale: String
    /// The case, bound by the library (which reports every path).
    var caseData: JSON
    var options: RenderOptions
    /// Whether each block in the reply lists its formatted parts (values with their fields), which
    /// a client that only shows the text does without: they are half the response. They are
    /// listed while rendering exactly when they are asked for.
    var parts: Bool { options.includeFields }

    static let members: Set<String> = ["template", "locale", "case", "format", "strict", "isolation", "parts"]

    /// Reads a request; `path` is its JSON path in the body (`$`, or `$[3]` in a batch).
    init(_ json: JSON, path: String) throws(Problem) {
        guard case .object(let members) = json else {
            throw .invalidField(path, "expected a render request object, found \(json.typeName)")
        }
        if let unknown = members.first(where: { !Self.members.contains($0.0) }) {
            throw .invalidField(
                "\(path).\(unknown.0)",
                "not a field of a render request (fields: template, locale, case, format, strict, isolation, parts)")
        }
        switch json["template"] {
        case .string(let id)?:
            templates = [id]
        case .array(let items)? where !items.isEmpty:
            templates = []
            for (index, item) in items.enumerated() {
                guard case .string(let id) = item else {
                    throw .invalidField("\(path).template[\(index)]", "expected a template id (a string), found \(item.typeName)")
                }
                templates.append(id)
            }
        case let other:
            throw .invalidField(
                "\(path).template",
                "expected a template id such as \"apology/damaged-item\", or a non-empty list of them, found \(other?.typeName ?? "nothing")"
            )
        }
        guard case .string(let locale)? = json["locale"] else {
            throw .invalidField(
                "\(path).locale",
                "expected the customer's locale as a BCP 47 tag such as \"de-AT\", found \(json["locale"]?.typeName ?? "nothing")"
            )
        }
        self.locale = locale
        caseData = json["case"] ?? .object([])
        options = RenderOptions()
        if let format = json["format"] {
            guard case .string(let name) = format, let value = RenderOptions.Format(rawValue: name) else {
                throw .invalidField("\(path).format", "expected \"text\", \"html\" or \"markdown\", found \(format.serialized)")
            }
            options.format = value
        }
        if let strict = json["strict"] {
            guard case .bool(let flag) = strict else {
                throw .invalidField("\(path).strict", "expected true or false, found \(strict.typeName)")
            }
            options.strict = flag
        }
        if let isolation = json["isolation"] {
            guard case .string(let name) = isolation, let value = RenderOptions.Isolation(rawValue: name) else {
                throw .invalidField("\(path).isolation", "expected \"minimal\" or \"spec\", found \(isolation.serialized)")
            }
            options.isolation = value
        }
        if let parts = json["parts"] {
            guard case .bool(let flag) = parts else {
                throw .invalidField("\(path).parts", "expected true or false, found \(parts.typeName)")
            }
            options.includeFields = flag
        }
    }
}
