import Foundation
import Testing
@testable import DyadCore

/// Runs the parser against the public EDTF test suites collected in `../shared/eval/edtf/`.
///
/// Where Dyad's documented conventions (see `EDTFParser`) differ from a suite, the case is listed
/// in that suite's exception table with the reason, and the test checks Dyad's own answer instead.
enum EDTFCorpus {
    static let directory: URL = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("shared/eval/edtf")

    static func load(_ name: String) -> [String: Any] {
        let url = directory.appendingPathComponent(name)
        guard let data = try? Data(contentsOf: url),
            let object = try? JSONSerialization.jsonObject(with: data) as? [String: Any]
        else { return [:] }
        return object
    }

    /// Reads an ISO day (`-0999-01-01`, `170000002-01-01`) or `inf`/`-inf` for open ends.
    static func day(_ text: String) -> Day? {
        if text == "inf" { return .distantFuture }
        if text == "-inf" { return .distantPast }
        let iso = text.split(separator: "T").first.map(String.init) ?? text
        let negative = iso.hasPrefix("-")
        let parts = (negative ? String(iso.dropFirst()) : iso).split(separator: "-")
        guard parts.count == 3, let y = Int(parts[0]), let m = Int(parts[1]), let d = Int(parts[2]) else { return nil }
        return Day(year: negative ? -y : y, month: m, day: d)
    }
}

/// One case with an expected validity and optional expected bounds.
struct EDTFCase: Sendable, CustomTestStringConvertible {
    let input: String
    var valid = true
    var earliest: String?
    var latest: String?
    var testDescription: String { input.debugDescription }
}

// MARK: - python-edtf

@Suite struct PythonEDTFCorpusTests {
    /// Cases whose bounds differ by Dyad's conventions.
    static let conventions: [String: String] = [
        "2010-24": "winter is Dec–Feb of the next year in Dyad; python-edtf uses December only",
        "/2006": "an unknown start bounds like an open one; python-edtf pads 10 years",
        "2004-06-01/": "an unknown end bounds like an open one; python-edtf pads 10 years",
        "1984-06-02?/": "an unknown end bounds like an open one; python-edtf pads 10 years",
    ]
    /// Significant digits widen to the years sharing those digits: python-edtf's fuzzy bounds, not its strict ones.
    static let significant: Set<String> = ["1950S2", "1953S2", "1953S3", "Y17101E4S3", "Y3388E2S3", "Y171010000S3"]

    static var file: [String: Any] { EDTFCorpus.load("python-edtf_parser.json") }
    static var cases: [String: Any] { file["cases"] as? [String: Any] ?? [:] }

    static let valid: [EDTFCase] = (cases["valid"] as? [[String: Any]] ?? []).map { c in
        let input = c["input"] as? String ?? ""
        let fuzzy = significant.contains(input)
        return EDTFCase(
            input: input, earliest: c[fuzzy ? "lower_fuzzy" : "lower_strict"] as? String,
            latest: c[fuzzy ? "upper_fuzzy" : "upper_strict"] as? String)
    }
    static let invalid: [String] = cases["invalid"] as? [String] ?? []
    static var qualifierCases: [[String: Any]] { cases["qualifiers"] as? [[String: Any]] ?? [] }
    static let qualifierInputs: [String] = qualifierCases.compactMap { $0["input"] as? String }

    @Test func corpusIsPresent() {
        #expect(Self.valid.count == 90 && Self.invalid.count == 16 && Self.qualifierInputs.count == 26)
    }

    @Test(arguments: valid) func validCasesParseWithBounds(_ c: EDTFCase) throws {
        let date = try EDTFDate(c.input)
        guard Self.conventions[c.input] == nil else { return }
        #expect(date.earliest == EDTFCorpus.day(try #require(c.earliest)))
        #expect(date.latest == EDTFCorpus.day(try #require(c.latest)))
    }

    @Test(arguments: invalid) func invalidCasesAreRejected(_ input: String) {
        #expect(throws: EDTFError.self) { try EDTFDate(input) }
    }

    @Test(arguments: qualifierInputs) func qualifierFlags(_ input: String) throws {
        let c = try #require(Self.qualifierCases.first { $0["input"] as? String == input })
        let q = try EDTFDate(input).qualifiers
        if c["uncertain_and_approximate"] as? Bool == true {
            #expect(q == [.uncertain, .approximate])
        } else {
            #expect(q.contains(.uncertain) == (c["uncertain"] as? Bool == true))
            #expect(q.contains(.approximate) == (c["approximate"] as? Bool == true))
        }
    }

    @Test func conventionExceptionsGiveDyadBounds() throws {
        let winter = try EDTFDate("2010-24")
        #expect(winter.earliest == Day(year: 2010, month: 12, day: 1) && winter.latest == Day(year: 2011, month: 2, day: 28))
        let unknownStart = try EDTFDate("/2006")
        #expect(unknownStart.earliest == .distantPast && unknownStart.startKind == .unknown)
        let unknownEnd = try EDTFDate("2004-06-01/")
        #expect(unknownEnd.latest == .distantFuture && unknownEnd.endKind == .unknown)
    }
}

// MARK: - edtf-validate

@Suite struct EDTFValidateCorpusTests {
    /// Dyad accepts spaces next to set commas (python-edtf and edtf.js do too); edtf-validate does not.
    static let conventions: [String: String] = [
        "[1667,1668, 1670..1672]": "spaces beside set commas are accepted",
        "{-1667,1668, 1670..1672}": "spaces beside set commas are accepted",
        "Y-61000/-2000": "long years may end an interval; this one runs forward in time, so Dyad accepts it",
    ]
    static var cases: [String: Any] { EDTFCorpus.load("edtf-validate.json")["cases"] as? [String: Any] ?? [:] }
    static func list(_ key: String) -> [String] { cases[key] as? [String] ?? [] }

    static let valid: [String] = list("level0_valid") + list("level1_valid") + list("level2_valid")
    static let invalid: [String] = list("invalid_dates") + list("invalid_intervals") + list("invalid_datetimes")

    @Test func corpusIsPresent() { #expect(Self.valid.count == 206 && Self.invalid.count == 56) }

    @Test(arguments: valid) func validCasesParse(_ input: String) {
        #expect(throws: Never.self) { try EDTFDate(input) }
    }

    /// edtf-validate calls a qualified season Level 2 alone but Level 1 inside an interval (`1952-23~/1953`);
    /// Dyad calls both Level 1, as for any other whole-date qualifier.
    static let levelExceptions: Set<String> = ["2011-23~"]
    static let leveled: [EDTFCase] = (0...2).flatMap { n in
        list("level\(n)_valid").map { EDTFCase(input: $0, earliest: String(n)) }
    }

    @Test(arguments: leveled) func exactLevelMatches(_ c: EDTFCase) throws {
        guard !Self.levelExceptions.contains(c.input) else { return }
        #expect(try EDTFDate(c.input).level == Int(c.earliest ?? ""))
    }

    @Test(arguments: invalid) func invalidCasesAreRejected(_ input: String) {
        if Self.conventions[input] != nil {
            #expect(throws: Never.self) { try EDTFDate(input) }
        } else {
            #expect(throws: EDTFError.self) { try EDTFDate(input) }
        }
    }
}

// MARK: - edtf.js

@Suite struct EDTFJSCorpusTests {
    static let conventions: [String: String] = [
        "2012-21/2012-22": "season intervals are Level 1 as in edtf-validate; edtf.js wants a non-standard option",
    ]
    static var all: [[String: Any]] { EDTFCorpus.load("edtf.js_parser.json")["cases"] as? [[String: Any]] ?? [] }
    /// Cases that ask for edtf.js options (level limits, type filters) test edtf.js's API, not EDTF.
    static var plain: [[String: Any]] { all.filter { $0["options"] == nil } }
    static let inputs: [EDTFCase] = plain.map { c in
        EDTFCase(input: c["input"] as? String ?? "", valid: c["valid"] as? Bool ?? false)
    }

    @Test func corpusIsPresent() { #expect(Self.all.count == 202 && Self.inputs.count > 170) }

    @Test(arguments: inputs) func validityMatches(_ c: EDTFCase) {
        if c.valid || Self.conventions[c.input] != nil {
            #expect(throws: Never.self) { try EDTFDate(c.input) }
        } else {
            #expect(throws: EDTFError.self) { try EDTFDate(c.input) }
        }
    }

    /// `values` give the first day of plain dates, with 0-based months.
    @Test(arguments: inputs.filter(\.valid)) func firstDayMatchesValues(_ c: EDTFCase) throws {
        let entry = try #require(Self.plain.first { $0["input"] as? String == c.input && $0["valid"] as? Bool == true })
        let isSignificant = (entry["properties"] as? [String: Any])?["significant"] != nil
        guard entry["kind"] == nil || entry["kind"] as? String == "interval" || entry["kind"] as? String == "set"
            || entry["kind"] as? String == "list", !isSignificant,
            let values = (entry["values"] ?? entry["from"]) as? String
        else { return }
        let numbers = values.trimmingCharacters(in: CharacterSet(charactersIn: "[]")).split(separator: ",")
            .compactMap { Int($0.trimmingCharacters(in: .whitespaces)) }
        guard (1...3).contains(numbers.count) else { return }
        let expected = Day(year: numbers[0], month: numbers.count > 1 ? numbers[1] + 1 : 1, day: numbers.count > 2 ? numbers[2] : 1)
        #expect(try EDTFDate(c.input).earliest == expected)
    }
}

// MARK: - go-edtf

@Suite struct GoEDTFCorpusTests {
    static let conventions: [String: String] = [
        "1985-04-12T23:20:30-04": "Dyad keeps the local calendar date; go-edtf converts to UTC (the 13th)",
        "Y1700": "a Y prefix needs more than four digits (LoC spec, edtf.js, edtf-validate)",
        "Y-1200": "a Y prefix needs more than four digits (LoC spec, edtf.js, edtf-validate)",
        "Spring, 2002": "natural-language seasons are not EDTF",
        "winter, 2002": "natural-language seasons are not EDTF",
        "Y-20E2S3": "three significant digits of -2000 are -2009..-2000; go-edtf gives -2999..-2000",
    ]
    /// Conventions under which Dyad rejects what go-edtf accepts.
    static let rejected: Set<String> = ["Y1700", "Y-1200", "Spring, 2002", "winter, 2002"]
    static var all: [[String: Any]] { EDTFCorpus.load("go-edtf.json")["cases"] as? [[String: Any]] ?? [] }
    static let inputs: [EDTFCase] = all.map { c in
        let e = c["expected"] as? [String: Any] ?? [:]
        let openStart = e["StartLowerIsOpen"] as? Bool == true || e["StartLowerIsUnknown"] as? Bool == true
        let openEnd = e["EndUpperIsOpen"] as? Bool == true || e["EndUpperIsUnknown"] as? Bool == true
        return EDTFCase(
            input: c["input"] as? String ?? "",
            earliest: openStart ? "-inf" : e["StartLowerTimeRFC3339"] as? String,
            latest: openEnd ? "inf" : e["EndUpperTimeRFC3339"] as? String)
    }

    @Test func corpusIsPresent() { #expect(Self.inputs.count == 83) }

    @Test(arguments: inputs) func parsesWithBounds(_ c: EDTFCase) throws {
        if Self.rejected.contains(c.input) {
            #expect(throws: EDTFError.self) { try EDTFDate(c.input) }
            return
        }
        let date = try EDTFDate(c.input)
        guard Self.conventions[c.input] == nil, let earliest = c.earliest, let latest = c.latest else { return }
        #expect(date.earliest == EDTFCorpus.day(earliest))
        #expect(date.latest == EDTFCorpus.day(latest))
    }
}
