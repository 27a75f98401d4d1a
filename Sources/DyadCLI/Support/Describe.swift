import DyadCore

/// Short human wordings shared by the table outputs.
enum Describe {
    /// `active`, `active (possibly; otherwise suspended)`.
    static func status(_ s: StatusAt) -> String {
        switch s.certainty {
        case .certain: return s.status.rawValue
        case .possible: return "\(s.status.rawValue)?"
        }
    }

    /// The event that set a status, as `2009-21 resume (nrc-resumed)`.
    static func since(_ s: StatusAt) -> String {
        guard let e = s.since else { return "from the start" }
        return "\(e.date.text) \(e.type.rawValue) (\(e.id))"
    }

    /// What a possible status rests on.
    static func caveat(_ s: StatusAt) -> String? {
        guard s.certainty == .possible else { return nil }
        let pending = s.pending.map { "\($0.type.rawValue) \($0.date.text)" }.joined(separator: ", ")
        let otherwise = s.otherwise.map { "otherwise \($0.rawValue)" } ?? ""
        return "possibly: \(pending.isEmpty ? "dates straddle the query" : pending) may or may not have happened by then; \(otherwise)"
    }

    /// `subject → object` in ids, with `by` for successions.
    static func roles(_ e: Event) -> String {
        var s = e.subjects.isEmpty ? "" : e.subjects.joined(separator: "+")
        if let o = e.object { s += (s.isEmpty ? "" : " → ") + o }
        if let b = e.by { s += " (by \(b))" }
        return s
    }
}
