import CSystemZlib

/// The files of a zip archive held in memory: as much of the format (PKWARE's APPNOTE)
/// as reading the XML inside an `.xlsx` or `.docx` needs, and strict about the rest.
///
/// phiguard reads zips itself, with zlib, rather than through a zip library: the ones
/// for Swift are built on all of Foundation, which a hook started on every commit would
/// load for a file type that is rarely staged (README, "Performance"). The input is
/// whatever someone staged, so every offset and size is checked before it is used, and
/// a damaged, encrypted or unsupported archive is an error, never a crash.
struct ZipArchive {
    struct Entry: Equatable {
        let path: String
        /// General-purpose flags (bit 0: encrypted).
        let flags: UInt16
        /// 0 stored, 8 deflated; others are refused when read.
        let method: UInt16
        let crc32: UInt32
        let compressedSize: Int
        let size: Int
        let localHeaderOffset: Int

        var isFolder: Bool { path.hasSuffix("/") }
    }

    enum ReadError: Error, Equatable {
        case notAZip
        case damaged(String)
        case unsupported(String)
        /// The entry is declared larger than the caller's limit (a zip bomb stops here).
        case tooLarge(limit: Int)
    }

    /// The entries in central-directory order.
    let entries: [Entry]
    private let bytes: [UInt8]
    private let centralDirectoryOffset: Int

    private static let endOfCentralDirectory: UInt32 = 0x0605_4B50
    private static let centralHeader: UInt32 = 0x0201_4B50
    private static let localHeader: UInt32 = 0x0403_4B50

    init(_ bytes: [UInt8]) throws {
        self.bytes = bytes
        // The end record is the last 22 bytes, unless a comment (up to 64 KB) follows it.
        guard bytes.count >= 22 else { throw ReadError.notAZip }
        var end = bytes.count - 22
        let lowest = max(0, end - 0xFFFF)
        while Self.uint32(bytes, end) != Self.endOfCentralDirectory {
            guard end > lowest else { throw ReadError.notAZip }
            end -= 1
        }
        let disk = Self.uint16(bytes, end + 4), directoryDisk = Self.uint16(bytes, end + 6)
        let count = Int(Self.uint16(bytes, end + 10))
        let directorySize = Int(Self.uint32(bytes, end + 12)), directoryOffset = Int(Self.uint32(bytes, end + 16))
        guard disk == 0, directoryDisk == 0 else { throw ReadError.unsupported("split across several files") }
        // All-ones fields mean the real values are in a ZIP64 record: archives over 4 GB
        // or 65,535 entries, which no document staged in git needs.
        guard count != 0xFFFF, directorySize != 0xFFFF_FFFF, directoryOffset != 0xFFFF_FFFF else {
            throw ReadError.unsupported("ZIP64")
        }
        guard directoryOffset <= end, directorySize <= end - directoryOffset else {
            throw ReadError.damaged("the central directory lies outside the archive")
        }
        centralDirectoryOffset = directoryOffset

        var entries: [Entry] = []
        entries.reserveCapacity(count)
        var at = directoryOffset
        let directoryEnd = directoryOffset + directorySize
        for _ in 0..<count {
            guard directoryEnd - at >= 46, Self.uint32(bytes, at) == Self.centralHeader else {
                throw ReadError.damaged("central directory entry \(entries.count + 1) is missing or cut short")
            }
            let nameLength = Int(Self.uint16(bytes, at + 28))
            let extraLength = Int(Self.uint16(bytes, at + 30))
            let commentLength = Int(Self.uint16(bytes, at + 32))
            let next = at + 46 + nameLength + extraLength + commentLength
            guard next <= directoryEnd else {
                throw ReadError.damaged("central directory entry \(entries.count + 1) runs past the directory")
            }
            let compressedSize = Int(Self.uint32(bytes, at + 20)), size = Int(Self.uint32(bytes, at + 24))
            let localHeaderOffset = Int(Self.uint32(bytes, at + 42))
            guard compressedSize != 0xFFFF_FFFF, size != 0xFFFF_FFFF, localHeaderOffset != 0xFFFF_FFFF else {
                throw ReadError.unsupported("ZIP64")
            }
            entries.append(Entry(
                path: String(decoding: bytes[(at + 46)..<(at + 46 + nameLength)], as: UTF8.self),
                flags: Self.uint16(bytes, at + 8), method: Self.uint16(bytes, at + 10), crc32: Self.uint32(bytes, at + 16),
                compressedSize: compressedSize, size: size, localHeaderOffset: localHeaderOffset))
            at = next
        }
        self.entries = entries
    }

    /// The uncompressed bytes of `entry`, checked against its size and CRC-32.
    /// - Parameter limit: the most bytes the caller accepts; an entry declared larger
    ///   throws `tooLarge` before anything is inflated, and no entry inflates past its
    ///   declared size.
    func contents(of entry: Entry, limit: Int) throws -> [UInt8] {
        guard entry.flags & 1 == 0 else { throw ReadError.unsupported("encrypted") }
        guard entry.size <= limit else { throw ReadError.tooLarge(limit: limit) }
        // The data follows the local header, whose name and extra field may differ in
        // length from the central directory's copy; sizes come from the central directory
        // (a streamed archive leaves them zero in the local header).
        let header = entry.localHeaderOffset
        guard header <= centralDirectoryOffset, centralDirectoryOffset - header >= 30,
              Self.uint32(bytes, header) == Self.localHeader else {
            throw ReadError.damaged("no local header for \(entry.path)")
        }
        let start = header + 30 + Int(Self.uint16(bytes, header + 26)) + Int(Self.uint16(bytes, header + 28))
        guard start <= centralDirectoryOffset, entry.compressedSize <= centralDirectoryOffset - start else {
            throw ReadError.damaged("the data of \(entry.path) runs past the archive")
        }
        let content: [UInt8]
        switch entry.method {
        case 0:
            guard entry.compressedSize == entry.size else { throw ReadError.damaged("stored sizes of \(entry.path) differ") }
            content = Array(bytes[start..<(start + entry.size)])
        case 8:
            content = try Self.inflate(bytes, from: start, count: entry.compressedSize, expected: entry.size)
        default:
            throw ReadError.unsupported("compression method \(entry.method)")
        }
        guard content.count == entry.size else { throw ReadError.damaged("\(entry.path) is shorter than declared") }
        let checksum = content.withUnsafeBufferPointer { UInt32(truncatingIfNeeded: crc32(0, $0.baseAddress, UInt32($0.count))) }
        guard checksum == entry.crc32 else { throw ReadError.damaged("CRC-32 mismatch in \(entry.path)") }
        return content
    }

    /// Raw deflate (no zlib header), stopping as soon as the output exceeds what the
    /// entry declared.
    private static func inflate(_ bytes: [UInt8], from start: Int, count: Int, expected: Int) throws -> [UInt8] {
        var stream = z_stream()
        guard inflateInit2_(&stream, -MAX_WBITS, ZLIB_VERSION, Int32(MemoryLayout<z_stream>.size)) == Z_OK else {
            throw ReadError.damaged("zlib could not start")
        }
        defer { inflateEnd(&stream) }
        var output: [UInt8] = []
        output.reserveCapacity(expected)
        var chunk = [UInt8](repeating: 0, count: 64 * 1024)
        try bytes.withUnsafeBufferPointer { input in
            stream.next_in = UnsafeMutablePointer(mutating: input.baseAddress! + start)
            stream.avail_in = UInt32(count)
            while true {
                let status = chunk.withUnsafeMutableBufferPointer { out -> Int32 in
                    stream.next_out = out.baseAddress
                    stream.avail_out = UInt32(out.count)
                    return CSystemZlib.inflate(&stream, Z_NO_FLUSH)
                }
                let produced = chunk.count - Int(stream.avail_out)
                guard output.count + produced <= expected else { throw ReadError.damaged("more data than declared") }
                output.append(contentsOf: chunk[..<produced])
                if status == Z_STREAM_END { return }
                // Z_BUF_ERROR: no progress possible, i.e. the input ended mid-stream.
                guard status == Z_OK, produced > 0 || stream.avail_in > 0 else {
                    throw ReadError.damaged("the deflate stream is damaged or cut short")
                }
            }
        }
        return output
    }

    private static func uint16(_ bytes: [UInt8], _ at: Int) -> UInt16 {
        UInt16(bytes[at]) | UInt16(bytes[at + 1]) << 8
    }

    private static func uint32(_ bytes: [UInt8], _ at: Int) -> UInt32 {
        UInt32(bytes[at]) | UInt32(bytes[at + 1]) << 8 | UInt32(bytes[at + 2]) << 16 | UInt32(bytes[at + 3]) << 24
    }
}
