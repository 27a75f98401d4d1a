/// A node of a YAML document, with the line and column where it starts.
///
/// Dyad reads its history format through this small tree rather than a general YAML library's so that
/// large histories stream item by item and every error can point at its line and column.
struct YAMLNode: Sendable {
    enum Kind: Sendable {
        /// A text value; `plain` is false when it was quoted or a block scalar (so `null` stays text).
        case scalar(String, plain: Bool)
        case mapping([(key: YAMLNode, value: YAMLNode)])
        case sequence([YAMLNode])
    }

    var kind: Kind
    /// 1-based line.
    var line: Int
    /// 1-based column, in characters.
    var column: Int

    var isNull: Bool {
        if case .scalar(let s, true) = kind { return s.isEmpty || s == "~" || s == "null" || s == "Null" || s == "NULL" }
        return false
    }
}
