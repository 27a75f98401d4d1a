import Foundation
import Testing

@testable import DyadEventData

/// Reads a whole file into records, failing the test on a thrown error.
func readAll(_ path: String, format: EventFormat? = nil, maxErrors: Int = 100) throws -> ([EventRecord], ReadSummary) {
    var records: [EventRecord] = []
    let summary = try EventReader.read(path: path, format: format, maxErrors: maxErrors, batchSize: 1000) { records += $0 }
    return (records, summary)
}

@Suite("Reading the real sample files")
struct ReaderTests {
    @Test("the ICEWS sample: 3,705 rows, no error, values as in the file and the ICEWS codebook")
    func icewsSample() throws {
        let (records, summary) = try readAll(SharedData.path("icews.events.2018.sample.tab"))
        #expect(summary.format == .icews)
        #expect(summary.rows == 3705)
        #expect(summary.malformedCount == 0)
        #expect(records.count == 3705)
        let lines = try SharedData.lines("icews.events.2018.sample.tab").dropFirst()
        let icews = try SharedData.icewsGoldstein()
        for (record, line) in zip(records, lines) {
            let cells = line.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
            #expect(record.id == cells[0])
            #expect(record.day == Int(cells[1].replacingOccurrences(of: "-", with: "")))
            #expect(record.cameo == cells[6])
            #expect(record.goldstein == Double(cells[7]))
            #expect(icews[cells[6]] == record.goldstein, "line \(cells[0]): ICEWS intensity equals the codebook's Goldstein value")
            #expect(record.source.country == (cells[4] == "NA" ? nil : cells[4]))
        }
        #expect(Set(records.map(\.day)) == [20_180_601, 20_180_602])
        let police = try #require(records.first { $0.source.name == "Police (Ukraine)" })
        #expect(police.source.owner == "Ukraine")
    }

    @Test("GDELT 1.0 raw rows (58 fields) and the GDELT 2.0 row (61 fields)")
    func gdeltRaw() throws {
        let (v1, s1) = try readAll(SharedData.path("gdelt1.raw.rows.tsv"))
        #expect(s1.format == .gdelt1)
        #expect(s1.malformedCount == 0)
        #expect(v1.count == 3)
        #expect(v1[0].id == "324845984")
        #expect(v1[0].day == 20_041_126)
        #expect(v1[0].cameo == "014")
        #expect(v1[0].quad == .verbalCooperation)
        #expect(v1[0].goldstein == 0)
        #expect(v1[0].target.code == "COP")
        let (v2, s2) = try readAll(SharedData.path("gdelt2.raw.row.tsv"))
        #expect(s2.format == .gdelt2)
        #expect(v2.count == 1)
        #expect(v2[0].id == "977166878")
        #expect(v2[0].day == 20_200_330)
        #expect(v2[0].cameo == "042")
        #expect(v2[0].goldstein == 1.9)
        #expect(v2[0].target.country == "AFG")
        let table = try SharedData.gdeltGoldstein()
        for r in v1 + v2 { #expect(table[r.cameo!] == r.goldstein) }
    }

    @Test("the R-exported GDELT CSV with --format csv: 1,255 rows, Goldstein values as GDELT's table")
    func gdeltCSV() throws {
        let (records, summary) = try readAll(SharedData.path("gdelt1.georgia.aug2012.csv"), format: .csv)
        #expect(summary.malformedCount == 0)
        #expect(records.count == 1255)
        let table = try SharedData.gdeltGoldstein()
        #expect(records.allSatisfy { table[$0.cameo!] == $0.goldstein })
        #expect(records.allSatisfy { $0.day / 100 == 201_208 })
        #expect(records[0].id == "212050843")
        #expect(records[0].source.name == nil)
        #expect(records[0].target.name == "AFGHAN")
        // Row 1 of the file: EventCode 130 (threaten), QuadClass 3, GoldsteinScale -4.4, Actor2CountryCode AFG.
        #expect(records[0].cameo == "130")
        #expect(records[0].quad == .verbalConflict)
        #expect(records[0].goldstein == -4.4)
        #expect(records[0].target.country == "AFG")
        #expect(try EventReader.detectFormat(path: SharedData.path("gdelt1.georgia.aug2012.csv")) == .csv)
    }

    @Test("gzip and zip of the ICEWS sample read the same as the plain file")
    func compressed() throws {
        let plain = try Data(contentsOf: URL(fileURLWithPath: SharedData.path("icews.events.2018.sample.tab")))
        let gz = try SharedData.temporary("sample.tab.gz", Self.gzip(plain))
        let (fromGzip, _) = try readAll(gz)
        let zipPath = try SharedData.temporary("sample.zip", Self.zipArchive(plain))
        let (fromZip, _) = try readAll(zipPath)
        let (fromPlain, _) = try readAll(SharedData.path("icews.events.2018.sample.tab"))
        #expect(fromGzip == fromPlain)
        #expect(fromZip == fromPlain)
    }

    @Test("a truncated gzip is bad data, not a crash nor a silent short read")
    func truncatedGzip() throws {
        let plain = try Data(contentsOf: URL(fileURLWithPath: SharedData.path("icews.events.2018.sample.tab")))
        let gz = try Self.gzip(plain)
        let path = try SharedData.temporary("cut.tab.gz", gz.prefix(gz.count / 2))
        #expect {
            _ = try readAll(path)
        } throws: { ($0 as? EventDataError)?.kind == .badData }
    }

    @Test("bad rows are counted with line numbers: too few fields, bad date, bad code, bad value")
    func badRows() throws {
        let header = try SharedData.lines("icews.events.2018.sample.tab")[0]
        let good = try SharedData.lines("icews.events.2018.sample.tab")[1]
        var cells = good.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
        var rows = [header, good, "1\t2018-06-01\tonly three"]
        cells[0] = "x1"
        cells[1] = "2018-13-45"
        rows.append(cells.joined(separator: "\t"))
        cells[0] = "x2"
        cells[1] = "2018-06-01"
        cells[6] = "99"
        rows.append(cells.joined(separator: "\t"))
        cells[0] = "x3"
        cells[6] = "040"
        cells[7] = "eleven"
        rows.append(cells.joined(separator: "\t"))
        let path = try SharedData.temporary("bad.tab", Data((rows.joined(separator: "\n") + "\n").utf8))
        let (records, summary) = try readAll(path)
        #expect(records.count == 1)
        #expect(summary.malformedCount == 4)
        #expect(summary.malformed.map(\.line) == [3, 4, 5, 6])
        #expect(summary.malformed[0].message.contains("expected 20"))
        #expect(summary.malformed[1].message.contains("date"))
        #expect(summary.malformed[2].message.contains("CAMEO"))
        #expect(summary.malformed[3].message.contains("Goldstein"))
        #expect {
            _ = try readAll(path, maxErrors: 2)
        } throws: { ($0 as? EventDataError)?.kind == .badData && ($0 as? EventDataError)?.line == 5 }
    }

    @Test("a file of another format is refused on line 1 with what was found")
    func otherFormat() throws {
        let path = SharedData.path("PLOVER_GSR_CAMEO.json")
        #expect {
            _ = try readAll(path)
        } throws: { error in
            guard let e = error as? EventDataError else { return false }
            return e.kind == .badData && e.line == 1 && e.message.contains("unrecognised format")
        }
        let binary = try SharedData.temporary("x.bin", Data([0x00, 0x01, 0x02, 0x0a]))
        #expect(throws: EventDataError.self) { _ = try readAll(binary) }
    }

    @Test("a POLECAT file (hand-written fixture in the PLOVER release layout) reads by its header")
    func polecat() throws {
        let header = "Event ID\tEvent Date\tEvent Type\tEvent Mode\tEvent Intensity\tQuad Code\tContexts\tActor Name\tActor Country\tRecipient Name\tRecipient Country"
        let rows = [
            header,
            "p-1\t2023-01-05\tCONSULT\tvisit\t1.0\tVERBAL COOPERATION\t\tRussia\tRUS\tUkraine\tUKR",
            "p-2\t2023-01-06\tASSAULT\t\t-9.0\t4\tmilitary\tRussia\tRUS\tUkraine\tUKR",
            "p-3\t2023-01-07\tACCUSE\t\t-2.0\t\t\tUkraine\tUKR\tRussia\tRUS",
        ]
        let path = try SharedData.temporary("polecat.tsv", Data(rows.joined(separator: "\n").utf8))
        let (records, summary) = try readAll(path)
        #expect(summary.format == .polecat)
        #expect(summary.malformedCount == 0)
        #expect(records.map(\.quad) == [.verbalCooperation, .materialConflict, .verbalConflict])
        #expect(records[1].plover == "ASSAULT")
        #expect(records[2].source.country == "UKR")
    }

    @Test("a cut zip download is bad data")
    func truncatedZip() throws {
        let plain = try Data(contentsOf: URL(fileURLWithPath: SharedData.path("icews.events.2018.sample.tab")))
        let zipped = try Self.zipArchive(plain)
        let path = try SharedData.temporary("cut.zip", zipped.prefix(zipped.count / 2))
        #expect {
            _ = try readAll(path)
        } throws: { ($0 as? EventDataError)?.kind == .badData }
    }

    /// Zips with Python's zipfile (deflate), an independent writer of the format.
    static func zipArchive(_ data: Data) throws -> Data {
        let input = try SharedData.temporary("events.tab", data)
        let output = input + ".zip"
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = [
            "python3", "-c",
            "import sys, zipfile; zipfile.ZipFile(sys.argv[2], 'w', zipfile.ZIP_DEFLATED).write(sys.argv[1], 'events.tab')",
            input, output,
        ]
        try process.run()
        process.waitUntilExit()
        return try Data(contentsOf: URL(fileURLWithPath: output))
    }

    /// Compresses with the system's gzip, an independent writer of the format.
    static func gzip(_ data: Data) throws -> Data {
        let input = try SharedData.temporary("in.tab", data)
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/bin/gzip")
        process.arguments = ["-c", input]
        let pipe = Pipe()
        process.standardOutput = pipe
        try process.run()
        let out = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return out
    }
}
