/// The chart's colours, chosen to stay apart for common colour-vision deficiencies and in greyscale print.
enum Palette {
    static let active = "#2f7d5a"
    static let suspended = "#d9902f"
    static let suspendedLight = "#f6dfb9"
    static let closed = "#a33a3a"
    static let replaced = "#3d5a80"
    static let ink = "#1f2933"
    static let muted = "#5c6b7a"
    static let grid = "#dfe4ea"
    static let band = "#f5f7f9"
    static let background = "#ffffff"

    static func bar(_ status: BarStatus) -> String {
        status == .active ? active : suspended
    }
}

/// The shape and colour of an event marker, by family of event type.
enum EventGlyph: CaseIterable {
    case begin, halt, resume, end, succession, meeting, conflict

    init(_ type: EventTypeName) {
        switch type {
        case "establish", "sign", "join", "deploy", "apply", "agree": self = .begin
        case "suspend", "leave", "expel": self = .halt
        case "resume": self = .resume
        case "close": self = .end
        case "replace": self = .succession
        case "meet": self = .meeting
        default: self = .conflict
        }
    }

    var color: String {
        switch self {
        case .begin, .resume: Palette.active
        case .halt: "#b36b00"
        case .end, .conflict: Palette.closed
        case .succession: Palette.replaced
        case .meeting: Palette.muted
        }
    }

    /// The event types the glyph stands for, for the legend.
    var legend: String {
        switch self {
        case .begin: "establish, sign, join, deploy, agree, apply"
        case .halt: "suspend, leave, expel"
        case .resume: "resume"
        case .end: "close"
        case .succession: "replace"
        case .meeting: "meet"
        case .conflict: "intervene, annex, recognise, condemn"
        }
    }

    /// An SVG path centred on (x, y) with half-size `r`.
    func path(x: Double, y: Double, r: Double) -> String {
        let f = SVGValue.format
        switch self {
        case .begin:
            return "M\(f(x)) \(f(y - r))L\(f(x + r)) \(f(y + r * 0.8))L\(f(x - r)) \(f(y + r * 0.8))Z"
        case .halt:
            return "M\(f(x)) \(f(y + r))L\(f(x + r)) \(f(y - r * 0.8))L\(f(x - r)) \(f(y - r * 0.8))Z"
        case .resume, .meeting:
            let k = self == .meeting ? r * 0.7 : r * 0.85
            return "M\(f(x - k)) \(f(y))a\(f(k)) \(f(k)) 0 1 0 \(f(2 * k)) 0a\(f(k)) \(f(k)) 0 1 0 \(f(-2 * k)) 0Z"
        case .end:
            let k = r * 0.8
            return "M\(f(x - k)) \(f(y - k))H\(f(x + k))V\(f(y + k))H\(f(x - k))Z"
        case .succession:
            return "M\(f(x)) \(f(y - r))L\(f(x + r)) \(f(y))L\(f(x)) \(f(y + r))L\(f(x - r)) \(f(y))Z"
        case .conflict:
            let k = r * 0.75, w = r * 0.32
            return "M\(f(x - k)) \(f(y - k + w))L\(f(x - k + w)) \(f(y - k))L\(f(x)) \(f(y - w))L\(f(x + k - w)) \(f(y - k))"
                + "L\(f(x + k)) \(f(y - k + w))L\(f(x + w)) \(f(y))L\(f(x + k)) \(f(y + k - w))L\(f(x + k - w)) \(f(y + k))"
                + "L\(f(x)) \(f(y + w))L\(f(x - k + w)) \(f(y + k))L\(f(x - k)) \(f(y + k - w))L\(f(x - w)) \(f(y))Z"
        }
    }
}

/// An event type's word, as the vocabulary prints it.
typealias EventTypeName = String
