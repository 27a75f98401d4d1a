import DyadCore

/// The ways events can be printed.
public enum EventFormat: String, Sendable, CaseIterable {
    /// One JSON object per line, as the extraction contract says.
    case jsonl
    /// A draft history in Dyad's YAML format, for review.
    case yaml
    /// An aligned table for reading in a terminal.
    case table
}

/// Renders extracted events as JSON Lines, a draft history or a table.
public enum EventWriter {
    /// One JSON object, on one line, for an event.
    public static func jsonLine(_ e: ExtractedEvent) -> String {
        var bytes: [UInt8] = []
        appendJSONLine(e, to: &bytes)
        bytes.removeLast()
        return String(decoding: bytes, as: UTF8.self)
    }

    /// Appends an event's JSON object and a line feed to a byte buffer.
    public static func appendJSONLine(_ e: borrowing ExtractedEvent, to s: inout [UInt8]) {
        s += jsonLines([copy e])
    }

    /// The events as JSON Lines.
    ///
    /// Events are written straight into the output bytes: appending to a growing array byte by byte, and before
    /// that building a string per event, cost more than finding the events in some profiles. Each line is written
    /// once, into room reserved for its longest possible form (every byte escaped).
    public static func jsonLines(_ events: [ExtractedEvent]) -> [UInt8] {
        var capacity = max(4096, events.count * 400)
        var out = UnsafeMutablePointer<UInt8>.allocate(capacity: capacity)
        defer { out.deallocate() }
        var n = 0
        events.withUnsafeBufferPointer { list in
            for i in list.indices {
                // Through the element's address: reading `list[i]` copied the event, retaining each of its strings.
                let e = list.baseAddress! + i
                let need = JSONCursor.bound(e)
                if n + need > capacity {
                    let bigger = max(capacity * 2, n + need)
                    let moved = UnsafeMutablePointer<UInt8>.allocate(capacity: bigger)
                    moved.initialize(from: out, count: n)
                    out.deallocate()
                    out = moved
                    capacity = bigger
                }
                var w = JSONCursor(out + n)
                w.line(e)
                n += w.n
            }
        }
        return Array(UnsafeBufferPointer(start: out, count: n))
    }

    /// Appends a confidence as Swift's shortest decimal form would print it.
    static func appendConfidence(_ c: Double, to s: inout [UInt8]) {
        var size = JSONCursor(nil)
        size.confidence(c)
        let old = s.count
        s.append(contentsOf: repeatElement(0, count: size.n))
        s.withUnsafeMutableBufferPointer { b in
            var w = JSONCursor(b.baseAddress! + old)
            w.confidence(c)
        }
    }

    /// A JSON string literal.
    public static func jsonString(_ v: String) -> String { json(v) }

    /// A JSON string literal, or null.
    static func json(_ v: String?) -> String {
        guard let v else { return "null" }
        // Most names need no escaping at all.
        if !v.utf8.contains(where: { $0 < 0x20 || $0 == 0x22 || $0 == 0x5C }) { return "\"" + v + "\"" }
        return DoubleQuoted.literal(v)
    }

    /// A table with one row per event; long cells are shortened with an ellipsis.
    public static func table(_ events: [ExtractedEvent]) -> String {
        let header = ["date", "type", "subject", "object", "by", "where"]
        var rows = [header]
        for e in events {
            rows.append([
                (e.date ?? "-") + (e.dateInherited ? "*" : ""), e.type.rawValue, cut(e.subject ?? "-", 24), cut(e.object ?? "-", 40), cut(e.by ?? "-", 24),
                "\(e.document):\(e.start)",
            ])
        }
        var widths = [Int](repeating: 0, count: header.count)
        for r in rows { for (k, c) in r.enumerated() { widths[k] = max(widths[k], c.count) } }
        var out = ""
        for (n, r) in rows.enumerated() {
            out += r.enumerated().map { k, c in k == r.count - 1 ? c : c + String(repeating: " ", count: widths[k] - c.count) }.joined(separator: "  ") + "\n"
            if n == 0 { out += widths.map { String(repeating: "-", count: $0) }.joined(separator: "  ") + "\n" }
        }
        if events.contains(where: \.dateInherited) { out += "* date carried over from earlier sentences\n" }
        return out
    }

    static func cut(_ s: String, _ n: Int) -> String { s.count <= n ? s : String(s.prefix(n - 1)) + "…" }
}

/// Writes JSON at a pointer, or, with no pointer, only counts the bytes it would write: the same code sizes
/// the buffer and fills it, so the two can never disagree.
struct JSONCursor {
    let p: UnsafeMutablePointer<UInt8>?
    /// Bytes written (or counted) so far.
    var n = 0

    init(_ p: UnsafeMutablePointer<UInt8>?) { self.p = p }

    @inline(__always) mutating func byte(_ b: UInt8) {
        p?[n] = b
        n += 1
    }

    @inline(__always) mutating func raw(_ s: StaticString) {
        if let p { (p + n).initialize(from: s.utf8Start, count: s.utf8CodeUnitCount) }
        n += s.utf8CodeUnitCount
    }

    @inline(__always) mutating func bytes(_ b: UnsafeBufferPointer<UInt8>) {
        if let p, let base = b.baseAddress { (p + n).initialize(from: base, count: b.count) }
        n += b.count
    }

    /// The most bytes `line(e)` can write: every string byte escaped as `\\u00XX`, numbers at their widest.
    static func bound(_ e: UnsafePointer<ExtractedEvent>) -> Int {
        func b(_ v: String?) -> Int { v.map { $0.utf8.count * 6 + 2 } ?? 4 }
        return 200 + b(e.pointee.subject) + b(e.pointee.object) + b(e.pointee.by) + b(e.pointee.date) + b(e.pointee.document) + b(e.pointee.quote)
            + e.pointee.type.rawValue.utf8.count + 3 * 24
    }

    /// A JSON string literal, or null; bytes copied as they are when nothing needs escaping.
    mutating func string(_ v: String?) {
        guard let v else { raw("null"); return }
        let done: Bool? = v.utf8.withContiguousStorageIfAvailable { b in
            if Self.needsEscape(b) { return false }
            byte(0x22)
            bytes(b)
            byte(0x22)
            return true
        }
        if done == true { return }
        let escaped = EventWriter.json(v)
        for c in escaped.utf8 { byte(c) }
    }

    /// True when some byte must be escaped in a JSON string: a control character, `"` or `\\`.
    ///
    /// Eight bytes at a time: every quote is scanned, both when the output is sized and when it is written.
    static func needsEscape(_ b: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let base = b.baseAddress else { return false }
        let ones: UInt64 = 0x0101_0101_0101_0101
        let highs: UInt64 = 0x8080_8080_8080_8080
        var i = 0
        while i + 8 <= b.count {
            let x = UInt64(littleEndian: UnsafeRawPointer(base + i).loadUnaligned(as: UInt64.self))
            // A byte below 0x20, or equal to 0x22 or 0x5C, leaves its high bit set in one of these (the classic zero-byte test).
            let low = (x &- ones &* 0x20) & ~x
            let q = x ^ (ones &* 0x22)
            let s = x ^ (ones &* 0x5C)
            let quote = (q &- ones) & ~q
            let slash = (s &- ones) & ~s
            if (low | quote | slash) & highs != 0 { return true }
            i += 8
        }
        while i < b.count {
            let c = base[i]
            if c < 0x20 || c == 0x22 || c == 0x5C { return true }
            i += 1
        }
        return false
    }

    /// An integer in decimal.
    mutating func int(_ v: Int) {
        guard v > 0 else {
            for c in String(v).utf8 { byte(c) }
            return
        }
        let digits = DecimalDigits.digitCount(v)
        if let p { DecimalDigits.write(v, digits: digits, to: p + n) }
        n += digits
    }

    /// A confidence as Swift's shortest decimal form would print it; whole hundredths (all the extractor makes)
    /// are written from their digits, which showed in profiles as the slowest field.
    mutating func confidence(_ c: Double) {
        let hundredths = (c * 100).rounded()
        guard c >= 0.01, c < 1, hundredths / 100 == c else {
            for b in c.description.utf8 { byte(b) }
            return
        }
        let k = Int(hundredths)
        raw("0.")
        byte(UInt8(0x30 + k / 10))
        if k % 10 != 0 { byte(UInt8(0x30 + k % 10)) }
    }

    /// One event as a JSON object and a line feed, in the field order of the extraction contract.
    mutating func line(_ e: UnsafePointer<ExtractedEvent>) {
        raw(#"{"type":""#)
        for c in e.pointee.type.rawValue.utf8 { byte(c) }
        raw(#"","subject":"#)
        string(e.pointee.subject)
        raw(#","object":"#)
        string(e.pointee.object)
        raw(#","by":"#)
        string(e.pointee.by)
        raw(#","date":"#)
        string(e.pointee.date)
        raw(#","source":{"document":"#)
        string(e.pointee.document)
        raw(#","start":"#)
        int(e.pointee.start)
        raw(#","end":"#)
        int(e.pointee.end)
        raw(#"},"quote":"#)
        string(e.pointee.quote)
        raw(e.pointee.dateInherited ? #","date_inherited":true"# : #","date_inherited":false"#)
        raw(#","confidence":"#)
        confidence(e.pointee.confidence)
        raw("}\n")
    }
}
