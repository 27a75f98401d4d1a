/// Splits a paragraph of cleaned bytes into sentences, minding abbreviations and initials.
enum SentenceSplitter {
    static let abbreviations: WordSet = Language.english.words("abbreviations")

    /// Sentence ranges inside `range`; none is longer than `maxBytes` (a longer one is cut at a space).
    /// `out` is emptied first; its storage is reused paragraph after paragraph.
    static func split(_ b: UnsafeBufferPointer<UInt8>, _ range: Range<Int>, maxBytes: Int, into out: inout [Range<Int>]) {
        out.removeAll(keepingCapacity: true)
        var s = range.lowerBound
        var i = range.lowerBound
        let end = range.upperBound
        func emit(_ e: Int) {
            var a = s
            while a < e, b[a] == 0x20 || b[a] == 0x0A || b[a] == 0x09 || b[a] == 0x0D { a += 1 }
            if a < e { out.append(a..<e) }
            s = e
        }
        while i < end {
            let c = b[i]
            if i - s >= maxBytes {
                // Cut an overlong sentence at the last space, or anywhere on a character boundary.
                var cut = i
                while cut > s + maxBytes / 2, b[cut] != 0x20 { cut -= 1 }
                if cut <= s + maxBytes / 2 { cut = i; while cut > s + 1, b[cut] & 0xC0 == 0x80 { cut -= 1 } }
                emit(cut)
                i = cut
                continue
            }
            if c == 0x2E || c == 0x21 || c == 0x3F {
                var j = i + 1
                // Closing quotes and brackets stay with the sentence.
                while j < end, b[j] == 0x22 || b[j] == 0x27 || b[j] == 0x29 || b[j] == 0x5D || (b[j] == 0xE2 && j + 2 < end && b[j + 1] == 0x80 && (b[j + 2] == 0x9D || b[j + 2] == 0x99)) {
                    j += b[j] == 0xE2 ? 3 : 1
                }
                if j >= end {
                    i = j
                    continue
                }
                guard b[j] == 0x20 || b[j] == 0x0A || b[j] == 0x09 else { i += 1; continue }
                var k = j
                while k < end, b[k] == 0x20 || b[k] == 0x0A || b[k] == 0x09 { k += 1 }
                let nextOK = k >= end || !(b[k] >= 0x61 && b[k] <= 0x7A)
                if c == 0x2E && (!nextOK || isAbbreviation(b, s, i)) { i = j; continue }
                if !nextOK { i = j; continue }
                emit(j)
                i = k
                continue
            }
            i += 1
        }
        emit(end)
    }

    /// Is the word before the dot at `dot` an abbreviation or an initial?
    static func isAbbreviation(_ b: UnsafeBufferPointer<UInt8>, _ s: Int, _ dot: Int) -> Bool {
        var w = dot
        while w > s, b[w - 1] != 0x20 && b[w - 1] != 0x0A && b[w - 1] != 0x28 && b[w - 1] != 0x22 { w -= 1 }
        let len = dot - w
        if len == 0 { return false }
        // A single capital letter is an initial (J. Smith).
        if len == 1, b[w] >= 0x41, b[w] <= 0x5A { return true }
        if len > 6 { return false }
        // Looked up straight from the bytes, in any case, as the tokenizer looks up words.
        return Vocabulary.shared.lookup(b, w..<dot).1 & WordClass.abbreviation.rawValue != 0
    }
}
