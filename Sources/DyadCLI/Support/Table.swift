/// A plain text table with aligned columns, for people reading in a terminal.
struct Table {
    var headers: [String]
    var rows: [[String]] = []

    init(_ headers: String...) { self.headers = headers }

    mutating func add(_ cells: String...) { rows.append(cells) }
    mutating func add(_ cells: [String]) { rows.append(cells) }

    func render(indent: String = "") -> String {
        var widths = headers.map(\.count)
        for r in rows {
            for (i, c) in r.enumerated() where i < widths.count { widths[i] = max(widths[i], c.count) }
        }
        func line(_ cells: [String]) -> String {
            var s = indent
            for (i, c) in cells.enumerated() {
                if i == cells.count - 1 {
                    s += c
                } else {
                    s += c + String(repeating: " ", count: widths[i] - c.count + 2)
                }
            }
            while s.hasSuffix(" ") { s.removeLast() }
            return s + "\n"
        }
        var out = line(headers)
        for r in rows { out += line(r) }
        return out
    }
}
