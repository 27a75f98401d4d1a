/// Where each value Dyad needs sits in a row of one format (0-based field indexes).
struct Layout: Sendable {
    var id: Int
    var date: Int
    var sourceName: Int
    var sourceCode: Int?
    var sourceCountry: Int
    var sourceGroup: Int?
    var targetName: Int
    var targetCode: Int?
    var targetCountry: Int
    var targetGroup: Int?
    var cameo: Int?
    var plover: Int?
    var goldstein: Int
    var quad: Int?
    /// The field counts a well-formed row may have.
    var fieldCounts: [Int]
    /// Whether line 1 is a header, not data.
    var hasHeader: Bool

    /// The GDELT event tables: the first 35 columns are the same in 1.0 and 2.0.
    static func gdelt(_ format: EventFormat) -> Layout {
        Layout(
            id: 0, date: 1, sourceName: 6, sourceCode: 5, sourceCountry: 7, sourceGroup: 8, targetName: 16, targetCode: 15,
            targetCountry: 17, targetGroup: 18, cameo: 26, plover: nil, goldstein: 30, quad: 29,
            fieldCounts: format == .gdelt2 ? [61] : [57, 58], hasHeader: false)
    }

    /// The layout named by a header row; throws naming the columns that are missing.
    static func fromHeader(_ format: EventFormat, header: [String], file: String) throws -> Layout {
        let keys = header.map { headerKey($0) }
        var missing: [String] = []
        func column(_ names: String...) -> Int? {
            for name in names { if let i = keys.firstIndex(of: name.lowercased()) { return i } }
            return nil
        }
        func required(_ names: String...) -> Int {
            for name in names { if let i = keys.firstIndex(of: name.lowercased()) { return i } }
            missing.append(names[0])
            return 0
        }
        let layout: Layout
        switch format {
        case .icews:
            layout = Layout(
                id: required("Event ID"), date: required("Event Date"), sourceName: required("Source Name"), sourceCode: nil,
                sourceCountry: required("Source Country"), sourceGroup: nil, targetName: required("Target Name"),
                targetCode: nil, targetCountry: required("Target Country"), targetGroup: nil, cameo: required("CAMEO Code"),
                plover: nil, goldstein: required("Intensity"), quad: nil, fieldCounts: [keys.count], hasHeader: true)
        case .polecat:
            layout = Layout(
                id: required("Event ID"), date: required("Event Date", "Story Date"), sourceName: required("Actor Name"),
                sourceCode: nil, sourceCountry: required("Actor Country"), sourceGroup: nil,
                targetName: required("Recipient Name"), targetCode: nil, targetCountry: required("Recipient Country"),
                targetGroup: nil, cameo: nil, plover: required("Event Type"),
                goldstein: required("Event Intensity", "Intensity"), quad: column("Quad Code", "Quad Class"),
                fieldCounts: [keys.count], hasHeader: true)
        case .csv:
            layout = Layout(
                id: required("GLOBALEVENTID"), date: required("SQLDATE"), sourceName: required("Actor1Name"),
                sourceCode: required("Actor1Code"), sourceCountry: required("Actor1CountryCode"),
                sourceGroup: column("Actor1KnownGroupCode"), targetName: required("Actor2Name"),
                targetCode: required("Actor2Code"), targetCountry: required("Actor2CountryCode"),
                targetGroup: column("Actor2KnownGroupCode"), cameo: required("EventCode"), plover: nil,
                goldstein: required("GoldsteinScale"), quad: required("QuadClass"), fieldCounts: [keys.count],
                hasHeader: true)
        case .gdelt1, .gdelt2:
            return gdelt(format)
        }
        if !missing.isEmpty {
            throw EventDataError(
                .badData,
                "the \(format.rawValue) header lacks column\(missing.count == 1 ? "" : "s") "
                    + missing.map { "\"\($0)\"" }.joined(separator: ", ") + "; found: " + header.prefix(12).joined(separator: ", "),
                file: file, line: 1)
        }
        return layout
    }

    /// The highest field index the layout reads.
    var lastNeeded: Int {
        [id, date, sourceName, sourceCode ?? 0, sourceCountry, sourceGroup ?? 0, targetName, targetCode ?? 0, targetCountry,
            targetGroup ?? 0, cameo ?? 0, plover ?? 0, goldstein, quad ?? 0].max()!
    }
}
