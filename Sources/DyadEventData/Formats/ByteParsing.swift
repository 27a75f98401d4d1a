/// Small parsers over UTF-8 bytes, shared by the importer and the streaming index so both read values alike.
enum ByteParsing {
    /// `yyyymmdd` or `yyyy-mm-dd` (optionally followed by a time) as the integer `yyyymmdd`, if a real calendar day.
    static func day(_ b: UnsafeBufferPointer<UInt8>) -> Int? {
        func digits(_ from: Int, _ count: Int) -> Int? {
            var v = 0
            for i in from..<(from + count) {
                let c = b[i] &- 0x30
                guard c < 10 else { return nil }
                v = v * 10 + Int(c)
            }
            return v
        }
        let y: Int, m: Int, d: Int
        if b.count == 8 {
            guard let v = digits(0, 8) else { return nil }
            (y, m, d) = (v / 10000, v / 100 % 100, v % 100)
        } else if b.count >= 10, b[4] == 0x2d, b[7] == 0x2d, b.count == 10 || b[10] == 0x54 || b[10] == 0x20 {
            guard let yy = digits(0, 4), let mm = digits(5, 2), let dd = digits(8, 2) else { return nil }
            (y, m, d) = (yy, mm, dd)
        } else {
            return nil
        }
        guard y >= 1000, (1...12).contains(m), d >= 1, d <= daysIn(month: m, year: y) else { return nil }
        return y * 10000 + m * 100 + d
    }

    static func daysIn(month: Int, year: Int) -> Int {
        switch month {
        case 2: (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28
        case 4, 6, 9, 11: 30
        default: 31
        }
    }

    /// A plain decimal (`-4.4`, `10`, `2.60770975056689`) without exponent; exact integer-over-power-of-ten,
    /// so it rounds as `strtod` does for up to 15 significant digits.
    static func decimal(_ b: UnsafeBufferPointer<UInt8>) -> Double? {
        var i = 0
        var negative = false
        if i < b.count, b[i] == 0x2d || b[i] == 0x2b {
            negative = b[i] == 0x2d
            i += 1
        }
        var mantissa: UInt64 = 0
        var scale = 0
        var digits = 0
        var seenDot = false
        while i < b.count {
            let c = b[i]
            if c == 0x2e, !seenDot {
                seenDot = true
            } else if c &- 0x30 < 10 {
                if digits < 18 {
                    mantissa = mantissa * 10 + UInt64(c &- 0x30)
                    if seenDot { scale += 1 }
                    digits += 1
                } else if !seenDot {
                    return nil
                }
            } else {
                return nil
            }
            i += 1
        }
        guard digits > 0 else { return nil }
        var v = Double(mantissa)
        if scale > 0 { v /= powersOfTen[scale] }
        return negative ? -v : v
    }

    private static let powersOfTen: [Double] = (0...18).map { var p = 1.0; for _ in 0..<$0 { p *= 10 }; return p }

    /// The text inside a trailing `(…)` of a name, else the whole name: `Police (Ukraine)` → `Ukraine`.
    static func owner(_ b: UnsafeBufferPointer<UInt8>) -> UnsafeBufferPointer<UInt8> {
        guard b.count > 2, b[b.count - 1] == 0x29 else { return b }
        var i = b.count - 2
        while i > 0, b[i] != 0x28 { i -= 1 }
        guard b[i] == 0x28, i + 1 < b.count - 1 else { return b }
        return UnsafeBufferPointer(rebasing: b[(i + 1)..<(b.count - 1)])
    }

    /// True for an empty field or one that spells a missing value (`NA`, `null`).
    static func isMissing(_ b: UnsafeBufferPointer<UInt8>) -> Bool {
        b.isEmpty || (b.count == 2 && b[0] == 0x4e && b[1] == 0x41) || (b.count == 4 && String(decoding: b, as: UTF8.self) == "null")
    }
}
