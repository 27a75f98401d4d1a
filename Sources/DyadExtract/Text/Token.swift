/// What sort of thing a token is; decides how later stages treat it.
enum TokenKind: UInt8, Sendable {
    case word, number, punct
}

/// How a token is printed when its bytes are not its printed form.
enum TokenForm: UInt8, Sendable {
    /// As written in the buffer.
    case written
    /// A possessive written with a curly apostrophe, printed `'s`.
    case possessive
    /// An en or em dash, printed `-`.
    case dash
    /// A curly single quote, printed `'`.
    case singleQuote
    /// A curly double quote, an ellipsis or a bullet, printed `"`.
    case doubleQuote
}

/// A reader of one sentence's tokens by index; its word questions answer "no" out of range.
///
/// Tokens hold no strings: their text lives in `bytes`, the buffer they were cut from, and is made into a
/// string only where a rule or the output needs it. Copying a token is copying a few integers.
protocol TokenReader {
    var tokens: [Token] { get }
    /// The buffer the tokens' `bufferStart` and `bufferEnd` index into.
    var bytes: UnsafeBufferPointer<UInt8> { get }
}

extension TokenReader {
    /// True when token `i` exists and is the core word `c`.
    @inline(__always) func at(_ i: Int, _ c: CoreWord) -> Bool { i >= 0 && i < tokens.count && tokens[i].word == c.rawValue }
    /// True when token `i` exists and is one of the core words in `s`.
    @inline(__always) func atAny(_ i: Int, _ s: CoreSet) -> Bool { i >= 0 && i < tokens.count && s.contains(id: tokens[i].word) }
    /// True when token `i` exists and belongs to one of the classes `c`.
    @inline(__always) func isA(_ i: Int, _ c: WordClass) -> Bool { i >= 0 && i < tokens.count && tokens[i].bits & c.rawValue != 0 }
    /// Token `i` as printed.
    func text(_ i: Int) -> String { tokens[i].text(in: bytes) }
    /// Token `i` in lower case.
    func lower(_ i: Int) -> String { tokens[i].lower(in: bytes) }
    /// True when token `i` exists and is `word` in lower case; compared on the bytes, no string made.
    func lowerIs(_ i: Int, _ word: String) -> Bool { i >= 0 && i < tokens.count && tokens[i].lowerEquals(word, in: bytes) }
    /// The value of token `i` when it is a number that fits an Int.
    func number(_ i: Int) -> Int? { i >= 0 && i < tokens.count && tokens[i].number >= 0 ? tokens[i].number : nil }
}

/// One token of a sentence with its byte span in the original document.
///
/// A plain value: no strings, no references. `text(in:)` and `lower(in:)` read the words from the buffer.
struct Token: Sendable {
    /// Byte offset of the first byte in the original document.
    var start: Int
    /// Byte offset one past the last byte in the original document.
    var end: Int
    /// Index of the first byte in the cleaned text buffer the token came from.
    var bufferStart: Int
    /// Index one past the last byte in that buffer.
    var bufferEnd: Int
    /// A 64-bit hash of the lower-case form (`Vocabulary.key`), for name look-ups without a string.
    var key: UInt64
    /// The word's classes (`WordClass` bits).
    var bits: UInt64
    /// The value of an all-digit token, or -1 (other tokens, or too many digits).
    var number: Int
    /// The word's id in `Vocabulary`, or -1 for a word outside it.
    var word: Int32
    /// Word, number or punctuation.
    var kind: TokenKind
    /// How the token prints when its bytes differ from its printed form.
    var form: TokenForm
    /// True when the first character is an upper-case letter; worked out once, it is asked for often.
    var isCapitalized: Bool
    /// True for a token of two or more letters all in upper case (`NATO`, `KFOR`).
    var isAcronym: Bool
    /// True when the first byte is an ASCII digit ("1990s", "27th" as well as numbers).
    var startsWithDigit: Bool

    /// The number of bytes the token takes in the buffer.
    @inline(__always) var length: Int { bufferEnd - bufferStart }

    /// True when the word belongs to any of the classes `c`.
    @inline(__always) func isA(_ c: WordClass) -> Bool { bits & c.rawValue != 0 }

    /// True when the token is the core word `c`.
    @inline(__always) func isWord(_ c: CoreWord) -> Bool { word == c.rawValue }

    /// The token as printed (possessive `'s` and `’s` are both `'s`; dashes `-`).
    func text(in b: UnsafeBufferPointer<UInt8>) -> String {
        switch form {
        case .written: return String(decoding: UnsafeBufferPointer(rebasing: b[bufferStart..<bufferEnd]), as: UTF8.self)
        case .possessive: return "'s"
        case .dash: return "-"
        case .singleQuote: return "'"
        case .doubleQuote: return "\""
        }
    }

    /// The token in lower case.
    func lower(in b: UnsafeBufferPointer<UInt8>) -> String {
        // Punctuation is its own lower case (a symbol such as "Ⅱ" is not folded).
        guard form == .written, kind != .punct else { return text(in: b) }
        let r = bufferStart..<bufferEnd
        var ascii = true
        for k in r where b[k] >= 0x80 { ascii = false; break }
        guard ascii else { return text(in: b).lowercased() }
        return String(unsafeUninitializedCapacity: r.count) { out in
            for k in r { out[k - r.lowerBound] = Vocabulary.asciiLower(b[k]) }
            return r.count
        }
    }

    /// True when the token's lower-case form is `word`, compared on the bytes.
    func lowerEquals(_ word: String, in b: UnsafeBufferPointer<UInt8>) -> Bool {
        guard form == .written, kind != .punct else { return text(in: b) == word }
        let r = bufferStart..<bufferEnd
        guard word.utf8.count == r.count else {
            for k in r where b[k] >= 0x80 { return lower(in: b) == word }
            return false
        }
        var j = word.utf8.startIndex
        for k in r {
            if b[k] >= 0x80 { return lower(in: b) == word }
            if Vocabulary.asciiLower(b[k]) != word.utf8[j] { return false }
            j = word.utf8.index(after: j)
        }
        return true
    }
}
