/// Decimal digits of non-negative integers, written straight into bytes (dates and JSON offsets are printed this way).
enum DecimalDigits {
    /// How many digits `v` (non-negative) has.
    @inline(__always) static func digitCount(_ v: Int) -> Int {
        var digits = 1
        var t = v
        while t >= 10 { t /= 10; digits += 1 }
        return digits
    }

    /// Writes the `digits` digits of `v` (non-negative) at `p`, most significant first.
    @inline(__always) static func write(_ v: Int, digits: Int, to p: UnsafeMutablePointer<UInt8>) {
        var x = v
        var k = digits - 1
        repeat {
            p[k] = UInt8(0x30 + x % 10)
            x /= 10
            k -= 1
        } while x > 0
    }
}
