import Foundation

/// Scores extracted events against a gold file the way ../shared/eval/score.py does, figure for figure.
public struct Evaluation: Sendable {
    /// Gold events that count (required).
    public let required: Int
    /// System events read (objects given as lists count once per item).
    public let extracted: Int
    /// Required gold events matched.
    public let truePositives: Int
    /// System events that match neither a required nor an optional gold event.
    public let falsePositives: Int
    /// Required gold events not matched.
    public let falseNegatives: Int
    /// Share of matched required events whose date lies inside the gold date at its own precision.
    public let datePrecise: Double
    /// The gold document's name.
    public let document: String
    /// One line per missed required event.
    public let misses: [String]
    /// One line per unmatched system event.
    public let extras: [String]
    /// One line per matched event whose date is not precise.
    public let imprecise: [String]

    /// Precision over required events.
    public var precision: Double { truePositives + falsePositives == 0 ? 0 : Double(truePositives) / Double(truePositives + falsePositives) }
    /// Recall over required events.
    public var recall: Double { required == 0 ? 0 : Double(truePositives) / Double(required) }
    /// Harmonic mean of precision and recall.
    public var f1: Double { precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall) }

    /// The summary line, in score.py's wording and rounding.
    public var summary: String {
        String(format: "%@: precision %.3f recall %.3f F1 %.3f (tp %d fp %d fn %d) date-precise %.3f", document, precision, recall, f1, truePositives, falsePositives, falseNegatives, (datePrecise * 1000).rounded() / 1000)
    }

    /// Scores the events (JSON Lines or a JSON array) against the gold file (JSON).
    public init(gold goldData: Data, events eventData: Data) throws(ExtractError) {
        guard let gold = (try? JSONSerialization.jsonObject(with: goldData)) as? [String: Any], let entities = gold["entities"] as? [String: Any],
            let goldEvents = gold["events"] as? [[String: Any]]
        else { throw ExtractError(code: 65, "gold file: not a JSON object with \"entities\" and \"events\"") }
        document = gold["document"] as? String ?? "None"
        let resolver = ScoreResolver(entities: entities)
        let system = try Self.loadEvents(eventData)
        let sys = system.map { e in (e, resolver.resolve(e["subject"]), resolver.resolve(e["object"]), resolver.resolve(e["by"])) }

        func ok(_ i: Int, _ g: [String: Any]) -> Bool {
            let (e, s, o, b) = sys[i]
            guard (e["type"] as? String) == (g["type"] as? String) else { return false }
            guard ScoreDates.accepts(g["subject"], s), ScoreDates.accepts(g["object"], o) else { return false }
            if (g["type"] as? String) == "replace", !ScoreDates.accepts(g["by"], b) { return false }
            return ScoreDates.datesAgree(g["date"], e["date"] as? String)
        }
        let req = goldEvents.filter { ($0["required"] as? Bool) == true }
        let opt = goldEvents.filter { ($0["required"] as? Bool) != true }
        let owner = Self.matching(count: sys.count, gold: req) { ok($0, $1) }
        let used = Set(owner.values)
        let rest = (0..<sys.count).filter { !used.contains($0) }
        let optOwner = Self.matching(count: rest.count, gold: opt) { ok(rest[$0], $1) }
        let optUsed = Set(optOwner.values.map { rest[$0] })
        let fpIdx = (0..<sys.count).filter { !used.contains($0) && !optUsed.contains($0) }
        required = req.count
        extracted = sys.count
        truePositives = owner.count
        falsePositives = fpIdx.count
        falseNegatives = req.count - owner.count
        var precise = 0
        var imprecise: [String] = []
        for (j, i) in owner.sorted(by: { $0.key < $1.key }) {
            if ScoreDates.datePrecise(req[j]["date"], sys[i].0["date"] as? String) { precise += 1 } else {
                imprecise.append("IMPRECISE \(req[j]["id"] as? String ?? "?") gold \(Self.show(req[j]["date"])), extracted \(Self.show(sys[i].0["date"]))")
            }
        }
        datePrecise = owner.isEmpty ? 0 : Double(precise) / Double(owner.count)
        self.imprecise = imprecise
        misses = req.indices.filter { owner[$0] == nil }.map { j in
            let g = req[j]
            return "MISSED  \(g["id"] as? String ?? "?") \(Self.show(g["date"])) \(g["type"] as? String ?? "?")(\(Self.show(g["subject"])) -> \(Self.show(g["object"]))) \(g["evidence"] as? String ?? "")"
        }
        extras = fpIdx.map { i in
            let (e, s, o, _) = sys[i]
            let by = (e["by"] as? String).map { ", by " + $0 } ?? ""
            return "EXTRA   \(Self.show(e["date"])) \(e["type"] as? String ?? "?")(\(Self.show(e["subject"])) -> \(Self.show(e["object"]))\(by))  [\(s ?? "None") -> \(o ?? "None")]"
        }
    }

    static func show(_ v: Any?) -> String {
        guard let v, !(v is NSNull) else { return "None" }
        if let s = v as? String { return s }
        // Lists print as Python prints them, strings quoted.
        if let a = v as? [Any] { return "[" + a.map { ($0 as? String).map { "'\($0)'" } ?? show($0) }.joined(separator: ", ") + "]" }
        return "\(v)"
    }

    static func loadEvents(_ data: Data) throws(ExtractError) -> [[String: Any]] {
        let text = String(decoding: data, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
        if text.isEmpty { return [] }
        var rows: [[String: Any]] = []
        if text.hasPrefix("[") {
            guard let a = (try? JSONSerialization.jsonObject(with: Data(text.utf8))) as? [[String: Any]] else { throw ExtractError(code: 65, "events: not a JSON array of objects") }
            rows = a
        } else {
            for (n, line) in text.split(whereSeparator: \.isNewline).enumerated() where !line.trimmingCharacters(in: .whitespaces).isEmpty {
                guard let o = (try? JSONSerialization.jsonObject(with: Data(line.utf8))) as? [String: Any] else { throw ExtractError(code: 65, "events: line \(n + 1) is not a JSON object") }
                rows.append(o)
            }
        }
        var out: [[String: Any]] = []
        for r in rows {
            if let list = r["object"] as? [Any], !list.isEmpty {
                for o in list { var e = r; e["object"] = o; out.append(e) }
            } else {
                out.append(r)
            }
        }
        return out
    }

    /// Maximum one-to-one matching by augmenting paths, in score.py's order so that the same pairs are chosen.
    static func matching(count: Int, gold: [[String: Any]], ok: (Int, [String: Any]) -> Bool) -> [Int: Int] {
        var owner: [Int: Int] = [:]
        var memo: [[Bool?]] = Array(repeating: Array(repeating: nil, count: gold.count), count: count)
        func fits(_ i: Int, _ j: Int) -> Bool {
            if let v = memo[i][j] { return v }
            let v = ok(i, gold[j])
            memo[i][j] = v
            return v
        }
        func attempt(_ i: Int, _ seen: inout Set<Int>) -> Bool {
            for j in gold.indices where !seen.contains(j) && fits(i, j) {
                seen.insert(j)
                if owner[j] == nil || attempt(owner[j]!, &seen) {
                    owner[j] = i
                    return true
                }
            }
            return false
        }
        for i in 0..<count {
            var seen = Set<Int>()
            _ = attempt(i, &seen)
        }
        return owner
    }
}
