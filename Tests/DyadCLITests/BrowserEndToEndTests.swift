import Foundation
import Testing

/// The web page as a person uses it: `dyad serve` on a free loopback port, driven by headless Chromium.
///
/// The browser side lives in scripts/e2e-browser.py (Python's standard library talking to Chromium's
/// DevTools pipe); this test runs it against the freshly built binary. `.ci/run` installs Chromium.
// One Chromium at a time: the machine has two cores, and the two runs would only slow each other down.
@Suite(.serialized) struct BrowserEndToEndTests {
    static let chromium: String? = ["/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome"]
        .first { FileManager.default.isExecutableFile(atPath: $0) }

    @Test(.enabled(if: chromium != nil, "needs Debian's chromium (apt-get install chromium)"), .timeLimit(.minutes(3)))
    func sliderAt2015ShowsPracticalCooperationSuspended() throws {
        let text = try Self.runScript(screenshot: "out/e2e-2015.png")
        // Without --index-file the script checks that no band and no index line appear.
        #expect(!text.contains("band of"), "\(text)")
    }

    /// Four NATO–Russia rows around January 2015, two of them in that month (Goldstein -2 and +4).
    static let natoRussia = [
        EventDataCommandTests.header,
        EventDataCommandTests.row(1, "2014-12-10", "North Atlantic Treaty Organization", "111", "-2", "Russia"),
        EventDataCommandTests.row(2, "2015-01-12", "Russia", "112", "-2", "North Atlantic Treaty Organization"),
        EventDataCommandTests.row(3, "2015-01-20", "North Atlantic Treaty Organization", "036", "4", "Russia"),
        EventDataCommandTests.row(4, "2015-02-03", "Russia", "040", "1", "North Atlantic Treaty Organization"),
    ].joined(separator: "\n") + "\n"

    @Test(.enabled(if: chromium != nil, "needs Debian's chromium (apt-get install chromium)"), .timeLimit(.minutes(3)))
    func theIndexBandShowsUnderTheTimeline() throws {
        let file = try DyadRunner.temporaryFile("nato-russia.tab", Data(Self.natoRussia.utf8))
        defer { try? FileManager.default.removeItem(at: file.deletingLastPathComponent()) }
        let text = try Self.runScript(
            screenshot: "out/e2e-2015-index.png", serve: ["--index-file", file.path, "--dyad", "NATO:RUS"])
        #expect(text.contains("band of 3 bars"), "\(text)")
        #expect(text.contains("1 January 2015 to 31 January 2015: 2 events, mean Goldstein +1.0"), "\(text)")
    }

    /// Runs scripts/e2e-browser.py against the built binary, expects it to pass, and returns what it printed.
    static func runScript(screenshot path: String, serve: [String] = []) throws -> String {
        let binary = try #require(DyadRunner.executable)
        let root = DyadRunner.packageRoot
        let screenshot = root.appendingPathComponent(path)
        try? FileManager.default.createDirectory(at: screenshot.deletingLastPathComponent(), withIntermediateDirectories: true)
        try? FileManager.default.removeItem(at: screenshot)
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3", root.appendingPathComponent("scripts/e2e-browser.py").path, binary.path, screenshot.path] + serve
        let output = Pipe()
        process.standardOutput = output
        process.standardError = output
        try process.run()
        let text = String(decoding: output.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        #expect(process.terminationStatus == 0, "\(text)")
        #expect(FileManager.default.fileExists(atPath: screenshot.path), "a screenshot is saved")
        return text
    }
}
