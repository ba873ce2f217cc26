extension WordDiff {
    /// The edit steps from one sequence of word numbers to another: a longest common subsequence
    /// by Hirschberg's divide and conquer, which keeps one row of lengths at a time (space linear
    /// in the input; recursion depth logarithmic in the old text's length).
    struct Steps {
        /// One step, by word index: `same` names the word in the old text and in the new one.
        enum Operation: Equatable {
            case same(Int, Int)
            case removed(Int)
            case added(Int)
        }

        /// The old and new words, as numbers (equal words, equal numbers).
        let x: [Int]
        let y: [Int]
        /// The steps, in order.
        private(set) var operations: [Operation] = []

        init(x: [Int], y: [Int]) {
            self.x = x
            self.y = y
        }

        /// Fills `operations`. The common start and end are matched first; a middle that would
        /// cost more than `maxCells` comparisons is one removal and one addition.
        mutating func compare(maxCells: Int) {
            var start = 0
            while start < x.count, start < y.count, x[start] == y[start] { start += 1 }
            var endX = x.count
            var endY = y.count
            while endX > start, endY > start, x[endX - 1] == y[endY - 1] {
                endX -= 1
                endY -= 1
            }
            operations += (0..<start).map { .same($0, $0) }
            let middleX = start..<endX
            let middleY = start..<endY
            if middleX.count * middleY.count > maxCells {
                operations += middleX.map { .removed($0) }
                operations += middleY.map { .added($0) }
            } else {
                align(middleX, middleY)
            }
            operations += (endY..<y.count).map { .same($0 - endY + endX, $0) }
        }

        /// The steps from `x[a]` to `y[b]`.
        private mutating func align(_ a: Range<Int>, _ b: Range<Int>) {
            if a.isEmpty {
                operations += b.map { .added($0) }
                return
            }
            if b.isEmpty {
                operations += a.map { .removed($0) }
                return
            }
            if a.count == 1 {
                let i = a.lowerBound
                guard let j = b.first(where: { y[$0] == x[i] }) else {
                    operations.append(.removed(i))
                    operations += b.map { .added($0) }
                    return
                }
                operations += (b.lowerBound..<j).map { .added($0) }
                operations.append(.same(i, j))
                operations += ((j + 1)..<b.upperBound).map { .added($0) }
                return
            }
            // Split the old words in two and find where the new words split so that the two
            // halves' common subsequences together are longest.
            let middle = a.lowerBound + a.count / 2
            let forward = Self.lengths(x[a.lowerBound..<middle], y[b])
            let backward = Self.lengths(x[middle..<a.upperBound].reversed(), y[b].reversed())
            var split = 0
            var best = -1
            for k in 0...b.count where forward[k] + backward[b.count - k] > best {
                best = forward[k] + backward[b.count - k]
                split = k
            }
            align(a.lowerBound..<middle, b.lowerBound..<(b.lowerBound + split))
            align(middle..<a.upperBound, (b.lowerBound + split)..<b.upperBound)
        }

        /// `lengths[k]`: the length of the longest common subsequence of `first` and the first
        /// `k` elements of `second`, computed one row at a time.
        static func lengths(_ first: some Sequence<Int>, _ second: some Sequence<Int>) -> [Int] {
            let second = Array(second)
            var row = [Int](repeating: 0, count: second.count + 1)
            guard !second.isEmpty else { return row }
            for value in first {
                var diagonal = 0
                for k in 1...second.count {
                    let above = row[k]
                    row[k] = value == second[k - 1] ? diagonal + 1 : max(above, row[k - 1])
                    diagonal = above
                }
            }
            return row
        }
    }
}
