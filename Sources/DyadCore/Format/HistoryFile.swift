import Foundation

/// Reads and writes the history format (see docs/history-format.md).
public enum HistoryFile {
    /// The largest history file Dyad reads; anything bigger is refused before parsing.
    public static let maximumSize = 512 * 1024 * 1024

    /// Reads a history from a file, checking every reference; errors carry file, line and column.
    public static func load(path: String) throws(DyadError) -> History {
        let data: Data
        do {
            let attributes = try FileManager.default.attributesOfItem(atPath: path)
            if let size = attributes[.size] as? Int, size > maximumSize {
                throw DyadError(
                    .badData, "the file is \(size) bytes; a history file may be at most \(maximumSize) bytes",
                    file: path, line: 1, column: 1)
            }
            data = try Data(contentsOf: URL(fileURLWithPath: path))
        } catch let error as DyadError {
            throw error
        } catch {
            if !FileManager.default.fileExists(atPath: path) {
                throw DyadError(.notFound, "no such file", file: path)
            }
            throw DyadError(.io, "cannot read the file: \(error.localizedDescription)", file: path)
        }
        return try read(data, name: path)
    }

    /// Reads a history from bytes that claim to be UTF-8 YAML.
    public static func read(_ data: Data, name: String) throws(DyadError) -> History {
        if let offset = Self.firstNonText(in: data) {
            let (line, column) = Self.lineAndColumn(ofByte: offset, in: data)
            throw DyadError(
                .badData, "expected UTF-8 text, found a binary or non-UTF-8 byte 0x\(String(data[data.startIndex + offset], radix: 16))",
                file: name, line: line, column: column)
        }
        // Read in place: a copy of a large file would double the peak memory of loading it.
        let result = data.withUnsafeBytes { (raw: UnsafeRawBufferPointer) -> Result<History, DyadError> in
            var bytes = raw.bindMemory(to: UInt8.self)
            if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { bytes = UnsafeBufferPointer(rebasing: bytes[3...]) }
            do throws(DyadError) {
                return .success(try HistoryReader(file: name).read(bytes: bytes))
            } catch {
                return .failure(error)
            }
        }
        return try result.get()
    }

    /// Reads a history from YAML text; `name` is used in error messages.
    public static func read(_ text: String, name: String) throws(DyadError) -> History {
        try HistoryReader(file: name).read(text)
    }

    /// Writes a history in the stable, diff-friendly layout; reading the result gives the same history back.
    public static func write(_ history: History) -> String {
        HistoryWriter().write(history)
    }

    /// Writes a history to a file atomically: a failure never leaves a half-written file.
    public static func save(_ history: History, to path: String) throws(DyadError) {
        do {
            try Data(write(history).utf8).write(to: URL(fileURLWithPath: path), options: .atomic)
        } catch {
            throw DyadError(.io, "cannot write the file: \(error.localizedDescription)", file: path)
        }
    }

    /// The offset of the first byte that cannot start or continue UTF-8 text (NUL, invalid sequences), if any.
    static func firstNonText(in data: Data) -> Int? {
        data.withUnsafeBytes { (raw: UnsafeRawBufferPointer) -> Int? in
            let bytes = raw.bindMemory(to: UInt8.self)
            var i = 0
            let n = bytes.count
            while i < n {
                let b = bytes[i]
                if b < 0x80 {
                    if b == 0 { return i }
                    i += 1
                    continue
                }
                let length: Int
                if b & 0xE0 == 0xC0, b >= 0xC2 { length = 2 } else if b & 0xF0 == 0xE0 { length = 3 } else if b & 0xF8 == 0xF0, b <= 0xF4 { length = 4 } else { return i }
                if i + length > n { return i }
                for k in 1..<length where bytes[i + k] & 0xC0 != 0x80 { return i }
                i += length
            }
            return nil
        }
    }

    /// The 1-based line and column (in characters) of a byte offset.
    static func lineAndColumn(ofByte offset: Int, in data: Data) -> (Int, Int) {
        var line = 1
        var column = 1
        var i = data.startIndex
        let end = data.startIndex + offset
        while i < end {
            let b = data[i]
            if b == 0x0A {
                line += 1
                column = 1
            } else if b & 0xC0 != 0x80 {
                column += 1
            }
            i += 1
        }
        return (line, column)
    }
}
