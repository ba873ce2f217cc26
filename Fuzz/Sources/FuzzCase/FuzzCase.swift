import Glibc
import ReplyKit

/// The catalog the case data is rendered against: `REPLYKIT_FUZZ_CATALOG`, else the checkout this
/// package sits in (run from the repository's root, as `Fuzz/run.sh` does).
let catalog: ReplyCatalog = {
    let directory = getenv("REPLYKIT_FUZZ_CATALOG").map { String(cString: $0) } ?? "."
    do {
        return try ReplyCatalog(directory: directory)
    } catch {
        fatalError("FuzzCase: cannot load the catalog at '\(directory)': \(error)")
    }
}()
let templates = catalog.templateIDs
let locales = ["de-AT", "ar-MA", "pl"]
let formats: [RenderOptions.Format] = [.text, .html, .markdown]

/// libFuzzer calls this once before the first input: the catalog loads here, so that what it
/// keeps for the whole run is not taken for a leak of the first input.
@c(LLVMFuzzerInitialize)
public func initialize(
    _ argc: UnsafeMutablePointer<CInt>, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?>
) -> CInt {
    precondition(!templates.isEmpty, "the catalog has no templates")
    return 0
}

/// libFuzzer's entry point: any bytes as a case file render a reply or give a typed error, for
/// every template of the catalog; nothing traps, hangs or forges a line.
@c(LLVMFuzzerTestOneInput)
public func fuzzCase(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let bytes = Array(UnsafeBufferPointer(start: data, count: size))
    guard let json = String(validating: bytes, as: UTF8.self) else { return 0 }
    for (index, template) in templates.enumerated() {
        let options = RenderOptions(format: formats[index % formats.count])
        guard let reply = try? catalog.render(template, locale: locales[index % locales.count], caseJSON: json, options: options)
        else { continue }
        if let subject = reply.subject {
            precondition(!subject.contains("\n") && !subject.contains("\r"), "a line break in the subject of \(template)")
        }
    }
    return 0
}
