/// A malformed row: where it is and what is wrong with it.
public struct RowIssue: Error, Sendable, Hashable, CustomStringConvertible {
    /// The 1-based line number in the (decompressed) file.
    public var line: Int
    /// What was expected and what was found.
    public var message: String

    /// `line N: message`.
    public var description: String { "line \(line): \(message)" }
}

/// Turns the rows of one file into `EventRecord`s, reporting each malformed row instead of dropping it.
struct RowParser {
    let format: EventFormat
    let layout: Layout
    private var bounds: [Int] = []
    private var csvScratch: [UInt8] = []

    init(format: EventFormat, layout: Layout) {
        self.format = format
        self.layout = layout
        bounds.reserveCapacity(64)
    }

    /// Splits a header line into its cells (tab- or comma-separated as the format says).
    static func headerCells(_ line: UnsafeBufferPointer<UInt8>, format: EventFormat) -> [String] {
        let text = String(decoding: line, as: UTF8.self)
        if format == .csv { return text.split(separator: ",", omittingEmptySubsequences: false).map(String.init) }
        return text.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
    }

    /// Parses one data row.
    mutating func parse(_ raw: UnsafeBufferPointer<UInt8>, line: Int) -> Result<EventRecord, RowIssue> {
        if format == .csv {
            guard Self.csvToTabs(raw, into: &csvScratch) else {
                return .failure(RowIssue(line: line, message: "unbalanced quotes in a comma-separated row"))
            }
            let scratch = csvScratch
            return scratch.withUnsafeBufferPointer { parseTabbed($0, line: line) }
        }
        return parseTabbed(raw, line: line)
    }

    private mutating func parseTabbed(_ b: UnsafeBufferPointer<UInt8>, line: Int) -> Result<EventRecord, RowIssue> {
        bounds.removeAll(keepingCapacity: true)
        bounds.append(0)
        for i in 0..<b.count where b[i] == 0x09 { bounds.append(i + 1) }
        bounds.append(b.count + 1)
        let count = bounds.count - 1
        guard layout.fieldCounts.contains(count) else {
            let expected = layout.fieldCounts.map(String.init).joined(separator: " or ")
            return .failure(RowIssue(line: line, message: "expected \(expected) \(format == .csv ? "comma" : "tab")-separated fields, found \(count)"))
        }
        func field(_ i: Int) -> UnsafeBufferPointer<UInt8> {
            UnsafeBufferPointer(rebasing: b[bounds[i]..<(bounds[i + 1] - 1)])
        }
        func text(_ i: Int?) -> String? {
            guard let i else { return nil }
            let f = field(i)
            return ByteParsing.isMissing(f) ? nil : String(decoding: f, as: UTF8.self)
        }
        func shown(_ i: Int) -> String { "\"\(String(decoding: field(i).prefix(40), as: UTF8.self))\"" }

        let idField = field(layout.id)
        guard !ByteParsing.isMissing(idField) else { return .failure(RowIssue(line: line, message: "empty event id")) }
        guard let day = ByteParsing.day(field(layout.date)) else {
            return .failure(RowIssue(line: line, message: "unparseable date \(shown(layout.date)); expected yyyymmdd or yyyy-mm-dd"))
        }
        var cameo: String?
        var quad: QuadClass?
        if let c = layout.cameo {
            let code = field(c)
            guard (2...4).contains(code.count), code.allSatisfy({ $0 &- 0x30 < 10 }),
                let q = QuadClass(cameo: String(decoding: code, as: UTF8.self))
            else {
                return .failure(RowIssue(line: line, message: "CAMEO code \(shown(c)) is not a code of 2 to 4 digits with root 01–20"))
            }
            cameo = String(decoding: code, as: UTF8.self)
            quad = q
        }
        let plover = text(layout.plover)?.uppercased()
        if let q = layout.quad, let given = text(q) {
            guard let parsed = Self.quad(given) else {
                return .failure(RowIssue(line: line, message: "quad class \(shown(q)) is not 1–4 nor a quad-class name"))
            }
            quad = parsed
        }
        if quad == nil, let plover { quad = PloverTypes.quad[plover] }
        guard let quad else {
            return .failure(RowIssue(line: line, message: "no quad class: neither a quad code nor a known PLOVER event type"))
        }
        guard let goldstein = ByteParsing.decimal(field(layout.goldstein)), (-10...10).contains(goldstein) else {
            return .failure(RowIssue(line: line, message: "Goldstein/intensity \(shown(layout.goldstein)) is not a number from -10 to 10"))
        }
        return .success(
            EventRecord(
                dataset: format.dataset, id: String(decoding: idField, as: UTF8.self), day: day,
                source: actor(name: layout.sourceName, code: layout.sourceCode, country: layout.sourceCountry, group: layout.sourceGroup, field: field),
                target: actor(name: layout.targetName, code: layout.targetCode, country: layout.targetCountry, group: layout.targetGroup, field: field),
                cameo: cameo, plover: plover, goldstein: goldstein, quad: quad))
    }

    private func actor(name: Int, code: Int?, country: Int, group: Int?, field: (Int) -> UnsafeBufferPointer<UInt8>) -> EventActor {
        func text(_ b: UnsafeBufferPointer<UInt8>) -> String? { ByteParsing.isMissing(b) ? nil : String(decoding: b, as: UTF8.self) }
        let nameBytes = field(name)
        var owner = text(ByteParsing.owner(nameBytes))
        if let group, let g = text(field(group)) { owner = g }
        return EventActor(name: text(nameBytes), code: code.flatMap { text(field($0)) }, country: text(field(country)), owner: owner)
    }

    /// A quad class given as 1–4 or by name (`Verbal Cooperation`, `MATERIAL CONFLICT`).
    static func quad(_ s: String) -> QuadClass? {
        if let n = Int(s) { return QuadClass(rawValue: n) }
        func spaced(_ t: String) -> String { String(t.lowercased().map { $0 == "_" ? " " : $0 }) }
        let key = spaced(s)
        return QuadClass.allCases.first { spaced($0.label) == key }
    }

    /// Rewrites a comma-separated row as tab-separated, unquoting fields; false when quotes do not balance.
    static func csvToTabs(_ b: UnsafeBufferPointer<UInt8>, into out: inout [UInt8]) -> Bool {
        out.removeAll(keepingCapacity: true)
        var i = 0
        var quoted = false
        while i < b.count {
            let c = b[i]
            if quoted {
                if c == 0x22 {
                    if i + 1 < b.count, b[i + 1] == 0x22 {
                        out.append(0x22)
                        i += 1
                    } else {
                        quoted = false
                    }
                } else {
                    out.append(c == 0x09 ? 0x20 : c)
                }
            } else if c == 0x22 {
                quoted = true
            } else if c == 0x2c {
                out.append(0x09)
            } else {
                out.append(c)
            }
            i += 1
        }
        return !quoted
    }
}

