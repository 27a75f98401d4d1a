#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// What standard output is: a terminal or not, how wide, and whether colour is wanted.
public struct TerminalInfo: Sendable {
    /// Whether standard output is a terminal.
    public var isTerminal: Bool
    /// The number of columns: the terminal's, else `COLUMNS`, else 100.
    public var width: Int
    /// Whether to colour: only on a terminal, and never when `NO_COLOR` is set (no-color.org).
    public var color: Bool

    /// Reads the facts for standard output and the environment.
    public static func current(environment: [String: String]) -> TerminalInfo {
        let isTerminal = isatty(STDOUT_FILENO) == 1
        var width = Int(environment["COLUMNS"] ?? "") ?? 0
        var size = winsize()
        if isTerminal, ioctl(STDOUT_FILENO, UInt(TIOCGWINSZ), &size) == 0, size.ws_col > 0 {
            width = Int(size.ws_col)
        }
        let noColor = !(environment["NO_COLOR"] ?? "").isEmpty
        let dumb = environment["TERM"] == "dumb"
        return TerminalInfo(isTerminal: isTerminal, width: width > 0 ? width : 100, color: isTerminal && !noColor && !dumb)
    }
}
