import ReplyKit
import ReplyLint

/// libFuzzer's entry point: any bytes as a template file either compile into a catalog that
/// lints, or are reported as catalog problems; nothing traps or hangs.
@c(LLVMFuzzerTestOneInput)
public func fuzzCatalog(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let bytes = Array(UnsafeBufferPointer(start: data, count: size))
    guard let template = String(validating: bytes, as: UTF8.self) else { return 0 }
    let files = [
        "replykit.yaml": "source-locale: en\ntarget-locales: [de]\n",
        "templates/fuzz/template.reply": template,
        "locales/de/fuzz/template.reply": template,
    ]
    _ = try? ReplyCatalog(files: files)
    _ = Linter().lint(files: files)
    return 0
}
