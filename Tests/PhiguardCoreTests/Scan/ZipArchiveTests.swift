import Foundation
@testable import PhiguardCore
import Testing
import ZIPFoundation

/// phiguard's own zip reader, checked against archives written by an independent
/// implementation (ZIPFoundation) and against archives built byte by byte here, damaged
/// in every way a staged file can be.
@Suite struct ZipArchiveTests {
    /// A zip written by ZIPFoundation: one deflated part, one stored part, one folder.
    static func officeLikeArchive(sharedStrings: [UInt8], sheet: [UInt8]) throws -> [UInt8] {
        let archive = try Archive(data: Data(), accessMode: .create)
        try archive.addEntry(with: "xl/", type: .directory, uncompressedSize: Int64(0)) { _, _ in Data() }
        for (path, bytes, method) in [("xl/sharedStrings.xml", sharedStrings, CompressionMethod.deflate),
                                      ("xl/worksheets/sheet1.xml", sheet, CompressionMethod.none)] {
            let data = Data(bytes)
            try archive.addEntry(with: path, type: .file, uncompressedSize: Int64(data.count), compressionMethod: method) { position, size in
                data.subdata(in: Data.Index(position)..<Data.Index(position) + size)
            }
        }
        return Array(try #require(archive.data))
    }

    /// A zip of stored entries built byte by byte, so that each field can be set wrong.
    struct Built {
        var flags: UInt16 = 0
        var method: UInt16 = 0
        var crcDelta: UInt32 = 0
        var declaredSize: UInt32? = nil
        var streamed = false
        var comment: [UInt8] = []
        var entryCount: UInt16? = nil

        func bytes(_ files: [(String, [UInt8])]) -> [UInt8] {
            var out: [UInt8] = [], directory: [UInt8] = []
            for (name, content) in files {
                let offset = UInt32(out.count)
                let crc = ZipArchiveTests.crc32(content) &+ crcDelta
                let size = declaredSize ?? UInt32(content.count)
                out += le32(0x0403_4B50) + le16(20) + le16(flags | (streamed ? 8 : 0)) + le16(method) + le16(0) + le16(0)
                out += streamed ? le32(0) + le32(0) + le32(0) : le32(crc) + le32(size) + le32(size)
                out += le16(UInt16(name.utf8.count)) + le16(0) + Array(name.utf8) + content
                if streamed { out += le32(0x0807_4B50) + le32(crc) + le32(size) + le32(size) }
                directory += le32(0x0201_4B50) + le16(20) + le16(20) + le16(flags | (streamed ? 8 : 0)) + le16(method)
                directory += le16(0) + le16(0) + le32(crc) + le32(size) + le32(size)
                directory += le16(UInt16(name.utf8.count)) + le16(0) + le16(0) + le16(0) + le16(0) + le32(0) + le32(offset)
                directory += Array(name.utf8)
            }
            let count = entryCount ?? UInt16(files.count)
            let end = le32(0x0605_4B50) + le16(0) + le16(0) + le16(count) + le16(count)
                + le32(UInt32(directory.count)) + le32(UInt32(out.count)) + le16(UInt16(comment.count)) + comment
            return out + directory + end
        }

        private func le16(_ value: UInt16) -> [UInt8] { [UInt8(value & 0xFF), UInt8(value >> 8)] }
        private func le32(_ value: UInt32) -> [UInt8] { (0..<4).map { UInt8((value >> (8 * $0)) & 0xFF) } }
    }

    /// The CRC-32 of the zip format, bit by bit (independent of the zlib the reader uses).
    static func crc32(_ bytes: [UInt8]) -> UInt32 {
        var crc: UInt32 = 0xFFFF_FFFF
        for byte in bytes {
            crc ^= UInt32(byte)
            for _ in 0..<8 { crc = crc & 1 == 1 ? (crc >> 1) ^ 0xEDB8_8320 : crc >> 1 }
        }
        return ~crc
    }

    func contents(_ archive: ZipArchive, _ path: String, limit: Int = 1 << 20) throws -> [UInt8] {
        try archive.contents(of: try #require(archive.entries.first { $0.path == path }), limit: limit)
    }

    @Test func readsWhatAnotherImplementationWrote() throws {
        let strings = Array(String(repeating: "<si><t>glucose 70-99</t></si>", count: 200).utf8)
        let sheet = Array("<sheetData><row><c><v>1</v></c></row></sheetData>".utf8)
        let archive = try ZipArchive(try Self.officeLikeArchive(sharedStrings: strings, sheet: sheet))
        #expect(archive.entries.map(\.path) == ["xl/", "xl/sharedStrings.xml", "xl/worksheets/sheet1.xml"])
        #expect(archive.entries.map(\.isFolder) == [true, false, false])
        #expect(archive.entries[1].method == 8 && archive.entries[1].compressedSize < strings.count)
        #expect(try contents(archive, "xl/sharedStrings.xml") == strings)
        #expect(try contents(archive, "xl/worksheets/sheet1.xml") == sheet)
    }

    @Test func readsStreamedArchivesAndArchivesWithAComment() throws {
        let files = [("word/document.xml", Array("<w:t>Jane</w:t>".utf8)), ("word/footer1.xml", Array("<w:t>p. 1</w:t>".utf8))]
        for built in [Built(streamed: true), Built(comment: Array("written by hand".utf8)), Built(comment: [UInt8](repeating: 0x50, count: 300))] {
            let archive = try ZipArchive(built.bytes(files))
            #expect(archive.entries.map(\.path) == files.map(\.0))
            for (path, content) in files { #expect(try contents(archive, path) == content) }
        }
    }

    @Test func refusesWhatItCannotReadFaithfully() throws {
        let files = [("xl/sharedStrings.xml", Array("<t>524-71-3302</t>".utf8))]
        let cases: [(Built, ZipArchive.ReadError)] = [
            (Built(crcDelta: 1), .damaged("CRC-32 mismatch in xl/sharedStrings.xml")),
            (Built(flags: 1), .unsupported("encrypted")),
            (Built(method: 12), .unsupported("compression method 12")),
            (Built(declaredSize: 0xFFFF_FFFF), .unsupported("ZIP64")),
            (Built(declaredSize: 5_000), .damaged("the data of xl/sharedStrings.xml runs past the archive")),
        ]
        for (built, expected) in cases {
            #expect(throws: expected) {
                let archive = try ZipArchive(built.bytes(files))
                _ = try archive.contents(of: archive.entries[0], limit: 1 << 20)
            }
        }
        #expect(throws: ZipArchive.ReadError.unsupported("ZIP64")) { try ZipArchive(Built(entryCount: 0xFFFF).bytes(files)) }
        #expect(throws: ZipArchive.ReadError.damaged("central directory entry 2 is missing or cut short")) {
            try ZipArchive(Built(entryCount: 2).bytes(files))
        }
        for notZip in [[], Array("PK".utf8), Array(String(repeating: "not a zip at all ", count: 10).utf8)] {
            #expect(throws: ZipArchive.ReadError.notAZip) { try ZipArchive(notZip) }
        }
    }

    @Test func aZipBombStopsAtTheLimit() throws {
        let zeros = [UInt8](repeating: 0x30, count: 4 << 20)
        let bytes = try Self.officeLikeArchive(sharedStrings: zeros, sheet: [])
        #expect(bytes.count < 64 * 1024)
        let archive = try ZipArchive(bytes)
        // Declared larger than the limit: refused before anything is inflated.
        #expect(throws: ZipArchive.ReadError.tooLarge(limit: 1 << 20)) { try contents(archive, "xl/sharedStrings.xml", limit: 1 << 20) }
        #expect(try contents(archive, "xl/sharedStrings.xml", limit: 4 << 20).count == 4 << 20)

        // Declared small, inflating large: stopped at the declared size, never the whole stream.
        var lying = bytes
        let headers = Self.offsets(of: [0x50, 0x4B, 0x01, 0x02], in: lying)
        try #require(headers.count == 3)
        let directory = headers[1]  // xl/sharedStrings.xml's central directory entry
        let sizeField = directory + 24
        lying.replaceSubrange(sizeField..<(sizeField + 4), with: [0x00, 0x10, 0x00, 0x00])  // 4,096 bytes
        let lyingArchive = try ZipArchive(lying)
        #expect(throws: ZipArchive.ReadError.damaged("more data than declared")) {
            try contents(lyingArchive, "xl/sharedStrings.xml", limit: 100 << 20)
        }
    }

    /// Input is whatever someone staged: no prefix of an archive and no single damaged
    /// byte may crash the reader, and what it does return passed its CRC check.
    @Test func everyTruncationAndEveryDamagedByteIsSurvived() throws {
        let strings = Array("<si><t>Jane Doe 524-71-3302</t></si><si><t>MRN 00412345</t></si>".utf8)
        let valid = try Self.officeLikeArchive(sharedStrings: strings, sheet: Array("<v>7</v>".utf8))
        var variants: [[UInt8]] = (0..<valid.count).map { Array(valid[..<$0]) }
        for index in valid.indices {
            for value: UInt8 in [0x00, 0xFF, valid[index] ^ 0x01] where value != valid[index] {
                var damaged = valid
                damaged[index] = value
                variants.append(damaged)
            }
        }
        var readable = 0
        for bytes in variants {
            guard let archive = try? ZipArchive(bytes) else { continue }
            for entry in archive.entries {
                if let content = try? archive.contents(of: entry, limit: 1 << 20) {
                    #expect(Self.crc32(content) == entry.crc32)
                    readable += 1
                }
            }
        }
        #expect(readable > 0)
    }

    static func offsets(of needle: [UInt8], in bytes: [UInt8]) -> [Int] {
        guard bytes.count >= needle.count else { return [] }
        return (0...(bytes.count - needle.count)).filter { bytes[$0..<($0 + needle.count)].elementsEqual(needle) }
    }
}
