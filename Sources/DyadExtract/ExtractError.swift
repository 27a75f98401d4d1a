/// Why a document could not be read; `code` follows sysexits (65 bad data, 64 usage, 66 no input).
public struct ExtractError: Error, Sendable, CustomStringConvertible {
    /// The process exit code that fits the problem.
    public var code: Int32
    /// One line a person can act on, naming the file.
    public var message: String

    /// Creates an error.
    public init(code: Int32, _ message: String) {
        self.code = code
        self.message = message
    }

    public var description: String { message }
}
