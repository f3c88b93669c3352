import Foundation
@testable import PhiguardCore
import Testing

/// The stored automaton must behave exactly like a freshly built one, and a damaged file
/// must be refused: `mark` reads the tables without bounds checks.
@Suite struct PrefilterCacheTests {
    static let keywordsByRule = (try! RulePack.builtIn()).rules.map(\.keywords)

    static func hits(_ prefilter: Prefilter, _ text: String) -> [Bool] {
        var hits = [Bool](repeating: false, count: prefilter.ruleCount)
        Array(text.utf8).withUnsafeBufferPointer { prefilter.mark($0, into: &hits) }
        return hits
    }

    @Test func storedTablesMatchAFreshBuild() throws {
        let fresh = Prefilter(keywordsByRule: Self.keywordsByRule)
        let stored = try #require(PrefilterCache.decode(PrefilterCache.encode(fresh), ruleCount: Self.keywordsByRule.count))
        for text in ["print(patient_record)", "AKIAABCDEFGHIJKLMNOP", "Set-Cookie: session=1; Secure",
                     "http://models.example.org/weights.bin", "ssn = '524-71-3302'", "nothing to see", ""] {
            #expect(Self.hits(stored, text) == Self.hits(fresh, text), "\(text)")
        }
        #expect(Self.hits(fresh, "print(patient_record)").contains(true))
    }

    @Test func damagedFilesAreRefused() {
        let bytes = PrefilterCache.encode(Prefilter(keywordsByRule: [["print"], ["rint"], ["cookie"], []]))
        #expect(PrefilterCache.decode(bytes, ruleCount: 4) != nil)
        #expect(PrefilterCache.decode(bytes, ruleCount: 5) == nil, "built for another rule list")
        for cut in [0, 1, 9, bytes.count / 2, bytes.count - 1] {
            #expect(PrefilterCache.decode(Array(bytes.prefix(cut)), ruleCount: 4) == nil, "accepted a file cut at \(cut)")
        }
        var wrongVersion = bytes
        wrongVersion[0] = 0
        #expect(PrefilterCache.decode(wrongVersion, ruleCount: 4) == nil)
    }

    /// The transition table is not read whole to be checked (it is 1.5 MB for the built-in
    /// pack): a state past the last one, which only a damaged file holds, must restart
    /// the automaton instead of sending `mark` two gigabytes past the table.
    @Test func transitionsOutOfRangeAreContained() throws {
        let fresh = Prefilter(keywordsByRule: [["print"], ["rint"], ["cookie"], []])
        let bytes = PrefilterCache.encode(fresh)
        // The first transition of every class of state 0, after the version padded to 8,
        // rule count, class count, class map and table count: each now names state
        // 0x7F000000.
        let firstTransition = 8 + 8 + 8 + 256 + 8
        let classCount = Int(Int64(littleEndian: bytes.withUnsafeBytes { $0.loadUnaligned(fromByteOffset: 16, as: Int64.self) }))
        var damaged = bytes
        for cls in 0..<classCount {
            #expect(damaged[firstTransition + 4 * cls + 3] == 0)
            damaged[firstTransition + 4 * cls + 3] = 0x7F
        }
        let stored = try #require(PrefilterCache.decode(damaged, ruleCount: 4))
        let hits = Self.hits(stored, "print cookie " + String(decoding: (1...255).map { UInt8($0) }, as: UTF8.self))
        #expect(hits[3], "rules without keywords still run")
        #expect(Self.hits(fresh, "print cookie") == [true, true, true, true])
    }

    /// The hook reads the stored automaton from a read-only mapping of the file, in place.
    @Test func mappedFileMatchesAFreshBuildAndOddFilesAreNotMapped() throws {
        let directory = "/tmp/phiguard-prefilter-\(getpid())-\(UInt32.random(in: 0...UInt32.max))"
        #expect(mkdir(directory, 0o700) == 0)
        defer { _ = try? FileManager.default.removeItem(atPath: directory) }
        let fresh = Prefilter(keywordsByRule: Self.keywordsByRule)
        let path = directory + "/prefilter.bin"
        #expect(FileManager.default.createFile(atPath: path, contents: Data(PrefilterCache.encode(fresh))))
        let mapped = try #require(ReadOnlyBytes(mapping: path))
        let stored = try #require(PrefilterCache.decode(mapped, ruleCount: Self.keywordsByRule.count))
        for text in ["print(patient_record)", "AKIAABCDEFGHIJKLMNOP", "ssn = '524-71-3302'", "nothing to see"] {
            #expect(Self.hits(stored, text) == Self.hits(fresh, text), "\(text)")
        }

        #expect(ReadOnlyBytes(mapping: directory + "/missing.bin") == nil)
        #expect(ReadOnlyBytes(mapping: directory) == nil, "a directory")
        #expect(FileManager.default.createFile(atPath: directory + "/empty.bin", contents: Data()))
        #expect(ReadOnlyBytes(mapping: directory + "/empty.bin") == nil)
        #expect(mkfifo(directory + "/fifo.bin", 0o600) == 0)
        #expect(ReadOnlyBytes(mapping: directory + "/fifo.bin") == nil, "a FIFO must neither hang nor map")
    }

    @Test func keyFollowsTheKeywordsAndTheirRules() {
        let key = PrefilterCache.key([["print"], ["cookie"]])
        #expect(key == PrefilterCache.key([["print"], ["cookie"]]))
        #expect(key != PrefilterCache.key([["cookie"], ["print"]]))
        #expect(key != PrefilterCache.key([["print", "cookie"]]))
        #expect(key != PrefilterCache.key([["print"], ["cookie"], []]))
    }
}
