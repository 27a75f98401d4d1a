import Foundation
import Testing

/// `dyad validate` and bad input: one line naming file, line and column, the right exit code, no crash.
@Suite struct ValidateCommandTests {
    @Test func theBuiltInHistoryValidates() throws {
        let r = try DyadRunner.run(["validate", "--builtin"])
        #expect(r.status == 0, "\(r.stdout)\(r.stderr)")
        #expect(r.stdout.contains("no findings"))
    }

    @Test func findingsExitWithOne() throws {
        let text = """
            dyad: 1
            title: Findings
            institutions:
              - {id: X, name: Ex, kind: forum}
            events:
              - {id: e1, type: establish, date: 2000, object: X}
              - {id: e2, type: resume, date: 2001, object: X}
            """
        let file = try DyadRunner.temporaryFile("findings.yaml", Data(text.utf8))
        let r = try DyadRunner.run(["validate", file.path])
        #expect(r.status == 1)
        #expect(r.stdout.contains("findings.yaml:7:5: warning: event `e2`"))
    }

    static let badFiles: [(String, Data, String)] = [
        ("empty.yaml", Data(), ":1:1: the file is empty"),
        ("binary.yaml", Data([0x7F, 0x45, 0x4C, 0x46, 0x02, 0x01, 0x00, 0x00, 0xFF]), ":1:7: expected UTF-8 text"),
        ("truncated.yaml", Data("dyad: 1\ntitle: T\nevents:\n  - {id: e1, type: join, date: 20".utf8), ":4:5:"),
        ("type.yaml", Data("dyad: 1\ntitle: T\nevents:\n  - {id: e1, type: freeze, date: 2008}\n".utf8), ":4:20: unknown type `freeze`"),
    ]

    @Test(arguments: badFiles)
    func badFilesGiveOneLocatedLine(name: String, contents: Data, expected: String) throws {
        let file = try DyadRunner.temporaryFile(name, contents)
        let r = try DyadRunner.run(["validate", file.path])
        #expect(r.status == 65, "\(name): \(r.stderr)")
        #expect(r.stderr.contains(file.path + expected), "\(name): \(r.stderr)")
        #expect(r.stderr.split(separator: "\n").count == 1, "\(name): one line")
        #expect(r.stdout.isEmpty)
    }

    @Test func aHundredMegabyteFileIsRefusedQuicklyWithItsPlace() throws {
        var junk = Data(capacity: 100 * 1024 * 1024)
        let line = Data("this is not a history, just a very long file of words\n".utf8)
        while junk.count < 100 * 1024 * 1024 { junk.append(line) }
        let file = try DyadRunner.temporaryFile("huge.yaml", junk)
        defer { try? FileManager.default.removeItem(at: file) }
        let r = try DyadRunner.run(["validate", file.path])
        #expect(r.status == 65)
        #expect(r.stderr.contains(file.path + ":1:1:"))
    }

    @Test func aMissingFileIsReported() throws {
        let r = try DyadRunner.run(["state", "--at", "2010", "--history", "/nonexistent/h.yaml"])
        #expect(r.status == 65)
        #expect(r.stderr.contains("/nonexistent/h.yaml: no such file"))
    }

    @Test func validateWithoutAFileIsAUsageError() throws {
        let r = try DyadRunner.run(["validate"])
        #expect(r.status == 64)
    }
}
