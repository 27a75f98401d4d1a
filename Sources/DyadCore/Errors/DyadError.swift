/// The one error type of DyadCore: what went wrong, where, and how the process should exit.
public struct DyadError: Error, Sendable, Hashable, CustomStringConvertible {
    /// The kind of failure, which decides the exit code.
    public enum Code: String, Sendable, Hashable {
        /// The command was called wrongly (exit 64).
        case usage
        /// The input data is malformed (exit 65).
        case badData
        /// A named entity, file or event does not exist (exit 65 on the command line, 404 over HTTP).
        case notFound
        /// A file could not be read or written (exit 74).
        case io

        /// The process exit code for this kind of failure, after sysexits.h.
        public var exitCode: Int32 {
            switch self {
            case .usage: 64
            case .badData, .notFound: 65
            case .io: 74
            }
        }
    }

    /// The kind of failure.
    public var code: Code
    /// What was expected and what was found, in one line.
    public var message: String
    /// The file concerned, if any.
    public var file: String?
    /// The 1-based line in `file`, if known.
    public var line: Int?
    /// The 1-based column in `file`, if known.
    public var column: Int?
    /// Names close to a missed one, for "did you mean …".
    public var suggestions: [String]

    /// Creates an error.
    public init(
        _ code: Code, _ message: String, file: String? = nil, line: Int? = nil, column: Int? = nil,
        suggestions: [String] = []
    ) {
        self.code = code
        self.message = message
        self.file = file
        self.line = line
        self.column = column
        self.suggestions = suggestions
    }

    /// `file:line:column: message`, the form editors and terminals can jump to.
    public var description: String {
        var place = ""
        if let file {
            place = file
            if let line {
                place += ":\(line)"
                if let column { place += ":\(column)" }
            }
            place += ": "
        }
        return place + message
    }
}
