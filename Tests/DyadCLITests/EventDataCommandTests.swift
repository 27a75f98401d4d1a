import Foundation
import Testing

/// `dyad events import`, `dyad events index` and `dyad export` on wrong calls and bad files:
/// the exit code says whose fault it is (64 the call, 65 the data) and the message names the place.
@Suite struct EventDataCommandTests {
    /// An ICEWS header and rows in its 20 columns, written here so the tests do not need the shared sample.
    static let header = [
        "Event ID", "Event Date", "Source Name", "Source Sectors", "Source Country", "Event Text", "CAMEO Code", "Intensity",
        "Target Name", "Target Sectors", "Target Country", "Story ID", "Sentence Number", "Publisher", "City", "District",
        "Province", "Country", "Latitude", "Longitude",
    ].joined(separator: "\t")

    static func row(_ id: Int, _ date: String, _ source: String, _ code: String, _ intensity: String, _ target: String) -> String {
        [
            "\(id)", date, "\(source)", "Government", source, "Consult", code, intensity, target, "Government", target,
            "4740\(id)", "1", "Test Wire", "Kyiv", "NA", "Kyiv", "Ukraine", "50.45", "30.52",
        ].joined(separator: "\t")
    }

    /// Seven rows: lines 2–4 and 7–8 are good, line 5 has two fields, line 6 a month 13.
    static let malformed = [
        header,
        row(1, "2018-06-01", "Russia", "040", "1", "Ukraine"),
        row(2, "2018-06-02", "Ukraine", "111", "-2", "Russia"),
        row(3, "2018-06-03", "Russia", "190", "-10", "Ukraine"),
        "only\ttwo",
        row(5, "2018-13-45", "Russia", "040", "1", "Ukraine"),
        row(6, "2018-07-01", "Ukraine", "036", "4", "Russia"),
        row(7, "2018-07-02", "Russia", "042", "1.9", "Ukraine"),
    ].joined(separator: "\n") + "\n"

    /// The non-empty lines of standard error.
    static func lines(_ text: String) -> [Substring] { text.split(separator: "\n") }

    static func scratch() throws -> URL {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("dyad-events-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        return dir
    }

    // MARK: usage errors exit 64

    @Test(arguments: [
        (["events", "index", "--dyad", "NATO"], "--dyad"),
        (["events", "index", "--dyad", ":RUS"], "--dyad"),
        (["events", "index", "--dyad", "NATO:RUS", "--format", "xml"], "--format"),
        (["events", "index", "--dyad", "NATO:RUS", "--by", "week"], "--by"),
        (["events", "index", "--dyad", "NATO:RUS", "--from", "tomorrow"], "--from"),
        (["events", "index"], "--dyad"),
        (["events", "import"], "<files>"),
        (["events", "import", "x.tab", "--format", "bogus"], "--format"),
        (["events", "import", "x.tab", "--batch-size", "0"], "--batch-size"),
        (["events", "import", "x.tab", "--max-errors", "-1"], "--max-errors"),
        (["export"], "--format"),
        (["export", "--format", "xml"], "--format"),
    ])
    func aWrongCallIsAUsageError(arguments: [String], names option: String) throws {
        let dir = try Self.scratch()
        defer { try? FileManager.default.removeItem(at: dir) }
        // --db points into the scratch folder so no call can leave a dyad.sqlite behind, even one that should not get that far.
        let db = arguments.starts(with: ["events"]) && arguments != ["events", "import"] ? ["--db", dir.appendingPathComponent("t.sqlite").path] : []
        let r = try DyadRunner.run(arguments + db)
        #expect(r.status == 64, "\(arguments): \(r.stderr)")
        #expect(r.stderr.contains(option), "\(arguments): \(r.stderr)")
        #expect(r.stdout.isEmpty)
        #expect(!FileManager.default.fileExists(atPath: dir.appendingPathComponent("t.sqlite").path), "\(arguments) opened the database")
    }

    // MARK: bad data exits 65 with file:line

    @Test func anEmptyFileIsBadDataForImportAndIndex() throws {
        let dir = try Self.scratch()
        defer { try? FileManager.default.removeItem(at: dir) }
        let file = dir.appendingPathComponent("empty.tab")
        try Data().write(to: file)
        let db = dir.appendingPathComponent("t.sqlite").path
        for arguments in [["events", "import", file.path, "--db", db], ["events", "index", "--dyad", "RUS:UKR", "--file", file.path]] {
            let r = try DyadRunner.run(arguments)
            #expect(r.status == 65, "\(arguments): \(r.stderr)")
            #expect(Self.lines(r.stderr).count == 1, "\(r.stderr)")
            #expect(r.stderr.hasPrefix("dyad: error: \(file.path): "), "\(r.stderr)")
            #expect(r.stderr.contains("empty"))
        }
    }

    @Test func aBinaryFileIsBadDataAtLineOne() throws {
        let dir = try Self.scratch()
        defer { try? FileManager.default.removeItem(at: dir) }
        let file = dir.appendingPathComponent("photo.tab")
        // A PNG signature and some zero bytes: no text format starts like this.
        try Data([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a] + [UInt8](repeating: 0, count: 600) + [0x0a]).write(to: file)
        let db = dir.appendingPathComponent("t.sqlite").path
        for arguments in [["events", "import", file.path, "--db", db], ["events", "index", "--dyad", "RUS:UKR", "--file", file.path]] {
            let r = try DyadRunner.run(arguments)
            #expect(r.status == 65, "\(arguments): \(r.stderr)")
            #expect(Self.lines(r.stderr).count == 1, "\(r.stderr)")
            #expect(r.stderr.hasPrefix("dyad: error: \(file.path):1: "), "\(r.stderr)")
            #expect(r.stderr.contains("not text"))
        }
    }

    @Test func aMissingFileIsNoInput() throws {
        let dir = try Self.scratch()
        defer { try? FileManager.default.removeItem(at: dir) }
        let file = dir.appendingPathComponent("nowhere.tab").path
        let r = try DyadRunner.run(["events", "import", file, "--db", dir.appendingPathComponent("t.sqlite").path])
        #expect(r.status == 66, "\(r.stderr)")
        #expect(r.stderr == "dyad: error: \(file): cannot open: No such file or directory\n")
    }

    // MARK: malformed rows

    @Test func malformedRowsAreCountedAndNamedByLine() throws {
        let dir = try Self.scratch()
        defer { try? FileManager.default.removeItem(at: dir) }
        let file = dir.appendingPathComponent("bad.tab")
        try Data(Self.malformed.utf8).write(to: file)
        let db = dir.appendingPathComponent("t.sqlite").path
        let r = try DyadRunner.run(["events", "import", file.path, "--db", db])
        #expect(r.status == 0, "\(r.stderr)")
        #expect(r.stdout == "\(file.path): icews, 7 rows read, 5 new, 0 already stored, 2 malformed\n")
        let errors = Self.lines(r.stderr)
        #expect(errors.count == 2, "\(r.stderr)")
        #expect(errors.first?.hasPrefix("\(file.path):5: ") == true, "\(r.stderr)")
        #expect(errors.last?.hasPrefix("\(file.path):6: ") == true, "\(r.stderr)")
        #expect(errors.last?.contains("2018-13-45") == true)
    }

    @Test(arguments: [(0, 5, "1 malformed row "), (1, 6, "2 malformed rows ")])
    func tooManyMalformedRowsStopTheImport(maxErrors: Int, line: Int, count: String) throws {
        let dir = try Self.scratch()
        defer { try? FileManager.default.removeItem(at: dir) }
        let file = dir.appendingPathComponent("bad.tab")
        try Data(Self.malformed.utf8).write(to: file)
        let db = dir.appendingPathComponent("t.sqlite").path
        let stopped = try DyadRunner.run(["events", "import", file.path, "--db", db, "--max-errors", "\(maxErrors)"])
        #expect(stopped.status == 65, "\(stopped.stderr)")
        #expect(Self.lines(stopped.stderr).count == 1, "\(stopped.stderr)")
        #expect(stopped.stderr.hasPrefix("dyad: error: \(file.path):\(line): stopped after \(count)"), "\(stopped.stderr)")
        #expect(stopped.stderr.contains("--max-errors \(maxErrors)"))
        #expect(stopped.stderr.contains("first: line 5"))
        // The rows read before the stop are stored whole, so a rerun that allows the errors adds only the rest.
        let rerun = try DyadRunner.run(["events", "import", file.path, "--db", db])
        #expect(rerun.status == 0, "\(rerun.stderr)")
        #expect(rerun.stdout.contains("7 rows read, 2 new, 3 already stored, 2 malformed"), "\(rerun.stdout)")
    }

    @Test func importingTheSameFileTwiceAddsNothing() throws {
        let dir = try Self.scratch()
        defer { try? FileManager.default.removeItem(at: dir) }
        let file = dir.appendingPathComponent("bad.tab")
        try Data(Self.malformed.utf8).write(to: file)
        let db = dir.appendingPathComponent("t.sqlite").path
        _ = try DyadRunner.run(["events", "import", file.path, "--db", db])
        let again = try DyadRunner.run(["events", "import", file.path, "--db", db])
        #expect(again.status == 0)
        #expect(again.stdout.contains("0 new, 5 already stored"), "\(again.stdout)")
        // The index from the database counts the five good rows, none of the malformed ones.
        let index = try DyadRunner.run(["events", "index", "--dyad", "RUS:UKR", "--db", db, "--by", "year", "--format", "csv"])
        #expect(index.status == 0, "\(index.stderr)")
        let both = index.stdout.split(separator: "\n").filter { $0.hasPrefix("2018,") && $0.contains(",both,") }
        #expect(both.count == 1, "\(index.stdout)")
        #expect(both.first?.split(separator: ",").dropFirst(3).first == "5", "\(index.stdout)")
    }

    // MARK: the index band of chart, report and serve

    /// `--index-file` errors stop `dyad serve` before it listens, and `dyad chart` before it writes, with the exit code
    /// of the event-data commands and the file named once.
    @Test(arguments: ["serve", "chart"])
    func indexFileErrorsStopBeforeAnythingStarts(command: String) throws {
        let dir = try Self.scratch()
        defer { try? FileManager.default.removeItem(at: dir) }
        let empty = dir.appendingPathComponent("empty.tab")
        try Data().write(to: empty)
        let good = dir.appendingPathComponent("good.tab")
        try Data(Self.malformed.utf8).write(to: good)
        let missing = dir.appendingPathComponent("missing.tab").path
        // Should the index ever pass, serve must not run forever: it cannot bind this documentation-only address.
        let tail = command == "serve" ? ["--host", "203.0.113.1", "--port", "0"] : ["--out", dir.appendingPathComponent("c.svg").path]
        let cases: [([String], Int32, String)] = [
            (["--index-file", empty.path, "--dyad", "RUS:UKR"], 65, "dyad: error: \(empty.path): the file is empty\n"),
            (["--index-file", missing, "--dyad", "RUS:UKR"], 65, "dyad: error: \(missing): cannot open: No such file or directory\n"),
            (["--index-file", good.path, "--dyad", "NATO"], 64, "dyad: error: --dyad expects two actors as A:B (e.g. NATO:RUS), found \"NATO\"\n"),
        ]
        for (arguments, status, message) in cases {
            let r = try DyadRunner.run([command] + arguments + tail)
            #expect(r.status == status, "\(command) \(arguments): \(r.stderr)")
            #expect(r.stderr == message)
            #expect(r.stdout.isEmpty, "\(r.stdout)")
        }
        #expect(!FileManager.default.fileExists(atPath: dir.appendingPathComponent("c.svg").path))
    }

    @Test func theBandNotesMalformedRowsBetweenThePair() throws {
        let dir = try Self.scratch()
        defer { try? FileManager.default.removeItem(at: dir) }
        let file = dir.appendingPathComponent("bad.tab")
        try Data(Self.malformed.utf8).write(to: file)
        let out = dir.appendingPathComponent("c.svg")
        let r = try DyadRunner.run(["chart", "--index-file", file.path, "--dyad", "RUS:UKR", "--out", out.path])
        #expect(r.status == 0, "\(r.stderr)")
        // Line 6 (a Russia–Ukraine row with month 13) is left out, and so is line 5, too short to tell whose it is; both are said.
        #expect(r.stderr == "\(file.path): 2 malformed rows (between the two actors, or too broken to tell) left out of the band\n")
        let svg = try String(contentsOf: out, encoding: .utf8)
        #expect(svg.contains("RUS–UKR: 5 events, mean Goldstein"))
    }
}
