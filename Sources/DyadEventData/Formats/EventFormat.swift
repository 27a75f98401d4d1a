/// The file formats `dyad events import` reads.
public enum EventFormat: String, Sendable, Hashable, CaseIterable, Codable {
    /// GDELT 1.0 events, tab-separated, no header: 57 fields (back files) or 58 (daily files, with SOURCEURL).
    case gdelt1
    /// GDELT 2.0 events, tab-separated, no header, 61 fields.
    case gdelt2
    /// ICEWS coded events, tab-separated with a header row (`Event ID`, `Event Date`, … `CAMEO Code`, `Intensity`).
    case icews
    /// POLECAT (PLOVER) release files, tab-separated with a header row (`Event ID`, … `Event Type`, `Quad Code`).
    case polecat
    /// GDELT 1.0 events re-exported as comma-separated values with a header row and `NA` for empty (as R writes them).
    case csv

    /// The dataset whose id space the format's events belong to.
    public var dataset: Dataset {
        switch self {
        case .gdelt1, .csv: .gdelt1
        case .gdelt2: .gdelt2
        case .icews: .icews
        case .polecat: .polecat
        }
    }

    /// Whether the bytes decode as UTF-8 (by hand: `String(validating:)` needs macOS 15).
    static func isUTF8(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        var decoder = UTF8()
        var iterator = bytes.makeIterator()
        while true {
            switch decoder.decode(&iterator) {
            case .scalarValue: continue
            case .emptyInput: return true
            case .error: return false
            }
        }
    }

    /// Tells the format from a file's first line, or explains what was found.
    public static func detect(firstLine line: UnsafeBufferPointer<UInt8>, file: String) throws -> EventFormat {
        let text = String(decoding: line.prefix(4096), as: UTF8.self)
        // A NUL, a control byte other than tab and carriage return, or bytes that are not UTF-8 mean a binary file
        // (an image, an archive of another kind); saying so helps more than quoting its first bytes as a "format".
        let controls = line.contains { $0 < 0x20 && $0 != 0x09 && $0 != 0x0d }
        if controls || !isUTF8(line) {
            throw EventDataError(
                .badData, "line 1 is not text (binary data, or not UTF-8); expected GDELT, ICEWS or POLECAT rows; give --format to read it anyway",
                file: file, line: 1)
        }
        let fields = text.split(separator: "\t", omittingEmptySubsequences: false)
        if fields.count > 1 {
            let names = Set(fields.map { headerKey($0) })
            if names.contains("event id") && names.contains("cameo code") { return .icews }
            if names.contains("event id") && names.contains("event type") && names.contains("recipient name") {
                return .polecat
            }
            if let first = fields.first, !first.isEmpty, first.utf8.allSatisfy({ $0 >= 0x30 && $0 <= 0x39 }) {
                switch fields.count {
                case 57, 58: return .gdelt1
                case 61: return .gdelt2
                default: break
                }
            }
            throw EventDataError(
                .badData,
                "unrecognised format: line 1 has \(fields.count) tab-separated fields starting \"\(fields[0].prefix(40))\"; "
                    + "expected GDELT 1.0 (57 or 58 fields), GDELT 2.0 (61), an ICEWS header (Event ID … CAMEO Code) "
                    + "or a POLECAT header (Event ID … Event Type … Recipient Name); give --format to override",
                file: file, line: 1)
        }
        if text.hasPrefix("\"GLOBALEVENTID\"") || text.hasPrefix("GLOBALEVENTID,") { return .csv }
        throw EventDataError(
            .badData,
            "unrecognised format: line 1 starts \"\(text.prefix(60))\"; expected tab-separated GDELT, ICEWS or POLECAT "
                + "rows, or a GDELT CSV export with a GLOBALEVENTID header; give --format to override",
            file: file, line: 1)
    }
}

/// A header cell as a lookup key: trimmed, lower case, quotes removed.
func headerKey(_ cell: some StringProtocol) -> String {
    var s = Substring(cell)
    while let f = s.first, f == " " || f == "\"" { s = s.dropFirst() }
    while let l = s.last, l == " " || l == "\"" { s = s.dropLast() }
    return s.lowercased()
}
