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
    ///
    /// Events are written straight into the output bytes: building a string per event and joining them
    /// cost more than finding the events in some profiles.
    public static func appendJSONLine(_ e: borrowing ExtractedEvent, to s: inout [UInt8]) {
        s += #"{"type":""#.utf8
        s += e.type.rawValue.utf8
        s += #"","subject":"#.utf8
        appendJSON(e.subject, to: &s)
        s += #","object":"#.utf8
        appendJSON(e.object, to: &s)
        s += #","by":"#.utf8
        appendJSON(e.by, to: &s)
        s += #","date":"#.utf8
        appendJSON(e.date, to: &s)
        s += #","source":{"document":"#.utf8
        appendJSON(e.document, to: &s)
        s += #","start":"#.utf8
        appendInt(e.start, to: &s)
        s += #","end":"#.utf8
        appendInt(e.end, to: &s)
        s += #"},"quote":"#.utf8
        appendJSON(e.quote, to: &s)
        s += (e.dateInherited ? #","date_inherited":true"# : #","date_inherited":false"#).utf8
        s += #","confidence":"#.utf8
        appendConfidence(e.confidence, to: &s)
        s += "}\n".utf8
    }

    /// Appends an integer in decimal, without making a string for it.
    static func appendInt(_ v: Int, to s: inout [UInt8]) {
        guard v > 0 else { s += String(v).utf8; return }
        var digits: (UInt64, UInt64, UInt64) = (0, 0, 0)
        var n = 0
        var x = v
        withUnsafeMutableBytes(of: &digits) { d in
            while x > 0 { d[n] = UInt8(0x30 + x % 10); x /= 10; n += 1 }
            for k in stride(from: n - 1, through: 0, by: -1) { s.append(d[k]) }
        }
    }

    /// Appends a confidence as Swift's shortest decimal form would print it; whole hundredths (all the extractor
    /// makes) are written from their digits, which showed in profiles as the slowest field.
    static func appendConfidence(_ c: Double, to s: inout [UInt8]) {
        let hundredths = (c * 100).rounded()
        guard c >= 0.01, c < 1, hundredths / 100 == c else { s += c.description.utf8; return }
        let n = Int(hundredths)
        s += "0.".utf8
        s.append(UInt8(0x30 + n / 10))
        if n % 10 != 0 { s.append(UInt8(0x30 + n % 10)) }
    }

    /// Appends a JSON string literal, or null, copying the bytes as they are when nothing needs escaping.
    static func appendJSON(_ v: String?, to s: inout [UInt8]) {
        guard let v else { s += "null".utf8; return }
        // Checked and copied on the contiguous bytes: the generic scan of the UTF-8 view was a hot spot.
        let done: Bool? = v.utf8.withContiguousStorageIfAvailable { b in
            guard !b.contains(where: { $0 < 0x20 || $0 == 0x22 || $0 == 0x5C }) else { return false }
            s.append(0x22)
            s.append(contentsOf: b)
            s.append(0x22)
            return true
        }
        if done == true { return }
        s += json(v).utf8
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
