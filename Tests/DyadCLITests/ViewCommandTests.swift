import Foundation
import Testing

/// `dyad chart`, `dyad report`, `dyad serve` and the lanes of `dyad timeline`, run as a user runs them.
@Suite struct ViewCommandTests {
    @Test func chartWritesAnSVGFile() throws {
        let file = try DyadRunner.temporaryFile("chart.svg", Data())
        let r = try DyadRunner.run(["chart", "--out", file.path, "--width", "900"])
        #expect(r.status == 0, "\(r.stderr)")
        let svg = try String(contentsOf: file, encoding: .utf8)
        #expect(svg.hasPrefix("<?xml"))
        #expect(svg.contains("width=\"900\""))
    }

    @Test func chartDrawsAnEventDataBandFromARealICEWSFile() throws {
        let icews = DyadRunner.packageRoot.deletingLastPathComponent().appendingPathComponent("shared/data/eventdata/icews.events.2018.sample.tab")
        let file = try DyadRunner.temporaryFile("band.svg", Data())
        let r = try DyadRunner.run(["chart", "--out", file.path, "--index-file", icews.path, "--dyad", "RUS:UKR"])
        #expect(r.status == 0, "\(r.stderr)")
        let svg = try String(contentsOf: file, encoding: .utf8)
        #expect(svg.contains("class=\"index-band\""))
        #expect(svg.contains("35 events"))
        let report = try DyadRunner.temporaryFile("band.html", Data())
        let h = try DyadRunner.run(["report", "--out", report.path, "--index-file", icews.path, "--dyad", "RUS:UKR", "--by", "year"])
        #expect(h.status == 0, "\(h.stderr)")
        #expect(try String(contentsOf: report, encoding: .utf8).contains("index-band"))
    }

    @Test func chartRefusesAnAbsurdWidth() throws {
        let r = try DyadRunner.run(["chart", "--width", "10"])
        #expect(r.status == 64)
    }

    @Test func reportWritesOneSelfContainedFile() throws {
        let file = try DyadRunner.temporaryFile("report.html", Data())
        let r = try DyadRunner.run(["report", "--out", file.path, "--at", "2010", "--at", "2015-01-01"])
        #expect(r.status == 0, "\(r.stderr)")
        let html = try String(contentsOf: file, encoding: .utf8)
        #expect(html.contains("<th>2015-01-01</th>"))
        #expect(!html.contains("<script src"))
    }

    @Test func reportRejectsABadDate() throws {
        let r = try DyadRunner.run(["report", "--at", "someday"])
        #expect(r.status == 64)
        #expect(r.stderr.contains("--at"))
    }

    /// A history that fails to load stops the server before it listens, with the error `dyad validate` prints.
    @Test func serveStopsOnABrokenHistoryLikeValidate() throws {
        let file = try DyadRunner.temporaryFile("broken.yaml", Data("dyad: 1\ntitle: [\n".utf8))
        let serve = try DyadRunner.run(["serve", "--history", file.path, "--port", "0"])
        let validate = try DyadRunner.run(["validate", file.path])
        #expect(serve.status == 65)
        #expect(serve.status == validate.status)
        #expect(serve.stderr == validate.stderr)
        #expect(serve.stdout.isEmpty)
    }

    @Test func timelineLanesWithoutColourWhenAsked() throws {
        let r = try DyadRunner.run(["timeline", "--style", "lanes", "--width", "80"], environment: ["NO_COLOR": "1"])
        #expect(r.status == 0)
        #expect(!r.stdout.contains("\u{1B}["))
        #expect(r.stdout.contains("█ active"))
        #expect(r.stdout.split(separator: "\n").allSatisfy { $0.count <= 80 })
    }

    @Test func timelineIsAListWhenPiped() throws {
        let r = try DyadRunner.run(["timeline"])
        #expect(r.status == 0)
        #expect(r.stdout.contains("DATE"))
    }
}
