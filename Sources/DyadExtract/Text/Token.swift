/// What sort of thing a token is; decides how later stages treat it.
enum TokenKind: UInt8, Sendable {
    case word, number, punct
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

    /// True when the first character is an upper-case letter.
    var isCapitalized: Bool {
        guard let f = text.unicodeScalars.first else { return false }
        return f.properties.isUppercase
    }

    /// True for a token of two or more letters all in upper case (`NATO`, `KFOR`).
    var isAcronym: Bool {
        var letters = 0
        for s in text.unicodeScalars {
            if s.properties.isLowercase { return false }
            if s.properties.isUppercase { letters += 1 }
        }
        return letters >= 2
    }
}
