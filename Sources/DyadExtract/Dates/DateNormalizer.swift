/// Turns an English date phrase ("spring 2009", "the late 1990s", "about 1850", "before 1928") into EDTF.
public struct DateNormalizer: Sendable {
    /// The date that relative phrases ("the following year") count from, if any.
    public var anchor: String?

    /// Creates a normaliser; `anchor` is an EDTF date that relative phrases refer to.
    public init(anchor: String? = nil) {
        self.anchor = anchor
    }

    /// The EDTF value of the first date expression in `phrase`, or nil when it holds none.
    public func edtf(for phrase: String) -> String? {
        var ctx = DateContext()
        if let anchor { ctx.anchor = Self.point(fromEDTF: anchor) }
        return Tokenizer.withTokens(phrase) { tokens, b in
            let parser = DateParser(tokens: tokens, bytes: b, context: ctx, phraseMode: true)
            for i in tokens.indices {
                if let m = parser.match(at: i) {
                    // A phrase with no year at all keeps the unknown year (XXXX-01-12).
                    return m.value.edtf
                }
            }
            return nil
        }
    }

    /// A rough reading of a plain EDTF point (`2008`, `2008-08`, `2008-08-07`) to anchor relative phrases.
    static func point(fromEDTF s: String) -> DatePoint? {
        let parts = s.split(separator: "-").map { Int($0) }
        guard let y = parts.first ?? nil else { return nil }
        var p = DatePoint(year: y)
        if parts.count > 1, let m = parts[1], m <= 12 { p.month = m }
        if parts.count > 2, let d = parts[2] { p.day = d }
        return p
    }
}
