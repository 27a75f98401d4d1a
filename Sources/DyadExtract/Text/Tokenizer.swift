/// Splits a run of UTF-8 bytes into tokens, keeping each token's offset in the original document.
///
/// Works on bytes and makes no strings: a token is a span of the buffer with its vocabulary id and classes.
enum Tokenizer {
    /// Tokenises `bytes[range]`; `offsets(i)` maps a buffer index to the document offset.
    static func tokenize(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>, offset: (Int) -> Int) -> [Token] {
        var tokens: [Token] = []
        tokenize(bytes, range, into: &tokens, offset: offset)
        return tokens
    }

    /// Tokenises `bytes[range]` into `tokens`, replacing what it held; its storage is reused, one sentence after another.
    static func tokenize(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>, into tokens: inout [Token], offset: (Int) -> Int) {
        tokens.removeAll(keepingCapacity: true)
        let vocabulary = Vocabulary.shared
        let possessive = CoreWord.possessive.rawValue
        let dash = CoreWord.dash.rawValue
        let possessiveKey = Vocabulary.key("'s"), dashKey = Vocabulary.key("-"), quoteKey = Vocabulary.key("'"), doubleQuoteKey = Vocabulary.key("\"")
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
                        tokens.append(make(start: offset(i), end: offset(i + 4), kind: .word, form: .possessive, i, i + 4, word: possessive, key: possessiveKey))
                        i += 4
                        continue
                    }
                    tokens.append(make(start: offset(i), end: offset(i + 3), kind: .punct, form: .singleQuote, i, i + 3, key: quoteKey))
                    i += 3
                    continue
                }
                if c == 0x93 || c == 0x94 || c == 0x92 || c == 0x90 || c == 0x91 {  // dashes
                    tokens.append(make(start: offset(i), end: offset(i + 3), kind: .punct, form: .dash, i, i + 3, word: dash, key: dashKey))
                    i += 3
                    continue
                }
                if c == 0x9C || c == 0x9D || c == 0xA6 || c == 0xA2 {  // quotes, ellipsis, bullet
                    tokens.append(make(start: offset(i), end: offset(i + 3), kind: .punct, form: .doubleQuote, i, i + 3, key: doubleQuoteKey))
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
                tokens.append(make(start: offset(i), end: offset(i + 2), kind: .word, form: .possessive, i, i + 2, word: possessive, key: possessiveKey))
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
                        // "5'10", "1'000": a word with an apostrophe inside is no number.
                        allDigits = false
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
                var t: Token
                if allDigits {
                    // The value when it fits an Int (as `Int(text)` would give it); a longer run is a number without one.
                    var v = 0
                    for k in s..<i {
                        let (times, o1) = v.multipliedReportingOverflow(by: 10)
                        let (plus, o2) = times.addingReportingOverflow(Int(bytes[k] - 0x30))
                        if o1 || o2 { v = -1; break }
                        v = plus
                    }
                    t = make(start: offset(s), end: offset(i), kind: .number, form: .written, s, i, key: Vocabulary.key(UnsafeBufferPointer(rebasing: bytes[s..<i])))
                    t.number = v
                } else {
                    let (word, bits, key) = vocabulary.lookup(bytes, s..<i)
                    t = make(start: offset(s), end: offset(i), kind: .word, form: .written, s, i, word: word, bits: bits, key: key)
                }
                let first = bytes[s]
                t.startsWithDigit = first >= 0x30 && first <= 0x39
                if first < 0x80 {
                    t.isCapitalized = first >= 0x41 && first <= 0x5A
                } else {
                    t.isCapitalized = String(decoding: UnsafeBufferPointer(rebasing: bytes[s..<i]), as: UTF8.self).unicodeScalars.first?.properties.isUppercase ?? false
                }
                if !allDigits { t.isAcronym = isAcronym(UnsafeBufferPointer(rebasing: bytes[s..<i])) }
                tokens.append(t)
                continue
            }
            // Any other byte is a one-character punctuation token (multi-byte characters kept whole).
            var n = 1
            if b >= 0xC0 { n = b >= 0xF0 ? 4 : (b >= 0xE0 ? 3 : 2) }
            let e = min(end, i + n)
            let (word, bits, key) = vocabulary.lookup(bytes, i..<e)
            var t = make(start: offset(i), end: offset(e), kind: .punct, form: .written, i, e, word: word, bits: bits, key: key)
            // Symbols such as "Ⅱ" count as capitals, as they did when tokens were strings.
            if b >= 0x80 { t.isCapitalized = String(decoding: UnsafeBufferPointer(rebasing: bytes[i..<e]), as: UTF8.self).unicodeScalars.first?.properties.isUppercase ?? false }
            tokens.append(t)
            i = e
        }
    }

    @inline(__always) static func make(start: Int, end: Int, kind: TokenKind, form: TokenForm, _ s: Int, _ e: Int, word: Int32 = -1, bits: UInt64 = 0, key: UInt64) -> Token {
        Token(start: start, end: end, bufferStart: s, bufferEnd: e, key: key, bits: bits, number: -1, word: word, kind: kind, form: form, isCapitalized: false, isAcronym: false, startsWithDigit: false)
    }

    /// Two or more letters, all in upper case (`NATO`, `KFOR`); ASCII words are settled from the bytes.
    static func isAcronym(_ b: UnsafeBufferPointer<UInt8>) -> Bool {
        var letters = 0
        for c in b {
            if c >= 0x80 {
                letters = 0
                for u in String(decoding: b, as: UTF8.self).unicodeScalars {
                    if u.properties.isLowercase { return false }
                    if u.properties.isUppercase { letters += 1 }
                }
                return letters >= 2
            }
            if c >= 0x61 && c <= 0x7A { return false }
            if c >= 0x41 && c <= 0x5A { letters += 1 }
        }
        return letters >= 2
    }

    /// Tokenises a string and hands the tokens, with the bytes they index into, to `body`.
    static func withTokens<R>(_ string: String, _ body: ([Token], UnsafeBufferPointer<UInt8>) throws -> R) rethrows -> R {
        var s = string
        return try s.withUTF8 { buf in try body(tokenize(buf, 0..<buf.count, offset: { $0 }), buf) }
    }

    /// The lower-case words of a string, in order (names turned into look-up keys).
    static func words(_ string: String) -> [String] {
        withTokens(string) { tokens, b in tokens.map { $0.lower(in: b) } }
    }

    @inline(__always) static func isDigit(_ b: UInt8) -> Bool { b >= 0x30 && b <= 0x39 }
    @inline(__always) static func isLetter(_ b: UInt8) -> Bool { (b | 0x20) >= 0x61 && (b | 0x20) <= 0x7A }

    /// Letters, digits and any non-ASCII byte that is not one of the punctuation marks handled above.
    @inline(__always) static func isWordByte(_ b: UInt8) -> Bool {
        if b >= 0x80 { return b != 0xE2 && b != 0xC2 }
        return isLetter(b) || isDigit(b)
    }
}
