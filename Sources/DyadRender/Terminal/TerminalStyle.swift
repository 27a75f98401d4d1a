/// How the terminal timeline draws each kind of cell: a symbol always, a colour when allowed.
///
/// The symbols alone carry the meaning, so the timeline reads the same with `NO_COLOR`
/// or when piped to a file.
enum TerminalCell: Sendable, Equatable {
    case empty, active, suspended, fuzzyActive, fuzzySuspended, closed, replaced

    var symbol: Character {
        switch self {
        case .empty: " "
        case .active: "█"
        case .suspended: "▒"
        case .fuzzyActive, .fuzzySuspended: "░"
        case .closed: "×"
        case .replaced: "→"
        }
    }

    /// The ANSI SGR parameters for the cell's colour.
    var sgr: String? {
        switch self {
        case .empty: nil
        case .active: "32"
        case .suspended: "33"
        case .fuzzyActive: "2;32"
        case .fuzzySuspended: "2;33"
        case .closed: "31"
        case .replaced: "36"
        }
    }
}

/// Wraps text in ANSI escapes when colour is on.
struct ANSI: Sendable {
    let enabled: Bool

    func paint(_ text: String, _ sgr: String?) -> String {
        guard enabled, let sgr, !text.isEmpty else { return text }
        return "\u{1B}[\(sgr)m\(text)\u{1B}[0m"
    }

    func bold(_ text: String) -> String { paint(text, "1") }
    func dim(_ text: String) -> String { paint(text, "2") }
}
