import Foundation
@testable import PhiguardCore
import Testing

/// `FileSystem.readFile` reads into the array's own storage, sized by fstat: every size
/// must come back whole, and a file whose size fstat does not know (or that grows) too.
@Suite struct FileSystemTests {
    @Test(arguments: [0, 1, 4095, 4096, 65_535, 65_536, 65_537, 300_001])
    func aFileOfAnySizeIsReadWhole(size: Int) throws {
        let path = NSTemporaryDirectory() + "phiguard-read-\(getpid())-\(size)-\(UInt32.random(in: 0...UInt32.max))"
        defer { unlink(path) }
        let bytes = (0..<size).map { UInt8(truncatingIfNeeded: $0 &* 31 &+ $0 >> 8) }
        #expect(FileManager.default.createFile(atPath: path, contents: Data(bytes)))
        #expect(try FileSystem.readFile(path) == bytes)
    }

    /// /proc files report a size of 0 and have content: read on past the size fstat gave.
    @Test func aFileLongerThanItsStatedSizeIsReadToItsEnd() throws {
        let status = try #require(try FileSystem.readFile("/proc/self/status"))
        let text = String(decoding: status, as: UTF8.self)
        #expect(text.hasPrefix("Name:"))
        #expect(text.contains("\nPid:\t\(getpid())\n"))
        #expect(text.hasSuffix("\n"))
    }

    @Test func aMissingFileIsNilAndOtherFailuresThrow() throws {
        #expect(try FileSystem.readFile("/nonexistent/phiguard/file") == nil)
        #expect(throws: PhiguardError.self) { try FileSystem.readFile("/tmp") }
    }
}
