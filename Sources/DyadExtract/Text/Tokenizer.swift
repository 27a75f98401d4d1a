/// Splits a run of UTF-8 bytes into tokens, keeping each token's offset in the original document.
///
/// Works on bytes: the only strings made are the tokens themselves, so a sentence costs one pass.
enum Tokenizer {
    /// Tokenises `bytes[range]`; `offsets(i)` maps a buffer index to the document offset.
    static func tokenize(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>, offset: (Int) -> Int) -> [Token] {
        let vocabulary = Vocabulary.shared
        let possessive = CoreWord.possessive.rawValue
        let dash = CoreWord.dash.rawValue
        var tokens: [Token] = []
        tokens.reserveCapacity((range.count / 6) + 2)
        var i = range.lowerBound
        let end = range.upperBound
        while i < end {
            let b = bytes[i]
            if b == 0x20 || b == 0x0A || b == 0x09 || b == 0x0D {
                i += 1
                continue
            }
            // Multi-byte punctuation that matters: curly quotes, dashes, ellipsis, no-break space.
            if b == 0xE2, i + 2 < end, bytes[i + 1] == 0x80 {
                let c = bytes[i + 2]
                if c == 0x99 || c == 0x98 {  // ’ or ‘
                    if c == 0x99, i + 3 < end, bytes[i + 3] == 0x73 || bytes[i + 3] == 0x53, i + 4 >= end || !isWordByte(bytes[i + 4]),
                        let last = tokens.last, last.kind != .punct, last.end == offset(i)
                    {
                        tokens.append(Token(text: "'s", lower: "'s", start: offset(i), end: offset(i + 4), kind: .word, bufferStart: i, bufferEnd: i + 4, word: possessive))
                        i += 4
                        continue
                    }
                    tokens.append(Token(text: "'", lower: "'", start: offset(i), end: offset(i + 3), kind: .punct, bufferStart: i, bufferEnd: i + 3))
                    i += 3
                    continue
                }
                if c == 0x93 || c == 0x94 || c == 0x92 || c == 0x90 || c == 0x91 {  // dashes
                    tokens.append(Token(text: "-", lower: "-", start: offset(i), end: offset(i + 3), kind: .punct, bufferStart: i, bufferEnd: i + 3, word: dash))
                    i += 3
                    continue
                }
                if c == 0x9C || c == 0x9D || c == 0xA6 || c == 0xA2 {  // quotes, ellipsis, bullet
                    tokens.append(Token(text: "\"", lower: "\"", start: offset(i), end: offset(i + 3), kind: .punct, bufferStart: i, bufferEnd: i + 3))
                    i += 3
                    continue
                }
            }
            if b == 0xC2, i + 1 < end, bytes[i + 1] == 0xA0 || bytes[i + 1] == 0xAB || bytes[i + 1] == 0xBB {
                i += 2
                continue
            }
            if b == 0x27, i + 1 < end, bytes[i + 1] == 0x73 || bytes[i + 1] == 0x53, i + 2 >= end || !isWordByte(bytes[i + 2]),
                let last = tokens.last, last.kind != .punct, last.end == offset(i)
            {
                tokens.append(Token(text: "'s", lower: "'s", start: offset(i), end: offset(i + 2), kind: .word, bufferStart: i, bufferEnd: i + 2, word: possessive))
                i += 2
                continue
            }
            if isWordByte(b) {
                let s = i
                var allDigits = true
                while i < end {
                    let c = bytes[i]
                    if isWordByte(c) {
                        if c >= 0x80 || !(c >= 0x30 && c <= 0x39) { allDigits = false }
                        i += 1
                        continue
                    }
                    // Keep inner hyphens (NATO-led) but split digit ranges (1851-52, mid-1990s).
                    if c == 0x2D, i + 1 < end, isWordByte(bytes[i + 1]), !isDigit(bytes[i - 1]), !isDigit(bytes[i + 1]) {
                        i += 1
                        continue
                    }
                    // Keep inner apostrophes of words like d'Ivoire, but not the possessive.
                    if c == 0x27, i + 1 < end, isWordByte(bytes[i + 1]), !(bytes[i + 1] == 0x73 || bytes[i + 1] == 0x53) {
                        i += 1
                        continue
                    }
                    // Abbreviations with inner dots (U.S., e.g.): a dot between two letters.
                    if c == 0x2E, i + 1 < end, isLetter(bytes[i + 1]), i - s <= 3, isLetter(bytes[i - 1]) {
                        i += 1
                        continue
                    }
                    break
                }
                // Keep the final dot of a dotted abbreviation (U.S.).
                if i < end, bytes[i] == 0x2E, i - s >= 3, bytes[i - 2] == 0x2E { i += 1 }
                let text = String(decoding: UnsafeBufferPointer(rebasing: bytes[s..<i]), as: UTF8.self)
                // Most words are plain lower-case ASCII already: no second string for them.
                var upper = false
                var ascii = true
                for k in s..<i {
                    let c = bytes[k]
                    if c >= 0x80 { ascii = false; break }
                    if c >= 0x41 && c <= 0x5A { upper = true }
                }
                let lower: String
                if allDigits || ascii && !upper {
                    lower = text
                } else if ascii {
                    // ASCII with capitals: lower-cased byte by byte, without the Unicode case tables.
                    lower = String(unsafeUninitializedCapacity: i - s) { out in
                        for k in s..<i { let c = bytes[k]; out[k - s] = c >= 0x41 && c <= 0x5A ? c | 0x20 : c }
                        return i - s
                    }
                } else {
                    lower = text.lowercased()
                }
                let (word, bits) = allDigits ? (-1, 0) : vocabulary.lookup(bytes, s..<i, lower: lower)
                tokens.append(Token(text: text, lower: lower, start: offset(s), end: offset(i), kind: allDigits ? .number : .word, bufferStart: s, bufferEnd: i, word: word, bits: bits))
                continue
            }
            // Any other byte is a one-character punctuation token (multi-byte characters kept whole).
            var n = 1
            if b >= 0xC0 { n = b >= 0xF0 ? 4 : (b >= 0xE0 ? 3 : 2) }
            let e = min(end, i + n)
            let text = String(decoding: UnsafeBufferPointer(rebasing: bytes[i..<e]), as: UTF8.self)
            let (word, bits) = n == 1 ? vocabulary.lookup(bytes, i..<e, lower: text) : (-1, 0)
            tokens.append(Token(text: text, lower: text, start: offset(i), end: offset(e), kind: .punct, bufferStart: i, bufferEnd: e, word: word, bits: bits))
            i = e
        }
        return tokens
    }

    /// Tokenises a string whose offsets are its own UTF-8 offsets.
    static func tokenize(_ string: String) -> [Token] {
        var s = string
        return s.withUTF8 { buf in tokenize(buf, 0..<buf.count, offset: { $0 }) }
    }

    @inline(__always) static func isDigit(_ b: UInt8) -> Bool { b >= 0x30 && b <= 0x39 }
    @inline(__always) static func isLetter(_ b: UInt8) -> Bool { (b | 0x20) >= 0x61 && (b | 0x20) <= 0x7A }

    /// Letters, digits and any non-ASCII byte that is not one of the punctuation marks handled above.
    @inline(__always) static func isWordByte(_ b: UInt8) -> Bool {
        if b >= 0x80 { return b != 0xE2 && b != 0xC2 }
        return isLetter(b) || isDigit(b)
    }
}
