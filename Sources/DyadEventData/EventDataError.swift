/// The one error type of event-data work: what went wrong, where, and which exit code it deserves.
public struct EventDataError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The class of failure, which decides the process exit code.
    public enum Kind: String, Sendable, Equatable {
        /// The input is not what it claims to be (sysexits EX_DATAERR, 65).
        case badData
        /// A service or resource is not available: database, disk space (sysexits EX_UNAVAILABLE, 69).
        case unavailable
        /// The command was called wrongly (sysexits EX_USAGE, 64).
        case usage
        /// A file could not be opened or read (sysexits EX_NOINPUT, 66).
        case noInput
    }

    /// The class of failure.
    public var kind: Kind
    /// What happened and what to do, in one or two sentences.
    public var message: String
    /// The file concerned, if any.
    public var file: String?
    /// The 1-based line in `file`, if any.
    public var line: Int?

    /// Creates an error.
    public init(_ kind: Kind, _ message: String, file: String? = nil, line: Int? = nil) {
        self.kind = kind
        self.message = message
        self.file = file
        self.line = line
    }

    /// The process exit code that goes with `kind` (sysexits.h).
    public var exitCode: Int32 {
        switch kind {
        case .badData: 65
        case .unavailable: 69
        case .usage: 64
        case .noInput: 66
        }
    }

    /// `file:line: message`, the form compilers use, so editors can jump to the place.
    public var description: String {
        switch (file, line) {
        case let (file?, line?): "\(file):\(line): \(message)"
        case let (file?, nil): "\(file): \(message)"
        default: message
        }
    }
}
