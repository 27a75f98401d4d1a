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
            Offsets in `source` are byte offsets into the file. The draft history (yaml) cites one source per document: \
            its title from the first line or the HTML <title>, its address and publisher from the page's metadata or \
            --source-url and --publisher. Exit status: 0 done, 64 usage, 65 a document cannot be read (binary, not \
            UTF-8), 66 a file is missing, 74 the output cannot be written.
            """
    )

    @Argument(help: ArgumentHelp("Documents to read; - for standard input.", valueName: "file")) var files: [String] = []
    @Option(name: .long, help: "Output: jsonl, yaml (a draft history) or table.") var format: EventFormat = .jsonl
    @Option(name: .customLong("input-format"), help: "Markup of the input: text, markdown or html (default: guessed).") var inputFormat: InputFormat?
    @Option(name: .long, help: ArgumentHelp("A history whose actors and institutions are recognised by name.", valueName: "file")) var history: String?
    @Option(name: .long, help: ArgumentHelp("The documents' publication date (EDTF), for dates without a year.", valueName: "date")) var published: String?
    @Option(name: .long, help: "Title of the draft history (yaml output).") var title = "Draft history"
    @Option(name: .customLong("source-url"), help: ArgumentHelp("Where the documents can be read, for the draft's sources (yaml output; overrides the page's own).", valueName: "url"))
    var sourceURL: String?
    @Option(name: .long, help: ArgumentHelp("Who published the documents, for the draft's sources (yaml output; overrides the page's own).", valueName: "name"))
    var publisher: String?
    @Flag(name: .long, help: "Print bytes, sentences, events and speed to standard error (for benchmarks).") var stats = false

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
        let options = ExtractOptions(format: inputFormat, known: known, published: published, sourceURL: sourceURL, publisher: publisher)
        let started = Date()
        let batch = ExtractBatch(extractor: Extractor(options: options), format: format, title: title)
        let summary = batch.run(paths: files, to: FileHandle.standardOutput) { message in
            switch message {
            case .note(let text): Terminal.err("dyad: note: \(text)\n")
            case .error(let e): Terminal.err("dyad: error: \(e.message)\n")
            }
        }
        if stats {
            let seconds = Date().timeIntervalSince(started)
            let mb = Double(summary.bytes) / 1_000_000
            Terminal.err(String(format: "dyad extract: %d files, %.1f MB, %d sentences, %d events in %.2f s: %.1f MB/s, %.0f sentences/s\n", files.count, mb, summary.sentences, summary.events, seconds, mb / max(seconds, 1e-9), Double(summary.sentences) / max(seconds, 1e-9)))
        }
        if summary.exitCode != 0 { throw ExitCode(summary.exitCode) }
    }

    /// The names a history gives its actors and institutions.
    static func knownEntities(_ h: History) -> [KnownEntity] {
        h.actors.map { KnownEntity(id: $0.id, name: $0.name, aliases: $0.aliases, isActor: true) }
            + h.institutions.map { KnownEntity(id: $0.id, name: $0.name, aliases: $0.aliases, isActor: false) }
    }
}
