/// An XLIFF 2.x document as import needs it: the languages, and per `<file>` its units with
/// their source version, original data and segments (inline content still as XML).
struct XLIFFDocument {
    struct File {
        let id: String
        let element: XMLElement
        var units: [Unit]
    }

    struct Unit {
        let id: String
        let element: XMLElement
        /// The `source-version` metadata written by export, if the tool kept it.
        let version: String?
        /// `<originalData>`: data id → its element (text and `<cp/>`).
        let data: [String: XMLElement]
        /// The segments and ignorables in order; `isSegment` false for an ignorable.
        let parts: [(source: XMLElement?, target: XMLElement?, isSegment: Bool)]
    }

    let sourceLanguage: String
    let targetLanguage: String
    var files: [File]

    /// Reads the document's structure; problems with positions are added to `problems`. Throws
    /// when the root is not an XLIFF 2 document.
    init(_ root: XMLElement, problems: inout [XLIFFProblem]) throws(XLIFFError) {
        let core = XLIFFNamespace.core
        guard root.name == "xliff", root.namespace == core else {
            let found = root.namespace.isEmpty ? "<\(root.name)>" : "<\(root.name)> in namespace \(root.namespace)"
            if root.name == "xliff", let version = root.attribute("version"), version.hasPrefix("1.") {
                throw XLIFFError(
                    "\(root.line):\(root.column): this is an XLIFF \(version) file; export XLIFF 2.0 from the translation tool (ReplyKit reads XLIFF 2.0, 2.1 and 2.2)"
                )
            }
            throw XLIFFError(
                "\(root.line):\(root.column): expected an XLIFF 2.0 document (<xliff xmlns=\"\(core)\">), found \(found)")
        }
        guard let version = root.attribute("version"), ["2.0", "2.1", "2.2"].contains(version) else {
            throw XLIFFError(
                "\(root.line):\(root.column): expected version=\"2.0\" on <xliff> (2.1 and 2.2 are read too), found '\(root.attribute("version") ?? "none")'"
            )
        }
        guard let source = root.attribute("srcLang") else {
            throw XLIFFError(
                "\(root.line):\(root.column): <xliff> has no srcLang; export the file again from 'replykit xliff export'")
        }
        guard let target = root.attribute("trgLang") else {
            throw XLIFFError(
                "\(root.line):\(root.column): <xliff> has no trgLang, so the language of the translations is unknown; set trgLang to the target locale"
            )
        }
        sourceLanguage = source
        targetLanguage = target
        files = []
        for file in root.elements("file", namespace: core) {
            guard let id = file.attribute("id") else {
                problems.append(XLIFFProblem(line: file.line, column: file.column, unit: nil, "<file> has no id"))
                continue
            }
            var units: [Unit] = []
            Self.collectUnits(file, into: &units, problems: &problems)
            files.append(File(id: id, element: file, units: units))
        }
    }

    /// The units of a `<file>` or `<group>`, groups walked in order.
    private static func collectUnits(_ parent: XMLElement, into units: inout [Unit], problems: inout [XLIFFProblem]) {
        let core = XLIFFNamespace.core
        for child in parent.elements where child.namespace == core {
            if child.name == "group" {
                collectUnits(child, into: &units, problems: &problems)
            } else if child.name == "unit" {
                guard let id = child.attribute("id") else {
                    problems.append(XLIFFProblem(line: child.line, column: child.column, unit: nil, "<unit> has no id"))
                    continue
                }
                units.append(unit(child, id: id))
            }
        }
    }

    private static func unit(_ element: XMLElement, id: String) -> Unit {
        let core = XLIFFNamespace.core
        let version = element.elements("metadata", namespace: XLIFFNamespace.metadata)
            .flatMap { $0.elements("metaGroup", namespace: XLIFFNamespace.metadata) }
            .flatMap { $0.elements("meta", namespace: XLIFFNamespace.metadata) }
            .first { $0.attribute("type") == "source-version" }?.text
        var data: [String: XMLElement] = [:]
        for original in element.elements("originalData", namespace: core) {
            for item in original.elements("data", namespace: core) {
                if let id = item.attribute("id") { data[id] = item }
            }
        }
        let parts = element.elements.filter { $0.namespace == core && ($0.name == "segment" || $0.name == "ignorable") }.map {
            part in
            (
                source: part.elements("source", namespace: core).first, target: part.elements("target", namespace: core).first,
                isSegment: part.name == "segment"
            )
        }
        return Unit(id: id, element: element, version: version, data: data, parts: parts)
    }
}

/// A problem with one part of an imported XLIFF file, with its position in that file and the
/// unit it concerns (`apology.damaged-item#apology.few`: file id, then unit id).
public struct XLIFFProblem: Sendable, Equatable, CustomStringConvertible {
    /// 1-based line in the XLIFF file.
    public let line: Int
    /// 1-based column in the XLIFF file.
    public let column: Int
    /// `fileID#unitID`, or nil for a problem outside units.
    public let unit: String?
    /// What is wrong and what to do.
    public let message: String

    init(line: Int, column: Int, unit: String?, _ message: String) {
        self.line = line
        self.column = column
        self.unit = unit
        self.message = message
    }

    /// `line:column: unit 'file#unit': message`.
    public var description: String {
        "\(line):\(column): " + (unit.map { "unit '\($0)': " } ?? "") + message
    }
}
