/// Checks a byte stream chunk by chunk: valid UTF-8, no NUL bytes (which mark a binary file).
struct UTF8Validator {
    /// Continuation bytes still expected from the last sequence.
    private var pending = 0
    /// Bounds on the next continuation byte (for overlong and surrogate checks).
    private var lo: UInt8 = 0x80
    private var hi: UInt8 = 0xBF
    /// Where the sequence being checked began, and its first byte, to name the culprit in errors.
    private var leadAt = 0
    private var lead: UInt8 = 0
    /// Bytes seen so far, for the error offset.
    private(set) var consumed = 0

    enum Problem: Error { case binary(Int), invalid(Int, UInt8), truncated(Int) }

    /// Validates the next chunk; throws at the first bad byte with its document offset.
    mutating func feed(_ bytes: UnsafeBufferPointer<UInt8>) throws(Problem) {
        var i = 0
        let n = bytes.count
        while i < n {
            let b = bytes[i]
            if pending > 0 {
                guard b >= lo && b <= hi else { throw .invalid(leadAt, lead) }
                lo = 0x80
                hi = 0xBF
                pending -= 1
                i += 1
                continue
            }
            if b < 0x80 {
                if b == 0 { throw .binary(consumed + i) }
                // Fast path over ASCII runs.
                i += 1
                while i < n, bytes[i] < 0x80, bytes[i] != 0 { i += 1 }
                continue
            }
            switch b {
            case 0xC2...0xDF: pending = 1
            case 0xE0: pending = 2; lo = 0xA0
            case 0xE1...0xEC, 0xEE, 0xEF: pending = 2
            case 0xED: pending = 2; hi = 0x9F
            case 0xF0: pending = 3; lo = 0x90
            case 0xF1...0xF3: pending = 3
            case 0xF4: pending = 3; hi = 0x8F
            default: throw .invalid(consumed + i, b)
            }
            leadAt = consumed + i
            lead = b
            i += 1
        }
        consumed += n
    }

    /// Ends the stream; a sequence cut off by the end of the file is an error.
    func finish() throws(Problem) {
        if pending > 0 { throw .truncated(consumed) }
    }
}
