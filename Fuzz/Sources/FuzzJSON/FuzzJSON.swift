import ExactJSON

/// libFuzzer's entry point: any bytes either parse to a value that serializes and parses back to
/// itself, or are a syntax error with a position inside the text. Anything else traps.
@c(LLVMFuzzerTestOneInput)
public func fuzzJSON(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let bytes = Array(UnsafeBufferPointer(start: data, count: size))
    let text: String
    do {
        text = try JSON.text(fromUTF8: bytes)
    } catch {
        precondition(error.line >= 1 && error.column >= 1, "invalid UTF-8 reported at \(error.line):\(error.column)")
        return 0
    }
    do {
        let value = try JSON.parse(text)
        let again = try JSON.parse(value.serialized)
        precondition(again == value, "\(value.serialized) does not read back as itself")
    } catch {
        precondition(error.line >= 1 && error.column >= 1, "syntax error reported at \(error.line):\(error.column)")
    }
    return 0
}
