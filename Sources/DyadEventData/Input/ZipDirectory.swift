#if canImport(Glibc)
    import Glibc
#endif

/// The one data file of a zip archive (as GDELT publishes them), found through the central directory.
///
/// Only the container is parsed here; the compressed bytes go through zlib (CompressNIO). Reading the
/// directory ourselves, rather than through a zip package, keeps the dependency list to one maintained
/// zlib binding and lets the reader stream the entry with `pread` in constant memory.
struct ZipDirectory {
    struct Entry {
        var name: String
        var method: Int
        var compressedSize: Int
        var dataOffset: Int
    }

    /// The single file entry of the archive; directories are ignored, more than one file is an error.
    static func singleEntry(fd: Int32, size: Int, path: String) throws -> Entry {
        func damaged(_ what: String) -> EventDataError {
            EventDataError(.badData, "not a readable zip archive: \(what); the file is damaged or incomplete", file: path)
        }
        func read(_ count: Int, at offset: Int) throws -> [UInt8] {
            guard offset >= 0, count >= 0, offset + count <= size else { throw damaged("a record points outside the file") }
            var bytes = [UInt8](repeating: 0, count: count)
            let n = bytes.withUnsafeMutableBytes { pread(fd, $0.baseAddress, count, off_t(offset)) }
            guard n == count else { throw damaged("short read") }
            return bytes
        }
        func u16(_ b: [UInt8], _ i: Int) -> Int { Int(b[i]) | Int(b[i + 1]) << 8 }
        func u32(_ b: [UInt8], _ i: Int) -> Int { u16(b, i) | u16(b, i + 2) << 16 }
        func u64(_ b: [UInt8], _ i: Int) -> Int { u32(b, i) | u32(b, i + 4) << 32 }

        // The end-of-central-directory record is the last 22 bytes plus a comment of up to 65,535 bytes.
        let tailLength = min(size, 22 + 65_535)
        let tail = try read(tailLength, at: size - tailLength)
        guard tailLength >= 22,
            let eocd = stride(from: tailLength - 22, through: 0, by: -1).first(where: {
                tail[$0] == 0x50 && tail[$0 + 1] == 0x4b && tail[$0 + 2] == 0x05 && tail[$0 + 3] == 0x06
            })
        else { throw damaged("no end-of-central-directory record (a cut download?)") }
        var entries = u16(tail, eocd + 10)
        var directorySize = u32(tail, eocd + 12)
        var directoryOffset = u32(tail, eocd + 16)
        // ZIP64: the 32-bit fields are saturated and a locator just before the record points to the real ones.
        if entries == 0xFFFF || directorySize == 0xFFFF_FFFF || directoryOffset == 0xFFFF_FFFF {
            let locatorAt = size - tailLength + eocd - 20
            let locator = try read(20, at: locatorAt)
            guard u32(locator, 0) == 0x0706_4b50 else { throw damaged("ZIP64 locator missing") }
            let record = try read(56, at: u64(locator, 8))
            guard u32(record, 0) == 0x0606_4b50 else { throw damaged("ZIP64 end record missing") }
            entries = u64(record, 32)
            directorySize = u64(record, 40)
            directoryOffset = u64(record, 48)
        }
        let directory = try read(directorySize, at: directoryOffset)
        var files: [Entry] = []
        var at = 0
        for _ in 0..<entries {
            guard at + 46 <= directory.count, u32(directory, at) == 0x0201_4b50 else { throw damaged("central directory entry broken") }
            let flags = u16(directory, at + 8)
            let method = u16(directory, at + 10)
            var compressed = u32(directory, at + 20)
            let uncompressed = u32(directory, at + 24)
            let nameLength = u16(directory, at + 28), extraLength = u16(directory, at + 30), commentLength = u16(directory, at + 32)
            var localOffset = u32(directory, at + 42)
            guard at + 46 + nameLength + extraLength <= directory.count else { throw damaged("central directory entry broken") }
            let name = String(decoding: directory[(at + 46)..<(at + 46 + nameLength)], as: UTF8.self)
            // ZIP64 extra field (id 1): 64-bit values, only for those saturated above, in this order.
            var extra = at + 46 + nameLength
            let extraEnd = extra + extraLength
            while extra + 4 <= extraEnd {
                let id = u16(directory, extra), length = u16(directory, extra + 2)
                if id == 1 {
                    var field = extra + 4
                    if uncompressed == 0xFFFF_FFFF { field += 8 }
                    if compressed == 0xFFFF_FFFF, field + 8 <= extraEnd {
                        compressed = u64(directory, field)
                        field += 8
                    }
                    if localOffset == 0xFFFF_FFFF, field + 8 <= extraEnd { localOffset = u64(directory, field) }
                }
                extra += 4 + length
            }
            at += 46 + nameLength + extraLength + commentLength
            if name.hasSuffix("/") { continue }
            if flags & 1 != 0 { throw EventDataError(.badData, "zip entry \(name) is encrypted", file: path) }
            files.append(Entry(name: name, method: method, compressedSize: compressed, dataOffset: localOffset))
        }
        guard files.count == 1, var entry = files.first else {
            throw EventDataError(.badData, "expected a zip archive holding one data file, found \(files.count) files", file: path)
        }
        // The data follow the local header, whose name and extra lengths may differ from the central copy.
        let local = try read(30, at: entry.dataOffset)
        guard u32(local, 0) == 0x0403_4b50 else { throw damaged("local header of \(entry.name) missing") }
        entry.dataOffset += 30 + u16(local, 26) + u16(local, 28)
        guard entry.dataOffset + entry.compressedSize <= size else { throw damaged("\(entry.name) runs past the end of the file") }
        return entry
    }
}
