import CatalogFiles

/// A catalog file as rules look things up in it: its line starts and its blocks.
struct FileIndex: Sendable {
    let lines: LineIndex
    /// The file's blocks, in file order (their `[id]` lines ascend).
    let blocks: [Block]
}

extension LintContext {
    /// An index of every source template and translation, by catalog-relative path.
    static func fileIndexes(_ files: CatalogFiles) -> [String: FileIndex] {
        var indexes: [String: FileIndex] = [:]
        for template in files.templates {
            indexes[template.file] = FileIndex(lines: LineIndex(template.fileText), blocks: template.blocks)
        }
        for translations in files.translations.values {
            for translation in translations {
                indexes[translation.file] = FileIndex(lines: LineIndex(translation.fileText), blocks: translation.blocks)
            }
        }
        return indexes
    }

    /// The id of the block of `file` that contains `line` (the last block starting at or before it).
    func block(in file: String, containing line: Int) -> String? {
        guard let blocks = fileIndexes[file]?.blocks else { return nil }
        // Binary search: the number of blocks whose `[id]` line is at or before `line`.
        var low = 0
        var high = blocks.count
        while low < high {
            let middle = (low + high) / 2
            if blocks[middle].line <= line { low = middle + 1 } else { high = middle }
        }
        return low > 0 ? blocks[low - 1].id : nil
    }

    /// Line `number` (1-based) of a catalog file, as Unicode scalars (empty when there is none).
    func line(_ number: Int, of file: String, fileText: String) -> [Unicode.Scalar] {
        if let index = fileIndexes[file]?.lines, index.byteCount == fileText.utf8.count { return index.line(number) }
        return LineIndex(fileText).line(number)
    }
}
