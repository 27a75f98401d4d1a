import CompressNIO
import Foundation
import NIOCore

#if canImport(Glibc)
    import Glibc
#endif

/// How a file's bytes are packed, told from its first bytes rather than its name.
public enum Packing: String, Sendable {
    case plain, gzip, zip

    /// Reads the magic number at the start of `path`.
    static func detect(path: String) throws -> Packing {
        let fd = open(path, O_RDONLY)
        guard fd >= 0 else { throw EventDataError(.noInput, "cannot open: \(String(cString: strerror(errno)))", file: path) }
        defer { close(fd) }
        var magic = [UInt8](repeating: 0, count: 4)
        let n = read(fd, &magic, 4)
        if n >= 2, magic[0] == 0x1f, magic[1] == 0x8b { return .gzip }
        if n == 4, magic == [0x50, 0x4b, 0x03, 0x04] { return .zip }
        return .plain
    }
}

/// A data file, plain, gzip or zip, read as a stream of decompressed byte chunks.
struct InputFile {
    let path: String
    let packing: Packing
    /// The size on disk, for progress and the free-space check.
    let size: Int

    init(path: String) throws {
        var st = stat()
        guard stat(path, &st) == 0 else {
            throw EventDataError(.noInput, "cannot open: \(String(cString: strerror(errno)))", file: path)
        }
        guard (st.st_mode & mode_t(S_IFMT)) == mode_t(S_IFREG) else { throw EventDataError(.noInput, "not a regular file", file: path) }
        self.path = path
        self.size = Int(st.st_size)
        self.packing = try Packing.detect(path: path)
    }

    /// Calls `body` with successive chunks of content and how many bytes of the file on disk are consumed so far.
    func forEachChunk(_ body: (UnsafeRawBufferPointer, Int) throws -> Void) throws {
        switch packing {
        case .plain: try readPlain(body)
        case .gzip: try readGzip(body)
        case .zip: try readZip(body)
        }
    }

    private func readPlain(_ body: (UnsafeRawBufferPointer, Int) throws -> Void) throws {
        let fd = open(path, O_RDONLY)
        guard fd >= 0 else { throw EventDataError(.noInput, "cannot open: \(String(cString: strerror(errno)))", file: path) }
        defer { close(fd) }
        let capacity = 1 << 22
        let buffer = UnsafeMutableRawBufferPointer.allocate(byteCount: capacity, alignment: 16)
        defer { buffer.deallocate() }
        var consumed = 0
        while true {
            let n = read(fd, buffer.baseAddress, capacity)
            if n < 0 { throw EventDataError(.noInput, "read failed: \(String(cString: strerror(errno)))", file: path) }
            if n == 0 { return }
            consumed += n
            try body(UnsafeRawBufferPointer(rebasing: buffer[0..<n]), consumed)
        }
    }

    private func readGzip(_ body: (UnsafeRawBufferPointer, Int) throws -> Void) throws {
        let fd = open(path, O_RDONLY)
        guard fd >= 0 else { throw EventDataError(.noInput, "cannot open: \(String(cString: strerror(errno)))", file: path) }
        defer { close(fd) }
        let decompressor: ZlibDecompressor
        do { decompressor = try ZlibDecompressor(algorithm: .gzip) } catch {
            throw EventDataError(.unavailable, "cannot start gzip decompression: \(error)", file: path)
        }
        let allocator = ByteBufferAllocator()
        var input = allocator.buffer(capacity: 1 << 20)
        var output = allocator.buffer(capacity: 1 << 22)
        var consumed = 0
        var ended = false
        func corrupt(_ what: String) -> EventDataError {
            EventDataError(.badData, "gzip data \(what) after \(consumed) compressed bytes; the file is damaged or incomplete", file: path)
        }
        while true {
            input.clear()
            let n = input.writeWithUnsafeMutableBytes(minimumWritableBytes: 1 << 20) { raw in
                max(0, read(fd, raw.baseAddress, raw.count))
            }
            if n == 0 { break }
            consumed += n
            try Self.inflate(decompressor, &input, into: &output, corrupt: corrupt) { chunk in
                ended = false
                try body(chunk, consumed)
            } stalled: {
                // No progress with input left: the member ended and another gzip member follows (as `cat a.gz b.gz`).
                do { try decompressor.reset() } catch { throw corrupt("cannot restart") }
                if ended { throw corrupt("has trailing garbage") }
                ended = true
                return true
            }
        }
        try Self.checkEnded(decompressor, &output, corrupt: corrupt)
    }

    private func readZip(_ body: (UnsafeRawBufferPointer, Int) throws -> Void) throws {
        let fd = open(path, O_RDONLY)
        guard fd >= 0 else { throw EventDataError(.noInput, "cannot open: \(String(cString: strerror(errno)))", file: path) }
        defer { close(fd) }
        let entry = try ZipDirectory.singleEntry(fd: fd, size: size, path: path)
        func damaged(_ what: String) -> EventDataError {
            EventDataError(.badData, "zip entry \(entry.name) \(what); the file is damaged or incomplete", file: path)
        }
        let decompressor: ZlibDecompressor?
        switch entry.method {
        case 0: decompressor = nil
        case 8:
            do { decompressor = try ZlibDecompressor(algorithm: .deflate) } catch {
                throw EventDataError(.unavailable, "cannot start deflate decompression: \(error)", file: path)
            }
        default:
            throw EventDataError(
                .badData, "zip entry \(entry.name) uses compression method \(entry.method); only stored (0) and deflate (8) are read",
                file: path)
        }
        let allocator = ByteBufferAllocator()
        var input = allocator.buffer(capacity: 1 << 20)
        var output = allocator.buffer(capacity: 1 << 22)
        var offset = entry.dataOffset
        let end = entry.dataOffset + entry.compressedSize
        var finished = false
        while offset < end {
            input.clear()
            let want = min(1 << 20, end - offset)
            let n = input.writeWithUnsafeMutableBytes(minimumWritableBytes: want) { raw in
                max(0, pread(fd, raw.baseAddress, want, off_t(offset)))
            }
            if n == 0 { throw damaged("ends early") }
            offset += n
            guard let decompressor else {
                try input.withUnsafeReadableBytes { try body($0, offset) }
                continue
            }
            guard !finished else { continue }
            try Self.inflate(decompressor, &input, into: &output, corrupt: damaged) { chunk in
                try body(chunk, offset)
            } stalled: {
                // No output and no input taken: the deflate stream has ended.
                finished = true
                return false
            }
        }
        guard let decompressor, !finished else { return }
        try Self.checkEnded(decompressor, &output, corrupt: damaged)
    }

    /// Inflates all of `input`, handing each piece of output to `body`. When a call neither reads nor writes,
    /// `stalled` decides: true goes on (gzip: another member follows), false stops (zip: the stream is over).
    private static func inflate(
        _ decompressor: ZlibDecompressor, _ input: inout ByteBuffer, into output: inout ByteBuffer,
        corrupt: (String) -> EventDataError, body: (UnsafeRawBufferPointer) throws -> Void, stalled: () throws -> Bool
    ) throws {
        while input.readableBytes > 0 {
            let before = input.readableBytes
            output.clear()
            do {
                try decompressor.inflate(from: &input, to: &output)
            } catch let error as CompressNIOError where error == .bufferOverflow || error == .inputBufferOverflow {
                // Output full or input used up: both mean "call again", not failure.
            } catch {
                throw corrupt("is corrupt (\(error))")
            }
            if output.readableBytes > 0 {
                try output.withUnsafeReadableBytes { try body($0) }
            } else if input.readableBytes == before {
                guard try stalled() else { return }
            }
        }
    }

    /// Throws when the stream did not end. zlib does not tell the wrapper whether it did, so one more byte is fed:
    /// a finished stream ignores it (Z_STREAM_END, nothing read), a truncated one takes it or fails.
    private static func checkEnded(
        _ decompressor: ZlibDecompressor, _ output: inout ByteBuffer, corrupt: (String) -> EventDataError
    ) throws {
        var probe = ByteBufferAllocator().buffer(capacity: 1)
        probe.writeInteger(UInt8(0))
        output.clear()
        do {
            try decompressor.inflate(from: &probe, to: &output)
        } catch let error as CompressNIOError where error == .inputBufferOverflow {
        } catch {
            throw corrupt("ends early")
        }
        if probe.readableBytes == 0 || output.readableBytes > 0 { throw corrupt("ends early (truncated)") }
    }
}
