import Foundation

/// The shared sample files, found relative to the package root (`../shared/data/eventdata`), as on CI.
enum SharedData {
    static let packageRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()
    static let directory = packageRoot.deletingLastPathComponent().appendingPathComponent("shared/data/eventdata")

    static func path(_ name: String) -> String { directory.appendingPathComponent(name).path }

    /// The lines of a shared text file, without the trailing empty line.
    static func lines(_ name: String, encoding: String.Encoding = .utf8) throws -> [String] {
        let text = try String(contentsOfFile: path(name), encoding: encoding)
        return text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init).filter { !$0.isEmpty }
    }

    /// CAMEO code → Goldstein value from GDELT's lookup table.
    static func gdeltGoldstein() throws -> [String: Double] {
        var table: [String: Double] = [:]
        for line in try lines("CAMEO.goldsteinscale.txt").dropFirst() {
            let cells = line.split(separator: "\t")
            table[String(cells[0])] = Double(cells[1].trimmingCharacters(in: .whitespaces))
        }
        return table
    }

    /// CAMEO code → Goldstein value from the ICEWS codebook table (Mac Roman encoded CSV; code and value are ASCII).
    static func icewsGoldstein() throws -> [String: Double] {
        var table: [String: Double] = [:]
        for line in try lines("cameo-codes.icews.csv", encoding: .macOSRoman).dropFirst() {
            // Columns 1–5 hold no commas: "n",id,"name"… — but names may; take code and goldstein from a split that
            // respects quotes only as far as needed.
            let cells = splitCSV(line)
            if cells.count > 4 { table[cells[3]] = Double(cells[4]) }
        }
        return table
    }

    static func splitCSV(_ line: String) -> [String] {
        var cells: [String] = []
        var cell = ""
        var quoted = false
        for c in line {
            if c == "\"" { quoted.toggle() } else if c == ",", !quoted {
                cells.append(cell)
                cell = ""
            } else { cell.append(c) }
        }
        cells.append(cell)
        return cells
    }

    /// A new temporary file with `text` (or bytes) in it.
    static func temporary(_ name: String, _ bytes: Data) throws -> String {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("dyad-eventdata-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        let url = dir.appendingPathComponent(name)
        try bytes.write(to: url)
        return url.path
    }
}
