import ArgumentParser
import DyadCore
import DyadExtract
import Foundation

extension EventFormat: ExpressibleByArgument {}
extension InputFormat: ExpressibleByArgument {}

/// `dyad extract FILE…`: dated, source-cited events from narrative documents.
struct ExtractCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "extract",
        abstract: "Draft dated, source-cited events from documents (text, Markdown, HTML).",
        usage: "dyad extract page.html --format jsonl\n  dyad extract a.txt b.md --format table\n  curl -s URL | dyad extract - --input-format html --format yaml > draft.yaml",
        discussion: """
            Prints one event per line as JSON (the extraction contract), a draft history for review, or a table. \
            Offsets in `source` are byte offsets into the file. Exit status: 0 done, 64 usage, 65 a document \
            cannot be read (binary, not UTF-8), 66 a file is missing.
            """
    )

    @Argument(help: ArgumentHelp("Documents to read; - for standard input.", valueName: "file")) var files: [String] = []
    @Option(name: .long, help: "Output: jsonl, yaml (a draft history) or table.") var format: EventFormat = .jsonl
    @Option(name: .customLong("input-format"), help: "Markup of the input: text, markdown or html (default: guessed).") var inputFormat: InputFormat?
    @Option(name: .long, help: ArgumentHelp("A history whose actors and institutions are recognised by name.", valueName: "file")) var history: String?
    @Option(name: .long, help: ArgumentHelp("The documents' publication date (EDTF), for dates without a year.", valueName: "date")) var published: String?
    @Option(name: .long, help: "Title of the draft history (yaml output).") var title = "Draft history"

    func validate() throws {
        if files.isEmpty { throw ValidationError("name at least one document, or - to read standard input") }
        if files.filter({ $0 == "-" }).count > 1 { throw ValidationError("standard input (-) can be read only once") }
        if let published, (try? EDTFDate(published)) == nil { throw ValidationError("--published: expected an EDTF date like 2024-07, found `\(published)`") }
    }

    func run() throws {
        var known: [KnownEntity] = []
        if let history {
            do {
                let h = try HistoryFile.load(path: history)
                known = Self.knownEntities(h)
            } catch {
                Terminal.err("dyad: error: \(error.description)\n")
                throw ExitCode(error.code.exitCode)
            }
        }
        let extractor = Extractor(options: ExtractOptions(format: inputFormat, known: known, published: published))
        let results = Self.extractAll(extractor, files)
        var failure: Int32 = 0
        var all: [ExtractedEvent] = []
        for r in results {
            switch r {
            case .success(let res):
                if format == .jsonl {
                    // Each document's events go out as soon as it is done, in the order the files were named.
                    var out = ""
                    for e in res.events { out += EventWriter.jsonLine(e) + "\n" }
                    Terminal.out(out)
                } else {
                    all += res.events
                }
            case .failure(let e):
                Terminal.err("dyad: error: \(e.message)\n")
                failure = max(failure, e.code)
            }
        }
        if format == .table { Terminal.out(EventWriter.table(all)) }
        if format == .yaml { Terminal.out(EventWriter.yaml(all, title: title)) }
        if failure != 0 { throw ExitCode(failure) }
    }

    /// Extracts every file, two at a time on two cores, keeping the given order in the results.
    static func extractAll(_ extractor: Extractor, _ files: [String]) -> [Result<Extractor.Result, ExtractError>] {
        let box = ResultsBox(count: files.count)
        let workers = max(1, min(files.count, ProcessInfo.processInfo.activeProcessorCount))
        DispatchQueue.concurrentPerform(iterations: workers) { w in
            var k = w
            while k < files.count {
                let r: Result<Extractor.Result, ExtractError>
                do throws(ExtractError) { r = .success(try extractor.extract(path: files[k])) } catch { r = .failure(error) }
                box.set(k, r)
                k += workers
            }
        }
        return box.values()
    }

    /// The names a history gives its actors and institutions.
    static func knownEntities(_ h: History) -> [KnownEntity] {
        h.actors.map { KnownEntity(id: $0.id, name: $0.name, aliases: $0.aliases, isActor: true) }
            + h.institutions.map { KnownEntity(id: $0.id, name: $0.name, aliases: $0.aliases, isActor: false) }
    }
}

/// Results written by worker threads, each into its own slot.
final class ResultsBox: @unchecked Sendable {
    private var slots: [Result<Extractor.Result, ExtractError>?]
    private let lock = NSLock()

    init(count: Int) { slots = Array(repeating: nil, count: count) }

    func set(_ i: Int, _ r: Result<Extractor.Result, ExtractError>) {
        lock.lock()
        slots[i] = r
        lock.unlock()
    }

    func values() -> [Result<Extractor.Result, ExtractError>] {
        lock.lock()
        defer { lock.unlock() }
        return slots.map { $0! }
    }
}
