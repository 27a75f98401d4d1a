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
        var s = "{\"type\":\"\(e.type.rawValue)\""
        s += ",\"subject\":" + json(e.subject)
        s += ",\"object\":" + json(e.object)
        s += ",\"by\":" + json(e.by)
        s += ",\"date\":" + json(e.date)
        s += ",\"source\":{\"document\":" + json(e.document) + ",\"start\":\(e.start),\"end\":\(e.end)}"
        s += ",\"quote\":" + json(e.quote)
        s += ",\"date_inherited\":\(e.dateInherited)"
        s += ",\"confidence\":\(e.confidence)"
        s += "}"
        return s
    }

    /// A JSON string literal.
    public static func jsonString(_ v: String) -> String { json(v) }

    /// A JSON string literal, or null.
    static func json(_ v: String?) -> String {
        guard let v else { return "null" }
        // Most names need no escaping at all.
        if !v.utf8.contains(where: { $0 < 0x20 || $0 == 0x22 || $0 == 0x5C }) { return "\"" + v + "\"" }
        var out = "\""
        for u in v.unicodeScalars {
            switch u {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            default:
                if u.value < 0x20 {
                    let h = String(u.value, radix: 16)
                    out += "\\u" + String(repeating: "0", count: 4 - h.count) + h
                } else {
                    out.unicodeScalars.append(u)
                }
            }
        }
        return out + "\""
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
