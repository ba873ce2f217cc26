#if canImport(Glibc)
    import Glibc
#elseif canImport(Musl)
    import Musl
#elseif canImport(Darwin)
    import Darwin
#endif

/// Lines of a batch, numbered, a bounded chunk at a time: what is held in memory never depends
/// on the size of the input, only on the chunk's limits and the longest line allowed.
struct BatchChunk: Sendable {
    enum Entry: Sendable {
        /// The line numbered `number` (1-based) is `bytes[range]` of the chunk (without its line break).
        case line(number: Int, range: Range<Int>)
        /// The line was longer than ``BatchLine/maximumBytes``: only its length was kept.
        case tooLong(number: Int, bytes: Int)
    }

    var bytes: [UInt8] = []
    var entries: [Entry] = []
    /// How far into the input the chunk ends, in bytes (lines of other shards included): progress.
    var inputOffset = 0
}

/// Reads a file descriptor line by line (LF or CR LF; a last line without a line break counts).
struct BatchLineReader {
    /// A chunk ends after this many lines, or once it holds this many bytes.
    static let chunkLines = 256
    static let chunkBytes = 1 << 20

    private let descriptor: Int32
    private var data: [UInt8] = []
    private var start = 0
    private var ended = false
    private var buffer = [UInt8](repeating: 0, count: 1 << 16)
    private var bytesRead = 0
    /// Lines seen so far, in every shard.
    private(set) var linesSeen = 0
    /// `errno` of a failed read; the input ends there.
    private(set) var readError: Int32?

    init(descriptor: Int32) {
        self.descriptor = descriptor
    }

    /// The next lines of `shard`, or nil at the end of the input.
    mutating func nextChunk(shard: BatchOptions.Shard) -> BatchChunk? {
        var chunk = BatchChunk()
        while chunk.entries.count < Self.chunkLines && chunk.bytes.count < Self.chunkBytes {
            guard let line = nextLine() else { break }
            linesSeen += 1
            guard shard.contains(line: linesSeen - 1) else { continue }
            switch line {
            case .bytes(let range):
                let offset = chunk.bytes.count
                chunk.bytes.append(contentsOf: data[range])
                chunk.entries.append(.line(number: linesSeen, range: offset..<chunk.bytes.count))
            case .tooLong(let count):
                chunk.entries.append(.tooLong(number: linesSeen, bytes: count))
            }
        }
        chunk.inputOffset = bytesRead - (data.count - start)
        return chunk.entries.isEmpty ? nil : chunk
    }

    private enum Line {
        /// The line is `data[range]`, valid until the next read.
        case bytes(Range<Int>)
        case tooLong(Int)
    }

    private mutating func nextLine() -> Line? {
        var scanned = 0  // bytes after `start` known to hold no line break
        while true {
            if let newline = data[(start + scanned)...].firstIndex(of: 0x0A) {
                let line = start..<(newline > start && data[newline - 1] == 0x0D ? newline - 1 : newline)
                start = newline + 1
                return line.count > BatchLine.maximumBytes ? .tooLong(line.count) : .bytes(line)
            }
            if data.count - start > BatchLine.maximumBytes { return .tooLong(skipLongLine()) }
            scanned = data.count - start
            if ended || !fill() {
                guard start < data.count else { return nil }
                let line = start..<(data[data.count - 1] == 0x0D ? data.count - 1 : data.count)
                start = data.count
                return .bytes(line)
            }
        }
    }

    /// Drops a line that is too long up to its line break; its length.
    private mutating func skipLongLine() -> Int {
        var count = data.count - start
        data.removeAll(keepingCapacity: true)
        start = 0
        while !ended && fill() {
            if let newline = data.firstIndex(of: 0x0A) {
                count += newline
                start = newline + 1
                return count
            }
            count += data.count
            data.removeAll(keepingCapacity: true)
        }
        return count
    }

    /// Reads more bytes after the unconsumed ones; false at the end of the input.
    private mutating func fill() -> Bool {
        if start > 0 {
            data.removeSubrange(0..<start)
            start = 0
        }
        while true {
            let count = read(descriptor, &buffer, buffer.count)
            if count > 0 {
                data.append(contentsOf: buffer[0..<count])
                bytesRead += count
                return true
            }
            if count < 0 && errno == EINTR { continue }
            if count < 0 { readError = errno }
            ended = true
            return false
        }
    }
}
