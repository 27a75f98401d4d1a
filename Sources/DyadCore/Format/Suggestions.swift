/// Finds the names closest to a misspelt one, for "did you mean …" hints.
enum Suggestions {
    /// Up to two candidates within a small edit distance of `word`, nearest first (case-insensitive).
    static func closest(to word: String, among candidates: [String]) -> [String] {
        let w = Array(word.lowercased())
        let limit = max(2, w.count / 3)
        var scored: [(Int, String)] = []
        for c in candidates {
            let d = distance(w, Array(c.lowercased()), limit: limit)
            if d <= limit { scored.append((d, c)) }
        }
        scored.sort { $0.0 != $1.0 ? $0.0 < $1.0 : $0.1 < $1.1 }
        var seen = Set<String>()
        return scored.map(\.1).filter { seen.insert($0).inserted }.prefix(2).map { $0 }
    }

    /// Levenshtein distance, giving up early once every path exceeds `limit`.
    static func distance(_ a: [Character], _ b: [Character], limit: Int) -> Int {
        if abs(a.count - b.count) > limit { return limit + 1 }
        if a.isEmpty { return b.count }
        if b.isEmpty { return a.count }
        var previous = Array(0...b.count)
        var current = [Int](repeating: 0, count: b.count + 1)
        for i in 1...a.count {
            current[0] = i
            var rowMin = i
            for j in 1...b.count {
                current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1))
                rowMin = min(rowMin, current[j])
            }
            if rowMin > limit { return limit + 1 }
            swap(&previous, &current)
        }
        return previous[b.count]
    }
}
