import CatalogFiles
import ExactJSON
import HTTPTypes

/// docs/openapi.json as a contract for real responses: the status must be one the operation
/// lists, the media type the one it gives for that status, and a JSON body must fit the schema
/// (types, required properties, enums and constants, items, `$ref`, `oneOf`, `allOf`).
struct OpenAPIContract: Sendable {
    let document: JSON

    static let shared: Result<OpenAPIContract, JSONSyntaxError> = Result { () throws(JSONSyntaxError) in
        OpenAPIContract(document: try JSON.parse(TextFileReader.text(Fixture.repository + "/docs/openapi.json")))
    }

    /// What is wrong with the response, or nothing. Paths the document does not describe (a
    /// request to no endpoint) are only checked to be problems.
    func violations(method: HTTPRequest.Method, uri: String, _ exchange: Exchange) -> [String] {
        let path = String(uri.prefix { $0 != "?" })
        guard let template = pathTemplate(for: path), let operation = document["paths"]?[template]?[method.rawValue.lowercased()]
        else {
            return exchange.contentType == "application/problem+json"
                ? [] : ["an undocumented path answered \(exchange.contentType)"]
        }
        guard let response = operation["responses"]?[String(exchange.status.code)] else {
            return ["status \(exchange.status.code) is not documented for \(method) \(template)"]
        }
        guard case .object(let contents)? = response["content"], let (mediaType, content) = contents.first else {
            return exchange.text.isEmpty ? [] : ["a body where the document gives none"]
        }
        guard exchange.contentType == mediaType else {
            return ["content type \(exchange.contentType), documented \(mediaType)"]
        }
        guard mediaType.hasPrefix("application/") else { return [] }
        guard let body = exchange.json else { return ["the body is not JSON"] }
        guard let schema = content["schema"] else { return [] }
        var problems: [String] = []
        check(body, against: schema, at: "$", into: &problems)
        return problems
    }

    /// `/v1/templates/{id}` for `/v1/templates/apology/damaged-item`: a parameter takes the rest.
    private func pathTemplate(for path: String) -> String? {
        guard case .object(let paths)? = document["paths"] else { return nil }
        for (template, _) in paths {
            if template == path { return template }
            if let brace = template.firstIndex(of: "{"), path.hasPrefix(template[..<brace]),
                path.count > brace.utf16Offset(in: template)
            {
                return template
            }
        }
        return nil
    }

    private func resolve(_ schema: JSON) -> JSON {
        guard case .string(let reference)? = schema["$ref"] else { return schema }
        let name = reference.split(separator: "/").last.map(String.init) ?? ""
        return document["components"]?["schemas"]?[name] ?? .null
    }

    private func check(_ value: JSON, against schema: JSON, at path: String, into problems: inout [String]) {
        let schema = resolve(schema)
        if case .array(let all)? = schema["allOf"] {
            for part in all { check(value, against: part, at: path, into: &problems) }
        }
        if case .array(let choices)? = schema["oneOf"] {
            let fits = choices.contains { choice in
                var found: [String] = []
                check(value, against: choice, at: path, into: &found)
                return found.isEmpty
            }
            if !fits { problems.append("\(path): fits none of the oneOf schemas") }
        }
        if let constant = schema["const"], !Self.same(value, constant) {
            problems.append("\(path): expected \(constant.serialized), found \(value.serialized)")
        }
        if case .array(let options)? = schema["enum"], !options.contains(where: { Self.same(value, $0) }) {
            problems.append("\(path): \(value.serialized) is not one of \(JSON.array(options).serialized)")
        }
        switch schema["type"] {
        case .string(let type)?:
            if !Self.has(value, type: type) { problems.append("\(path): expected \(type), found \(value.typeName)") }
        case .array(let types)?:
            if !types.contains(where: { if case .string(let type) = $0 { Self.has(value, type: type) } else { false } }) {
                problems.append("\(path): expected one of \(JSON.array(types).serialized), found \(value.typeName)")
            }
        default: break
        }
        if case .array(let required)? = schema["required"], case .object = value {
            for case .string(let name) in required where value[name] == nil {
                problems.append("\(path): required property '\(name)' is missing")
            }
        }
        if case .object(let properties)? = schema["properties"], case .object(let members) = value {
            for (name, property) in properties {
                if let member = members.first(where: { $0.0 == name }) {
                    check(member.1, against: property, at: "\(path).\(name)", into: &problems)
                }
            }
        }
        if let items = schema["items"], case .array(let elements) = value {
            for (index, element) in elements.enumerated() {
                check(element, against: items, at: "\(path)[\(index)]", into: &problems)
            }
        }
    }

    private static func has(_ value: JSON, type: String) -> Bool {
        switch (type, value) {
        case ("null", .null), ("boolean", .bool), ("number", .number), ("string", .string), ("array", .array),
            ("object", .object):
            true
        case ("integer", .number(let text)): !text.contains(where: { $0 == "." || $0 == "e" || $0 == "E" })
        default: false
        }
    }

    /// Equal as JSON values, numbers by their value's text (`200` and `200`).
    private static func same(_ a: JSON, _ b: JSON) -> Bool { a == b }
}

/// Reads a text file without Foundation (whose ICU would meet the system's).
enum TextFileReader {
    static func text(_ path: String) -> String {
        TextFile.read(path) ?? ""
    }
}
