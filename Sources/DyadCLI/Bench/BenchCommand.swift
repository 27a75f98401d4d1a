import ArgumentParser
import DyadCore
import Foundation

/// `dyad bench`: measures loading, snapshots and whole-process queries, each beside a baseline from the same run.
struct BenchCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "bench",
        abstract: "Measure Dyad's speed and memory on the built-in history and on a large synthetic one.",
        usage: "dyad bench\n  dyad bench --events 100000 --institutions 1000",
        discussion: """
            Build in release mode first (swift build -c release) for figures worth quoting. Reports: the whole \
            `dyad state` process on the built-in history against a process that does nothing (/bin/true); \
            writing, loading and indexing a synthetic history against reading its bytes and counting lines; \
            snapshot time after load; and the peak memory of the loading process.
            """,
        subcommands: [BenchLoad.self]
    )

    @Option(help: "Events in the synthetic history.") var events = 1_000_000
    @Option(help: "Institutions in the synthetic history.") var institutions = 10_000
    @Option(help: "Whole-process runs of `dyad state`.") var runs = 20

    func run() throws {
        let me = URL(fileURLWithPath: CommandLine.arguments[0]).resolvingSymlinksInPath().path
        print("dyad bench: \(ProcessInfo.processInfo.activeProcessorCount) cores; figures are medians; same-run baselines beside them\n")

        // 1. The whole process on the built-in history.
        let state = try Bench.processTimes(me, ["state", "--at", "2010-01-01"], runs: runs)
        let baseline = try Bench.processTimes("/bin/true", [], runs: runs)
        print("built-in history, whole process `dyad state --at 2010-01-01` (\(runs) runs):")
        print(String(format: "  dyad state   median %7.2f ms   min %7.2f ms   max %7.2f ms", state.median * 1e3, state.min * 1e3, state.max * 1e3))
        print(String(format: "  /bin/true    median %7.2f ms   (process start-up floor)", baseline.median * 1e3))

        // 2. The synthetic history, written once, then loaded in a fresh process so its peak memory is its own.
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("dyad-bench-\(events).yaml").path
        var t = Date()
        let history = SyntheticHistory.make(events: events, institutions: institutions)
        let made = Date().timeIntervalSince(t)
        t = Date()
        try? HistoryFile.save(history, to: path)
        let wrote = Date().timeIntervalSince(t)
        let size = (try? FileManager.default.attributesOfItem(atPath: path)[.size] as? Int) ?? 0
        print("\nsynthetic history: \(history.events.count) events, \(institutions) institutions, \(String(format: "%.1f", Double(size) / 1e6)) MB of YAML")
        print(String(format: "  generate %.2f s, write %.2f s", made, wrote))
        // The child writes to the same output; what this process printed must come first (nil flushes every stream).
        fflush(nil)
        let child = Process()
        child.executableURL = URL(fileURLWithPath: me)
        child.arguments = ["bench", "load", path]
        try child.run()
        child.waitUntilExit()
        try? FileManager.default.removeItem(atPath: path)
    }
}

/// `dyad bench load FILE`: loads one history and reports load, index and snapshot times and peak memory.
struct BenchLoad: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "load", abstract: "Load a history file and time it (used by `dyad bench`).")

    @Argument var file: String

    func run() throws {
        // Baseline in the same process: reading the bytes and counting lines is the floor any reader pays.
        var t = Date()
        let data = try Data(contentsOf: URL(fileURLWithPath: file))
        var lines = 0
        data.withUnsafeBytes { raw in for b in raw where b == 0x0A { lines += 1 } }
        let floor = Date().timeIntervalSince(t)
        t = Date()
        let history: History
        do { history = try HistoryFile.load(path: file) } catch {
            print("  load failed: \(error)")
            throw ExitCode(65)
        }
        let load = Date().timeIntervalSince(t)
        t = Date()
        let chronicle = Chronicle(history)
        let index = Date().timeIntervalSince(t)
        let dates = try (0..<50).map { k in try EDTFDate(String(1955 + k)) } + [try EDTFDate("2000-06-15")]
        var warm: [Double] = []
        var cold: [Double] = []
        var withParts: [Double] = []
        var read: [Double] = []
        var sink = 0
        func time(_ body: () -> Int) -> Double {
            let s = Date()
            sink &+= body()
            return Date().timeIntervalSince(s) * 1e3
        }
        for _ in 0..<3 {
            // One date after another, as the server's slider asks: the table stays in the processor's caches.
            for d in dates { warm.append(time { chronicle.snapshot(at: d, includeParts: false).entries.count }) }
            for d in dates {
                // Reading every entry touches the institutions and events all over the heap and pushes the
                // table out of the caches, so the snapshot right after it is a cold one.
                read.append(time { chronicle.snapshot(at: d, includeParts: false).entries.reduce(0) { $1.state.since == nil ? $0 : $0 + 1 } })
                cold.append(time { chronicle.snapshot(at: d, includeParts: false).entries.count })
                withParts.append(time { chronicle.snapshot(at: d).entries.count })
            }
        }
        func median(_ times: [Double]) -> Double { times.sorted()[times.count / 2] }
        let parts = history.institutions.reduce(0) { $0 + chronicle.participants(of: $1.id).count }
        print(String(format: "  read bytes + count %d lines (floor)  %.2f s", lines, floor))
        print(String(format: "  load (parse + check)                 %.2f s  (%.1f MB/s, %.0f events/s)", load, Double(data.count) / 1e6 / load, Double(history.events.count) / load))
        print(String(format: "  index (status engine)                %.2f s", index))
        print(String(format: "  snapshot of %d institutions, warm    median %.3f ms, max %.3f ms (%d snapshots, one date after another)", history.institutions.count, median(warm), warm.max()!, warm.count))
        print(String(format: "  … cold (after reading all entries)   median %.3f ms, max %.3f ms", median(cold), cold.max()!))
        print(String(format: "  … with all %d parts of actors        median %.3f ms", parts, median(withParts)))
        print(String(format: "  … and reading every entry            median %.3f ms (institution, status, the event behind it)", median(read)))
        print(String(format: "  peak memory (max RSS)                %.0f MB", Bench.peakMemoryMB()))
        print("  findings: \(chronicle.warnings.count)\(sink == 0 ? "" : "")")
    }
}

enum Bench {
    struct Times {
        var median: Double
        var min: Double
        var max: Double
    }

    /// Runs a process `runs` times (after one warm-up) and returns its wall times.
    static func processTimes(_ path: String, _ arguments: [String], runs: Int) throws -> Times {
        var times: [Double] = []
        for k in 0...runs {
            let p = Process()
            p.executableURL = URL(fileURLWithPath: path)
            p.arguments = arguments
            p.standardOutput = FileHandle.nullDevice
            p.standardError = FileHandle.nullDevice
            let start = Date()
            try p.run()
            p.waitUntilExit()
            if k > 0 { times.append(Date().timeIntervalSince(start)) }
        }
        times.sort()
        return Times(median: times[times.count / 2], min: times.first ?? 0, max: times.last ?? 0)
    }

    /// The process's peak resident memory in megabytes, as the kernel counts it.
    static func peakMemoryMB() -> Double {
        var usage = rusage()
        #if os(Linux)
        getrusage(__rusage_who_t(RUSAGE_SELF.rawValue), &usage)
        return Double(usage.ru_maxrss) / 1024
        #else
        getrusage(RUSAGE_SELF, &usage)
        return Double(usage.ru_maxrss) / 1_048_576
        #endif
    }
}
