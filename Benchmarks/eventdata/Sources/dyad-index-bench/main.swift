// The streaming index as `dyad events index --file` runs it, without the database modules, for timing.
// Usage: dyad-index-bench FILE A:B [month|quarter|year] [threads]
import DyadCore
import DyadEventData
import Foundation

let args = CommandLine.arguments
guard args.count >= 3 else {
    FileHandle.standardError.write(Data("usage: dyad-index-bench FILE A:B [month|quarter|year] [threads]\n".utf8))
    exit(64)
}
do {
    let dyad = try DyadSpec.parse(args[2], history: History.builtIn())
    let by = args.count > 3 ? Granularity(rawValue: args[3]) ?? .month : .month
    let threads = args.count > 4 ? Int(args[4]) ?? 2 : ProcessInfo.processInfo.activeProcessorCount
    let result = try StreamingIndex.compute(path: args[1], dyad: dyad, by: by, threads: threads)
    print(result.series.csv(), terminator: "")
} catch let error as EventDataError {
    FileHandle.standardError.write(Data("error: \(error)\n".utf8))
    exit(error.exitCode)
}
