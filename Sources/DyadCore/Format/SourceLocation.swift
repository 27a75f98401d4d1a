/// A place in a history file: which file, which line and column.
public struct SourceLocation: Sendable, Hashable, CustomStringConvertible {
    /// The file name as the user gave it.
    public var file: String
    /// The 1-based line.
    public var line: Int
    /// The 1-based column.
    public var column: Int

    /// Creates a location.
    public init(file: String, line: Int, column: Int) {
        self.file = file
        self.line = line
        self.column = column
    }

    public var description: String { "\(file):\(line):\(column)" }
}
