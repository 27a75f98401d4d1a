import Foundation
import Testing

/// The web page as a person uses it: `dyad serve` on a free loopback port, driven by headless Chromium.
///
/// The browser side lives in scripts/e2e-browser.py (Python's standard library talking to Chromium's
/// DevTools pipe); this test runs it against the freshly built binary. `.ci/run` installs Chromium.
@Suite struct BrowserEndToEndTests {
    static let chromium: String? = ["/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome"]
        .first { FileManager.default.isExecutableFile(atPath: $0) }

    @Test(.enabled(if: chromium != nil, "needs Debian's chromium (apt-get install chromium)"), .timeLimit(.minutes(3)))
    func sliderAt2015ShowsPracticalCooperationSuspended() throws {
        let binary = try #require(DyadRunner.executable)
        let root = DyadRunner.packageRoot
        let screenshot = root.appendingPathComponent("out/e2e-2015.png")
        try? FileManager.default.createDirectory(at: screenshot.deletingLastPathComponent(), withIntermediateDirectories: true)
        try? FileManager.default.removeItem(at: screenshot)
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3", root.appendingPathComponent("scripts/e2e-browser.py").path, binary.path, screenshot.path]
        let output = Pipe()
        process.standardOutput = output
        process.standardError = output
        try process.run()
        let text = String(decoding: output.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        #expect(process.terminationStatus == 0, "\(text)")
        #expect(FileManager.default.fileExists(atPath: screenshot.path), "a screenshot is saved")
    }
}
