/// How finely an EDTF value pins down its time.
public enum EDTFPrecision: String, Sendable, Hashable, Codable {
    case day, month, season, year, decade, century, millennium, interval, set
}

/// The EDTF qualifiers carried by a value: `?` uncertain, `~` approximate, `%` both.
public struct EDTFQualifiers: OptionSet, Sendable, Hashable {
    public let rawValue: UInt8
    public init(rawValue: UInt8) { self.rawValue = rawValue }
    /// `?`: the source is not sure of the value.
    public static let uncertain = EDTFQualifiers(rawValue: 1)
    /// `~`: the value is approximate.
    public static let approximate = EDTFQualifiers(rawValue: 2)
}

/// How one end of an interval or set is given.
public enum EDTFEndKind: String, Sendable, Hashable, Codable {
    /// The end is a stated date (single values have two stated ends).
    case stated
    /// `..`: the interval or set runs on without limit on this side.
    case open
    /// An empty end (`/1985`): the end exists but nobody knows it; bounds treat it as open.
    case unknown
}

/// Which members of an EDTF set hold.
public enum EDTFSetKind: String, Sendable, Hashable, Codable {
    /// `[..]`: exactly one of the members is the value.
    case oneOf
    /// `{..}`: every member holds.
    case allOf
}

/// The answer to "which came first?" when both sides may be fuzzy.
public enum TemporalOrder: String, Sendable, Hashable {
    /// Every day of the left side lies before every day of the right side.
    case before
    /// Every day of the left side lies after every day of the right side.
    case after
    /// The two sides overlap: either order is possible.
    case overlapping
}

/// Why a text is not a valid EDTF value, and where.
public struct EDTFError: Error, Sendable, Hashable, CustomStringConvertible {
    /// What was expected and what was found.
    public let message: String
    /// Zero-based character offset in the text where the problem lies.
    public let offset: Int

    /// Creates an error at a character offset.
    public init(_ message: String, at offset: Int) {
        self.message = message
        self.offset = offset
    }

    public var description: String { "column \(offset + 1): \(message)" }
}

/// A date in the Extended Date/Time Format (EDTF, Library of Congress), seen as an interval of days.
///
/// Every value, however fuzzy, covers the days from `earliest` to `latest`; open interval ends
/// use `Day.distantPast` and `Day.distantFuture`.
public struct EDTFDate: Sendable, Hashable, CustomStringConvertible {
    /// The value in canonical EDTF text.
    public let text: String
    /// The first day the value can mean.
    public let earliest: Day
    /// The last day the value can mean.
    public let latest: Day
    /// How finely the value pins down its time.
    public let precision: EDTFPrecision
    /// The qualifiers on the value as a whole (any qualified component counts).
    public let qualifiers: EDTFQualifiers
    /// The lowest EDTF level (0, 1 or 2) whose features the value needs.
    public let level: Int
    /// How the start is given: stated, open (`..`) or unknown (empty).
    public let startKind: EDTFEndKind
    /// How the end is given: stated, open (`..`) or unknown (empty).
    public let endKind: EDTFEndKind
    /// For a set, whether one or all of its members hold; nil for other values.
    public let setKind: EDTFSetKind?

    /// Parses an EDTF value.
    public init(_ text: String) throws(EDTFError) {
        self = try EDTFParser.parse(text)
    }

    /// Creates a value from its parts; the parser's constructor.
    init(
        text: String, earliest: Day, latest: Day, precision: EDTFPrecision, qualifiers: EDTFQualifiers, level: Int,
        startKind: EDTFEndKind = .stated, endKind: EDTFEndKind = .stated, setKind: EDTFSetKind? = nil
    ) {
        self.text = text
        self.earliest = earliest
        self.latest = latest
        self.precision = precision
        self.qualifiers = qualifiers
        self.level = level
        self.startKind = startKind
        self.endKind = endKind
        self.setKind = setKind
    }

    /// The value that is exactly one day.
    public init(day: Day) {
        self.init(text: day.description, earliest: day, latest: day, precision: .day, qualifiers: [], level: 0)
    }

    public var description: String { text }

    /// Compares two values three ways: certainly before, certainly after, or possibly either.
    public func compare(_ other: EDTFDate) -> TemporalOrder {
        if latest < other.earliest { return .before }
        if earliest > other.latest { return .after }
        return .overlapping
    }

    public static func == (lhs: EDTFDate, rhs: EDTFDate) -> Bool { lhs.text == rhs.text }
    public func hash(into hasher: inout Hasher) { hasher.combine(text) }
}
