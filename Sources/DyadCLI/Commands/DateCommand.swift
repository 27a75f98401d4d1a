import ArgumentParser
import DyadCore
import DyadExtract
import Foundation

/// `dyad date EXPR…`: how Dyad reads a date: its EDTF value, first and last day, precision and qualifiers.
struct DateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "date",
        abstract: "Read dates as Dyad does: EDTF value, earliest and latest day, precision, qualifiers.",
        usage: "dyad date 2009-21 1995/1999 '2004-06~'\n  printf '1997-05-27\\n2008-08\\n' | dyad date -",
        discussion: "Pass `-` to read one expression per line from standard input. Exit status 65 if any is rejected."
    )

    @Argument(help: ArgumentHelp("Date expressions, or - for standard input.", valueName: "expr")) var expressions: [String] = []
    @Option(name: .long, help: "Output format: table for people, json for programs.") var format: OutputFormat = .table

    func validate() throws {
        if expressions.isEmpty { throw ValidationError("give at least one date expression, or - to read them from standard input") }
    }

    struct Reading: Encodable {
        var input: String
        var edtf: String?
        var earliest: String?
        var latest: String?
        var precision: String?
        var qualifiers: [String]?
        var level: Int?
        var error: String?
    }

    func run() throws {
        var inputs: [String] = []
        for e in expressions {
            if e == "-" {
                while let line = readLine() { if !line.trimmingCharacters(in: .whitespaces).isEmpty { inputs.append(line) } }
            } else {
                inputs.append(e)
            }
        }
        var readings: [Reading] = []
        for text in inputs { readings.append(Self.read(text)) }
        if format == .json {
            Terminal.out(DyadJSON.encode(readings) + "\n")
        } else {
            var t = Table("INPUT", "EDTF", "EARLIEST", "LATEST", "PRECISION", "QUALIFIERS")
            var errors = ""
            for r in readings {
                if let error = r.error {
                    errors += "\(r.input): rejected: \(error)\n"
                } else {
                    t.add(r.input, r.edtf ?? "", r.earliest ?? "", r.latest ?? "", r.precision ?? "", (r.qualifiers ?? []).joined(separator: ", "))
                }
            }
            if readings.contains(where: { $0.error == nil }) { Terminal.out(t.render()) }
            if !errors.isEmpty { Terminal.err(errors) }
        }
        if readings.contains(where: { $0.error != nil }) { throw ExitCode(65) }
    }

    static func read(_ text: String) -> Reading {
        do {
            let d = try EDTFDate(text.trimmingCharacters(in: .whitespaces))
            var q: [String] = []
            if d.qualifiers.contains(.uncertain) { q.append("uncertain") }
            if d.qualifiers.contains(.approximate) { q.append("approximate") }
            return Reading(
                input: text, edtf: d.text, earliest: d.earliest == .distantPast ? "open" : d.earliest.description,
                latest: d.latest == .distantFuture ? "open" : d.latest.description, precision: d.precision.rawValue, qualifiers: q,
                level: d.level)
        } catch {
            // Not EDTF: read it as an English phrase ("spring 2009", "the late 1990s") before giving up.
            // Only for words: a slip in EDTF ("2008-13") must stay an error, not become a range.
            if text.contains(where: { $0.isLetter || $0 == " " }), let phrase = DateNormalizer().edtf(for: text), phrase != text, case let r = read(phrase), r.error == nil { return Reading(input: text, edtf: r.edtf, earliest: r.earliest, latest: r.latest, precision: r.precision, qualifiers: r.qualifiers, level: r.level) }
            return Reading(input: text, error: error.description)
        }
    }
}
