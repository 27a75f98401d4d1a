extension EDTFQualifiers {
    /// The qualifiers as words, e.g. `["uncertain", "approximate"]`; empty when the value is certain.
    public var words: [String] {
        var result: [String] = []
        if contains(.uncertain) { result.append("uncertain") }
        if contains(.approximate) { result.append("approximate") }
        return result
    }
}

extension EDTFDate {
    /// Whether the value is an interval (`a/b`).
    public var isInterval: Bool { precision == .interval }

    /// A one-line human description for `dyad date`: precision, qualifiers, ends and level.
    ///
    /// For example `interval, start unknown, end open, approximate, level 1`.
    public var summary: String {
        var parts: [String] = []
        switch setKind {
        case .oneOf?: parts.append("set (one of)")
        case .allOf?: parts.append("set (all of)")
        case nil: parts.append(precision.rawValue)
        }
        if isInterval || setKind != nil {
            if startKind != .stated { parts.append("start \(startKind.rawValue)") }
            if endKind != .stated { parts.append("end \(endKind.rawValue)") }
        }
        let words = qualifiers.words
        parts.append(words.isEmpty ? "certain" : words.joined(separator: " and "))
        parts.append("level \(level)")
        return parts.joined(separator: ", ")
    }
}
