/// What sort of thing a token is; decides how later stages treat it.
enum TokenKind: UInt8, Sendable {
    case word, number, punct
}

/// A reader of one sentence's tokens by index; its word questions answer "no" out of range.
protocol TokenReader {
    var tokens: [Token] { get }
}

extension TokenReader {
    /// True when token `i` exists and is the core word `c`.
    @inline(__always) func at(_ i: Int, _ c: CoreWord) -> Bool { i >= 0 && i < tokens.count && tokens[i].word == c.rawValue }
    /// True when token `i` exists and is one of the core words in `s`.
    @inline(__always) func atAny(_ i: Int, _ s: CoreSet) -> Bool { i >= 0 && i < tokens.count && s.contains(id: tokens[i].word) }
    /// True when token `i` exists and belongs to one of the classes `c`.
    @inline(__always) func isA(_ i: Int, _ c: WordClass) -> Bool { i >= 0 && i < tokens.count && tokens[i].bits & c.rawValue != 0 }
}

/// One token of a sentence with its byte span in the original document.
struct Token: Sendable {
    /// The token as written (possessive `'s` and `’s` are their own tokens, written `'s`).
    var text: String
    /// The token in lower case, for lexicon look-ups.
    var lower: String
    /// Byte offset of the first byte in the original document.
    var start: Int
    /// Byte offset one past the last byte in the original document.
    var end: Int
    /// Word, number or punctuation.
    var kind: TokenKind
    /// Index of the first byte in the cleaned text buffer the token came from.
    var bufferStart = 0
    /// Index one past the last byte in that buffer.
    var bufferEnd = 0

    /// True when the first character is an upper-case letter; worked out once, it is asked for often.
    var isCapitalized: Bool
    /// The word's id in `Vocabulary`, or -1 for a word outside it.
    var word: Int32
    /// The word's classes (`WordClass` bits).
    var bits: UInt64

    init(text: String, lower: String, start: Int, end: Int, kind: TokenKind, bufferStart: Int = 0, bufferEnd: Int = 0, word: Int32 = -1, bits: UInt64 = 0) {
        self.text = text
        self.lower = lower
        self.word = word
        self.bits = bits
        self.start = start
        self.end = end
        self.kind = kind
        self.bufferStart = bufferStart
        self.bufferEnd = bufferEnd
        if let b = text.utf8.first, b < 0x80 {
            isCapitalized = b >= 0x41 && b <= 0x5A
        } else {
            isCapitalized = text.unicodeScalars.first?.properties.isUppercase ?? false
        }
    }

    /// True when the word belongs to any of the classes `c`.
    @inline(__always) func isA(_ c: WordClass) -> Bool { bits & c.rawValue != 0 }

    /// True when the token is the core word `c`.
    @inline(__always) func isWord(_ c: CoreWord) -> Bool { word == c.rawValue }

    /// True for a token of two or more letters all in upper case (`NATO`, `KFOR`).
    var isAcronym: Bool {
        // ASCII words, nearly all of them, are settled from the bytes without Unicode properties.
        if let ascii = text.utf8.withContiguousStorageIfAvailable({ b -> Bool? in
            var letters = 0
            for c in b {
                if c >= 0x80 { return nil }
                if c >= 0x61 && c <= 0x7A { return false }
                if c >= 0x41 && c <= 0x5A { letters += 1 }
            }
            return letters >= 2
        }), let answer = ascii {
            return answer
        }
        var letters = 0
        for s in text.unicodeScalars {
            if s.properties.isLowercase { return false }
            if s.properties.isUppercase { letters += 1 }
        }
        return letters >= 2
    }
}
