import CatalogFiles
import MessageFormatSyntax

/// The units of one `<file>`: read, matched to the template's blocks, put back together and
/// checked, then written into the template's translation file.
struct TemplateImport {
    let template: TemplateFile
    let translation: TranslationFile?
    let locale: String
    let fileID: String
    var problems: [XLIFFProblem] = []
    private var plans: [String: BlockPlan] = [:]
    private var unitIndex: [String: (block: String, unit: BlockPlan.Unit)] = [:]
    /// Block id → unit id → the target's MessageFormat pattern source.
    private var targets: [String: [String: String]] = [:]
    /// Block id → the source version its units were exported from.
    private var versions: [String: String] = [:]
    /// Block id → its first unit with a target, for positions.
    private var firstUnit: [String: XMLElement] = [:]
    private var changes: [TranslationEditor.Change] = []

    init(template: TemplateFile, translation: TranslationFile?, locale: String, sourceLocale: String, fileID: String) {
        self.template = template
        self.translation = translation
        self.locale = locale
        self.fileID = fileID
        let translated = Dictionary(translation?.blocks.map { ($0.id, $0) } ?? [], uniquingKeysWith: { first, _ in first })
        for block in template.blocks {
            guard
                let plan = BlockPlan(source: block, translation: translated[block.id], locale: locale, sourceLocale: sourceLocale)
            else { continue }
            plans[block.id] = plan
            for unit in plan.units { unitIndex[unit.id] = (block.id, unit) }
        }
    }

    /// Reads the units' targets and checks each translated block.
    mutating func read(_ units: [XLIFFDocument.Unit]) {
        var seen: Set<String> = []
        for unit in units {
            let at = unit.element
            guard let (blockID, planned) = unitIndex[unit.id] else {
                let hint = unit.id.split(separator: ".").first.map { plans[String($0)] == nil } ?? true
                add(
                    at, unit.id,
                    hint
                        ? "template '\(template.id)' has no block '\(unit.id)'; the source may have changed since the export: export again"
                        : "block '\(unit.id.split(separator: ".")[0])' has no variant with this id in \(locale); the source may have changed since the export: export again"
                )
                continue
            }
            guard seen.insert(unit.id).inserted else {
                add(at, unit.id, "the unit appears twice in this <file>; keep one")
                continue
            }
            var codes = InlineCodes()
            _ = codes.source(planned.source)
            if let target = planned.target { _ = codes.target(target) }
            let reader = InlineReader(data: unit.data, exported: codes)
            var text = ""
            var sourceText = ""
            var translated = false
            var missing = false
            do throws(InlineReader.Failure) {
                for part in unit.parts {
                    if let source = part.source { sourceText += try reader.pattern(source, isTarget: false) }
                    if let target = part.target {
                        translated = translated || part.isSegment
                        text += try reader.pattern(target)
                    } else if part.isSegment {
                        missing = true
                    } else if let source = part.source {
                        text += try reader.pattern(source, isTarget: false)
                    }
                }
            } catch {
                problems.append(XLIFFProblem(line: error.line, column: error.column, unit: qualified(unit.id), error.message))
                continue
            }
            // No target, or an empty one: the block stays as it is (never the source as its translation).
            guard translated, !text.unicodeScalars.allSatisfy(\.properties.isWhitespace) else { continue }
            if missing {
                add(at, unit.id, "some segments of the unit have a target and some do not; translate every segment")
                continue
            }
            guard let version = version(of: unit, planned: planned, sourceText: sourceText) else { continue }
            if let earlier = versions[blockID], earlier != version {
                add(
                    at, unit.id,
                    "its source version @\(version) differs from @\(earlier) of another variant of the block; export again")
                continue
            }
            versions[blockID] = version
            if firstUnit[blockID] == nil { firstUnit[blockID] = at }
            targets[blockID, default: [:]][unit.id] = text
        }
        for block in template.blocks {
            guard let plan = plans[block.id], let texts = targets[block.id], let at = firstUnit[block.id],
                let version = versions[block.id]
            else { continue }
            check(plan, texts, version: version, at: at)
        }
    }

    /// The source version a unit was exported from: its metadata, or, when a tool dropped that,
    /// the current version if the unit's source text is still the current source.
    private mutating func version(of unit: XLIFFDocument.Unit, planned: BlockPlan.Unit, sourceText: String) -> String? {
        if let version = unit.version {
            let valid =
                version.count == 8 && version.unicodeScalars.allSatisfy { ("0"..."9").contains($0) || ("a"..."f").contains($0) }
            if valid { return version }
            add(unit.element, unit.id, "the source version '\(version)' is not 8 lowercase hex digits; export again")
            return nil
        }
        if sourceText == planned.source.description, let block = plans[unitIndex[unit.id]?.block ?? ""]?.source {
            return blockHash(block.text)
        }
        add(
            unit.element, unit.id,
            "the unit has no source version (<mda:meta type=\"source-version\">) and its source text is not the current source; export again and keep the metadata"
        )
        return nil
    }

    /// Puts a block back together from its units and checks it against the source.
    private mutating func check(_ plan: BlockPlan, _ texts: [String: String], version: String, at: XMLElement) {
        let blockID = plan.source.id
        let unitID = plan.units.first { texts[$0.id] != nil }?.id ?? blockID
        if case .matcher = plan.sourceMessage.body,
            let fallback = plan.units.first(where: { $0.keys?.allSatisfy { $0 == .catchAll } == true }), texts[fallback.id] == nil
        {
            add(
                at, fallback.id,
                "the unit has no target, but block '\(blockID)' is translated: a .match needs its 'other' variant")
            return
        }
        let text = MessageText.assemble(plan, texts)
        let message: Message
        do {
            message = try Message.parse(text)
        } catch {
            add(
                at, unitID,
                "the translation of block '\(blockID)' is not valid MessageFormat 2: \(error.errors.first?.message ?? "\(error)")"
            )
            return
        }
        if let error = message.validate().first {
            add(at, unitID, "the translation of block '\(blockID)' is not valid MessageFormat 2: \(error.message)")
            return
        }
        if let existing = plan.translationMessage, message.isEquivalent(to: existing) { return }
        var ok = true
        let expected = Set(plan.sourceMessage.argumentNames)
        let found = Set(message.argumentNames)
        if expected != found {
            let missing = expected.subtracting(found).sorted().map { "{$\($0)}" }
            let extra = found.subtracting(expected).sorted().map { "$\($0)" }
            var parts: [String] = []
            if !missing.isEmpty { parts.append("missing " + missing.joined(separator: ", ")) }
            if !extra.isEmpty { parts.append("not in the source " + extra.joined(separator: ", ")) }
            add(
                at, unitID,
                "block '\(blockID)' uses different placeholders than the source: \(parts.joined(separator: "; ")); keep the source's placeholders"
            )
            ok = false
        }
        let sourceMarkup = plan.sourceMessage.markupCounts
        if message.markupCounts != sourceMarkup {
            let shapes = sourceMarkup.keys.sorted().joined(separator: ", ")
            add(
                at, unitID,
                "block '\(blockID)' has different markup than the source; keep its codes (\(shapes.isEmpty ? "none" : shapes))")
            ok = false
        }
        if case .matcher(let matcher) = message.body {
            for (index, rules) in plan.pluralRules.sorted(by: { $0.key < $1.key }) {
                let keys = Set(
                    matcher.variants.compactMap { variant -> String? in
                        if case .literal(let literal) = variant.keys[index] { return literal.value }
                        return nil
                    })
                let missing = rules.categories.filter { $0 != "other" && !keys.contains($0) }
                guard !missing.isEmpty else { continue }
                let units = plan.units.filter { unit in
                    guard case .literal(let value)? = unit.keys?[index] else { return false }
                    return missing.contains(value)
                }.map { "'\($0.id)'" }
                add(
                    at, unitID,
                    "block '\(blockID)' has no variant for the \(locale) plural categor\(missing.count == 1 ? "y" : "ies") \(missing.map { "'\($0)'" }.joined(separator: ", ")) of $\(matcher.selectors[index].name); translate \(units.joined(separator: ", "))"
                )
                ok = false
            }
        }
        if ok { changes.append(TranslationEditor.Change(id: blockID, stamp: version, text: text)) }
    }

    /// The translation file with the checked changes, verified by reading it back; nil when
    /// nothing changes or the result would not read back as intended (reported).
    mutating func update() -> XLIFFImport.Update? {
        guard !changes.isEmpty else { return nil }
        let path = "locales/\(locale)/\(template.id).reply"
        let blocks = (translation?.blocks ?? []).map { ($0.id, $0.line, $0.textOffset, $0.text.utf8.count) }
        let text = TranslationEditor.apply(
            changes, to: translation?.fileText ?? "", blocks: blocks, order: template.blocks.map(\.id))
        let (parsed, fileProblems) = TranslationFile.parse(text, file: path, id: template.id, locale: locale)
        let at = firstUnit[changes[0].id]
        if let problem = fileProblems.first {
            problems.append(
                XLIFFProblem(
                    line: at?.line ?? 1, column: at?.column ?? 1, unit: nil,
                    "\(path) would have problems after the import (\(problem.line):\(problem.column): \(problem.message)); fix the file, then import again"
                ))
            return nil
        }
        for change in changes {
            let block = parsed?.blocks.first { $0.id == change.id }
            let intended = try? Message.parse(change.text)
            let written = block.flatMap { try? Message.parse($0.text) }
            guard let block, block.sourceHash == change.stamp, let intended, let written, written.isEquivalent(to: intended)
            else {
                add(
                    firstUnit[change.id] ?? .origin, change.id,
                    "the translation of block '\(change.id)' would read back differently from the .reply file (does a line of it start with '[' or '#:'?); reword that line"
                )
                return nil
            }
        }
        return XLIFFImport.Update(path: path, text: text, blocks: changes.map(\.id), isNew: translation == nil)
    }

    private func qualified(_ unit: String) -> String { fileID + "#" + unit }

    private mutating func add(_ element: XMLElement, _ unit: String, _ message: String) {
        problems.append(XLIFFProblem(line: element.line, column: element.column, unit: qualified(unit), message))
    }
}

extension XMLElement {
    /// A placeholder position (1:1) for problems that have no element.
    static let origin = XMLElement(namespace: "", name: "", attributes: [], children: [], line: 1, column: 1)
}
