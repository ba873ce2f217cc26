internal import CLibYAML

/// libyaml's parser as a stream of Swift events: the one place that touches libyaml's C structs.
///
/// Invariant: the parser exists only during `reading(_:_:)`, at one address (libyaml keeps a
/// pointer to itself), reading bytes that stay alive for the whole call; a `YAMLEvents` is used
/// only inside that call's body, and each event is copied into Swift values and deleted before
/// the next one is read. Nothing C-owned outlives an event.
struct YAMLEvents {
    /// One event, copied out of libyaml's.
    enum Event {
        case scalar(YAMLNode.Scalar, anchor: String?)
        case listStart(YAMLNode.Mark, anchor: String?)
        case mappingStart(YAMLNode.Mark, anchor: String?)
        case alias(String, YAMLNode.Mark)
        /// The end of a list, a map or a document.
        case end
        case documentStart(YAMLNode.Mark)
        case streamEnd
        case other
    }

    private let parser: UnsafeMutablePointer<yaml_parser_t>

    /// Runs `body` with the events of `bytes`, which must not be empty (libyaml takes no empty input).
    static func reading<Value>(
        _ bytes: ArraySlice<UInt8>, _ body: (YAMLEvents) throws(YAMLDocument.Failure) -> Value
    ) throws(YAMLDocument.Failure) -> Value {
        let result: Result<Value, YAMLDocument.Failure> = bytes.withUnsafeBufferPointer { input in
            var parser = yaml_parser_t()
            return withUnsafeMutablePointer(to: &parser) { parser in
                guard yaml_parser_initialize(parser) == 1 else { return .failure(.reader(problem: "out of memory", offset: 0)) }
                defer { yaml_parser_delete(parser) }
                yaml_parser_set_encoding(parser, YAML_UTF8_ENCODING)
                yaml_parser_set_input_string(parser, input.baseAddress, input.count)
                return Result { () throws(YAMLDocument.Failure) in try body(YAMLEvents(parser: parser)) }
            }
        }
        return try result.get()
    }

    /// Where the next document starts; nil at the end of the stream.
    func nextDocument() throws(YAMLDocument.Failure) -> YAMLNode.Mark? {
        while true {
            switch try next() {
            case .documentStart(let mark): return mark
            case .streamEnd: return nil
            default: continue
            }
        }
    }

    /// The parser's next event, or its failure.
    func next() throws(YAMLDocument.Failure) -> Event {
        var event = yaml_event_t()
        guard yaml_parser_parse(parser, &event) == 1 else { throw Self.failure(parser.pointee) }
        defer { yaml_event_delete(&event) }
        let mark = YAMLNode.Mark(event.start_mark)
        switch event.type {
        case YAML_SCALAR_EVENT:
            let data = event.data.scalar
            let string = String(decoding: UnsafeBufferPointer(start: data.value, count: data.length), as: UTF8.self)
            let scalar = YAMLNode.Scalar(string: string, isPlain: data.style == YAML_PLAIN_SCALAR_STYLE, mark: mark)
            return .scalar(scalar, anchor: data.anchor.map { String(cString: $0) })
        case YAML_SEQUENCE_START_EVENT:
            return .listStart(mark, anchor: event.data.sequence_start.anchor.map { String(cString: $0) })
        case YAML_MAPPING_START_EVENT:
            return .mappingStart(mark, anchor: event.data.mapping_start.anchor.map { String(cString: $0) })
        case YAML_ALIAS_EVENT: return .alias(event.data.alias.anchor.map { String(cString: $0) } ?? "", mark)
        case YAML_SEQUENCE_END_EVENT, YAML_MAPPING_END_EVENT, YAML_DOCUMENT_END_EVENT: return .end
        case YAML_DOCUMENT_START_EVENT: return .documentStart(mark)
        case YAML_STREAM_END_EVENT: return .streamEnd
        default: return .other
        }
    }

    private static func failure(_ parser: yaml_parser_t) -> YAMLDocument.Failure {
        let problem = parser.problem.map { String(cString: $0) } ?? "the YAML reader stopped"
        switch parser.error {
        case YAML_READER_ERROR:
            return .reader(problem: problem, offset: parser.problem_offset)
        case YAML_MEMORY_ERROR:
            return .reader(problem: "out of memory", offset: 0)
        default:
            let context = parser.context.map {
                YAMLDocument.Failure.Context(text: String(cString: $0), mark: YAMLNode.Mark(parser.context_mark))
            }
            return .syntax(problem: problem, mark: YAMLNode.Mark(parser.problem_mark), context: context)
        }
    }
}

extension YAMLNode.Mark {
    /// A libyaml mark, which counts from 0.
    fileprivate init(_ mark: yaml_mark_t) {
        self.init(line: mark.line + 1, column: mark.column + 1)
    }
}
