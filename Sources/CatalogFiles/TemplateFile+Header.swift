/// What a template's YAML header declares, read with every problem reported.
struct Header {
    var kind: TemplateKind?
    var channels: [String]?
    var summary: String?
    var inputs: [InputDeclaration] = []
    /// Every declared path, including those whose type is wrong (so conditions do not cascade).
    var declaredPaths: Set<String> = []
    /// False when the inputs could not be read (no header, invalid YAML, `inputs` not a map):
    /// conditions are then not checked against them.
    var inputsKnown = true
    /// `sms-segments`: the most SMS segments a reply may take.
    var smsSegments: Int?
    /// Where each channel and `sms-segments` are written.
    var positions: [String: HeaderPosition] = [:]
    /// The channels this template may name: the plain ones and those with a pack in the catalog.
    var knownChannels = ChannelPack.plainChannels
    /// The kinds, in the order the spec lists them.
    static let knownKinds: [TemplateKind] = [.apology, .remedy, .reviewResponse, .acknowledgement, .followUp]
    static let knownKeys = ["kind", "channels", "summary", "inputs", "sms-segments"]

    /// The type of each declared path with a valid type, plus `path.count` for every list.
    var types: [String: InputType] {
        var types: [String: InputType] = [:]
        for input in inputs {
            types[input.path] = input.type
            if input.type == .list, types["\(input.path).count"] == nil { types["\(input.path).count"] = .integer }
        }
        return types
    }

    /// Reads the header YAML in `region`; missing keys are reported at `opening` (the first `---`).
    init(_ region: YAMLRegion, opening: Position, channels known: [String], _ log: inout ProblemLog) {
        knownChannels = known
        let (root, valid) = region.compose(&log)
        guard valid else {
            inputsKnown = false
            return
        }
        guard let root, !root.isNull else {
            reportMissing(["kind", "channels", "summary"], at: opening, &log)
            return
        }
        guard case .mapping(let mapping) = root else {
            inputsKnown = false
            log.add(
                .badHeader, at: region.position(root),
                "the header must be a map of keys (kind, channels, summary, inputs), found \(root.found)")
            return
        }
        var seen = Set<String>()
        for (key, value) in mapping {
            guard let name = key.text else {
                log.add(.badHeader, at: region.position(key), "header keys are names such as 'kind', found \(key.found)")
                continue
            }
            seen.insert(name)
            switch name {
            case "kind": readKind(value, region, &log)
            case "channels": readChannels(value, region, &log)
            case "summary": readSummary(value, region, &log)
            case "inputs": readInputs(value, region, &log)
            case "sms-segments": readSegments(value, region, &log)
            default:
                let hint = Naming.suggestion(for: name, among: Self.knownKeys)
                log.add(
                    .badHeader, at: region.position(key),
                    "unknown header key '\(name)'; expected kind, channels, summary, inputs, or sms-segments\(hint)")
            }
        }
        reportMissing(["kind", "channels", "summary"].filter { !seen.contains($0) }, at: opening, &log)
        if let position = positions["sms-segments"], let channels = self.channels, !channels.contains("sms") {
            log.add(
                .badHeader, at: Position(line: position.line, column: position.column),
                "sms-segments limits the length of an SMS, but the channels do not include sms; add sms to channels or remove the line"
            )
        }
    }

    private mutating func readSegments(_ value: YAMLNode, _ region: YAMLRegion, _ log: inout ProblemLog) {
        let position = region.position(value)
        positions["sms-segments"] = HeaderPosition(line: position.line, column: position.column)
        guard let text = value.text, TemplateParse.isDecimal(text, fraction: false), let count = Int(text), count >= 1 else {
            log.add(
                .badHeader, at: position,
                "sms-segments is the most SMS segments a reply may take, a whole number of at least 1, as in 'sms-segments: 2'; found \(value.found)"
            )
            return
        }
        smsSegments = count
    }

    private func reportMissing(_ keys: [String], at position: Position, _ log: inout ProblemLog) {
        for key in keys {
            let example =
                switch key {
                case "kind": "'kind: apology' (one of \(Naming.orList(Self.knownKinds.map(\.rawValue))))"
                case "channels": "'channels: [email, chat]'"
                default: "'summary: When to use this template, in one line.'"
                }
            log.add(.badHeader, at: position, "the header has no '\(key)'; add a line such as \(example)")
        }
    }

    private mutating func readKind(_ value: YAMLNode, _ region: YAMLRegion, _ log: inout ProblemLog) {
        let expected = "expected " + Naming.orList(Self.knownKinds.map(\.rawValue))
        guard let text = value.text else {
            log.add(.badHeader, at: region.position(value), "kind must be one word, found \(value.found); \(expected)")
            return
        }
        guard let kind = TemplateKind(rawValue: text) else {
            let hint = Naming.suggestion(for: text, among: Self.knownKinds.map(\.rawValue))
            log.add(.badHeader, at: region.position(value), "unknown kind '\(text)'; \(expected)\(hint)")
            return
        }
        self.kind = kind
    }

    private mutating func readChannels(_ value: YAMLNode, _ region: YAMLRegion, _ log: inout ProblemLog) {
        let known = Naming.orList(knownChannels)
        guard case .list(let sequence) = value else {
            log.add(
                .badHeader, at: region.position(value),
                "channels must be a list, as in 'channels: [email, chat]', found \(value.found)")
            return
        }
        var channels: [String] = []
        for item in sequence {
            guard let text = item.text else {
                log.add(.badHeader, at: region.position(item), "each channel is one name, found \(item.found); expected \(known)")
                continue
            }
            if !knownChannels.contains(text) {
                let hint = Naming.suggestion(for: text, among: knownChannels)
                let pack = Naming.isIdentifier(text) ? " (channels/\(text).yaml; see docs/channel-packs.md)" : ""
                log.add(
                    .badHeader, at: region.position(item),
                    "unknown channel '\(text)'; expected \(known), or a channel with a pack\(pack)\(hint)")
            } else if channels.contains(text) {
                log.add(.badHeader, at: region.position(item), "channel '\(text)' is listed twice; remove one")
            } else {
                channels.append(text)
                let position = region.position(item)
                positions[text] = HeaderPosition(line: position.line, column: position.column)
            }
        }
        if sequence.isEmpty {
            log.add(.badHeader, at: region.position(value), "channels is empty; list at least one of \(known)")
        }
        self.channels = channels
    }

    private mutating func readSummary(_ value: YAMLNode, _ region: YAMLRegion, _ log: inout ProblemLog) {
        guard let text = value.text else {
            log.add(
                .badHeader, at: region.position(value),
                "summary must be one line of text saying when to use the template, found \(value.found)")
            return
        }
        if text.trimmingSpaces.isEmpty {
            log.add(.badHeader, at: region.position(value), "summary is empty; say in one line when to use the template")
        } else if text.unicodeScalars.contains(where: { $0 == "\n" || $0 == "\r" }) {
            log.add(.badHeader, at: region.position(value), "summary must be one line; shorten it")
        }
        self.summary = text
    }

    private mutating func readInputs(_ value: YAMLNode, _ region: YAMLRegion, _ log: inout ProblemLog) {
        if value.isNull { return }
        guard case .mapping(let mapping) = value else {
            inputsKnown = false
            log.add(
                .badInput, at: region.position(value),
                "inputs must be a map of paths to types, as in 'order.id: string', found \(value.found)")
            return
        }
        for (key, typeNode) in mapping {
            let keyPosition = region.position(key)
            guard let path = key.text else {
                log.add(.badInput, at: keyPosition, "an input is a dotted path such as 'order.id', found \(key.found)")
                continue
            }
            guard Naming.isInputPath(path) else {
                log.add(
                    .badInput, at: keyPosition,
                    "'\(path)' is not a valid input path; write dotted names of letters, digits, '_' and '-', such as 'order.id'")
                continue
            }
            declaredPaths.insert(path)
            guard let written = typeNode.text else {
                let expected = Naming.orList(InputType.named.map(\.description) + ["a | b | c"])
                let position = typeNode.isNull ? keyPosition : region.position(typeNode)
                log.add(
                    .badInput, at: position,
                    "input \(path) needs a type written on one line, as in '\(path): string', found \(typeNode.found); expected \(expected)"
                )
                continue
            }
            switch InputType.parse(written, path: path) {
            case .type(let type, let optional, let bounds):
                inputs.append(
                    InputDeclaration(
                        path: path, type: type, isOptional: optional, bounds: bounds,
                        line: keyPosition.line, column: keyPosition.column))
            case .problem(let message, let scalars):
                log.add(.badInput, at: region.position(typeNode, plus: scalars), message)
            }
        }
    }
}
