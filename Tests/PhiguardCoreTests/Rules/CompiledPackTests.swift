import Foundation
@testable import PhiguardCore
import Testing

/// The compiled pack is only a cache: it must give back exactly the rules the TOML
/// defines, and a damaged file must be refused rather than misread.
@Suite struct CompiledPackTests {
    static let rules = try! RulePack.load(directory: Fixtures.rulesDirectory, compilePatterns: true).rules
        + (try! RulePack.builtIn().rules)

    /// The test rules written to a compiled pack and read back.
    static func roundTripped() throws -> [Rule] {
        var writer = CompiledPack.Writer()
        writer.rules(CompiledPackTests.rules)
        var reader = CompiledPack.Reader(bytes: writer.bytes)
        let result = reader.rules()
        return try #require(result)
    }

    @Test func roundTripsEveryField() throws {
        let decoded = try Self.roundTripped()
        #expect(decoded.count == CompiledPackTests.rules.count)
        for (a, b) in zip(decoded, CompiledPackTests.rules) {
            #expect(a.id == b.id && a.category == b.category && a.severity == b.severity && a.message == b.message)
            #expect(a.hipaa == b.hipaa && a.remediation == b.remediation && a.languages == b.languages)
            #expect(a.keywords == b.keywords && a.pattern == b.pattern && a.unless == b.unless && a.unlessLines == b.unlessLines)
            #expect(a.contextWords == b.contextWords && a.contextLines == b.contextLines && a.validators == b.validators)
            #expect(a.paths == b.paths && a.excludePaths == b.excludePaths && a.overridable == b.overridable)
            #expect(a.triggers == b.triggers && a.nearMisses == b.nearMisses)
        }
    }

    /// Word lists stay in the mapped pack until read; the keys of the cached automata hash
    /// their bytes. A decoded pack must key them exactly as the parsed one does, or every
    /// hook run would rebuild (and rewrite) the automata.
    @Test func wordListsLeftInThePackKeyTheAutomataAsParsedOnesDo() throws {
        let decoded = try Self.roundTripped()
        #expect(PrefilterCache.key(decoded.map(\.keywordList)) == PrefilterCache.key(CompiledPackTests.rules.map(\.keywords)))
        #expect(PrefilterCache.key(decoded.map(\.contextWordList)) == PrefilterCache.key(CompiledPackTests.rules.map(\.contextWords)))
        #expect(PrefilterCache.key(decoded.map(\.keywordList)) != PrefilterCache.key(decoded.map(\.contextWordList)))
        #expect(decoded.map(\.contextWordList.isEmpty) == CompiledPackTests.rules.map(\.contextWords.isEmpty))
        #expect(decoded.contains { !$0.contextWordList.isEmpty } && decoded.contains { $0.contextWordList.isEmpty })
    }

    /// A pack loaded from the compiled cache is not checked for duplicate ids again, so
    /// the cache must never hold a pack that failed the check: the second load of a rule
    /// folder that defines an id twice fails as the first did.
    @Test func aRuleDefinedTwiceIsRefusedOnEveryLoad() throws {
        let directory = NSTemporaryDirectory() + "phiguard-twice-\(getpid())-\(UInt32.random(in: 0...UInt32.max))"
        try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: directory) }
        let rule = try String(contentsOfFile: Fixtures.rulesDirectory + "/fixture.toml", encoding: .utf8)
            .components(separatedBy: "[[rule]]")[1]
        try ("[[rule]]" + rule + "\n[[rule]]" + rule).write(toFile: directory + "/twice.toml", atomically: true, encoding: .utf8)
        for attempt in 1...2 {
            #expect(throws: PhiguardError.invalidRule(id: "phi-logging.fixture-print-record", reason: "defined twice"),
                    "load \(attempt)") {
                try RulePack.load(directory: directory, compilePatterns: true, cached: true)
            }
        }
        let key = try #require(CompiledPack.key(directory: directory, names: ["twice.toml"]))
        #expect(CompiledPack.load(key: key) == nil, "the refused pack was cached")
    }

    /// The cache must never be what makes the pack load: the shipped TOML itself parses,
    /// to the same rules. (A TOML screen once refused the pack on machines without a
    /// cache, while every machine with one passed.)
    @Test func builtInTOMLLoadsWithoutTheCache() throws {
        let directory = try RulePack.locateBuiltInDirectory()
        let parsed = try RulePack.load(directory: directory, compilePatterns: true, cached: false).rules
        #expect(parsed.map(\.id) == (try RulePack.builtIn().rules.map(\.id)))
        #expect(parsed.count >= 270)
    }

    /// The cache keeps the newest few files per kind, never the one just written, and
    /// leaves other kinds alone.
    @Test func pruneKeepsTheNewestFilesOfOneKind() throws {
        let directory = NSTemporaryDirectory() + "compiled-pack-prune-\(UUID().uuidString)"
        try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: directory) }
        for index in 0..<12 {
            let path = directory + "/pack-\(index).bin"
            try Data([1]).write(to: URL(fileURLWithPath: path))
            try FileManager.default.setAttributes([.modificationDate: Date(timeIntervalSince1970: Double(1_000_000 + index * 60))],
                                                  ofItemAtPath: path)
        }
        try Data([1]).write(to: URL(fileURLWithPath: directory + "/prefilter-0.bin"))
        CompiledPack.prune(directory: directory, prefix: "pack-", keep: directory + "/pack-0.bin")
        let left = try FileManager.default.contentsOfDirectory(atPath: directory).sorted()
        #expect(left == ["pack-0.bin", "pack-10.bin", "pack-11.bin", "pack-5.bin", "pack-6.bin", "pack-7.bin", "pack-8.bin",
                         "pack-9.bin", "prefilter-0.bin"])
    }

    /// A scan skips the examples; everything it uses decodes the same.
    @Test func examplesCanBeSkipped() throws {
        var writer = CompiledPack.Writer()
        writer.rules(CompiledPackTests.rules)
        var reader = CompiledPack.Reader(bytes: writer.bytes)
        reader.examples = false
        let result = reader.rules()
        let decoded = try #require(result)
        #expect(decoded.map(\.id) == CompiledPackTests.rules.map(\.id))
        #expect(decoded.allSatisfy { $0.triggers.isEmpty && $0.nearMisses.isEmpty })
        #expect(decoded.map(\.pattern) == CompiledPackTests.rules.map(\.pattern))
        #expect(decoded.map(\.maxAgeDays) == CompiledPackTests.rules.map(\.maxAgeDays))
        var cut = CompiledPack.Reader(bytes: Array(writer.bytes.dropLast(3)))
        cut.examples = false
        let truncated = cut.rules()
        #expect(truncated == nil, "a truncated file is refused with examples skipped too")
    }

    /// Every byte of a small pack zeroed or set to 0xFF in turn: the reader refuses the file
    /// or reads something, and never crashes (a table emptied under a rule that points into
    /// it once indexed an empty array).
    @Test func everySingleByteDamageIsSurvived() throws {
        let rules = Array(CompiledPackTests.rules.filter { !$0.paths.isEmpty }.prefix(1)) + Array(CompiledPackTests.rules.filter { !$0.excludePaths.isEmpty }.prefix(1))
            + Array(CompiledPackTests.rules.filter { !$0.languages.isEmpty }.prefix(1))
        try #require(rules.count == 3)
        var writer = CompiledPack.Writer()
        writer.rules(rules)
        var refused = 0
        for offset in writer.bytes.indices {
            for value: UInt8 in [0, 0xFF] where writer.bytes[offset] != value {
                var damaged = writer.bytes
                damaged[offset] = value
                var reader = CompiledPack.Reader(bytes: damaged)
                reader.examples = offset % 2 == 0
                if reader.rules() == nil { refused += 1 }
            }
        }
        #expect(refused > 0)
    }

    /// A rule that points into an empty table (globs, language sets) is refused, not read
    /// out of range.
    @Test func indicesIntoEmptyTablesAreRefused() {
        for table in ["globs", "language sets"] {
            var writer = CompiledPack.Writer()
            writer.int(table == "language sets" ? 0 : 1)   // language sets
            if table != "language sets" { writer.ints([]) }
            writer.strings([])                              // globs: none
            writer.int(1)                                   // one rule
            writer.string("secret.x"); writer.int(0); writer.int(0)
            writer.string("m"); writer.string("45 CFR 164.312(d)"); writer.string("r")
            writer.int(0)                                   // language set 0
            writer.strings(["key"]); writer.string("key"); writer.optional(nil); writer.int(0)
            writer.strings([]); writer.int(0); writer.strings([])
            writer.ints(table == "globs" ? [0] : []); writer.ints([])   // paths: glob 0
            writer.int(1); writer.int(0)
            writer.int(16); writer.int(0); writer.int(0)    // no examples
            var reader = CompiledPack.Reader(bytes: writer.bytes)
            #expect(reader.rules() == nil, "\(table)")
        }
    }

    @Test func damagedBytesAreRefused() {
        var writer = CompiledPack.Writer()
        writer.rules(CompiledPackTests.rules)
        for cut in [0, 1, 9, writer.bytes.count / 2, writer.bytes.count - 1] {
            var reader = CompiledPack.Reader(bytes: Array(writer.bytes.prefix(cut)))
            let result = reader.rules()
            #expect(result == nil, "accepted a file cut at \(cut)")
        }
        var flipped = writer.bytes
        flipped[0] = 99
        var reader = CompiledPack.Reader(bytes: flipped)
        let result = reader.rules()
        #expect(result == nil)
    }

    /// The key follows the files' stat data: an edited, replaced, added or renamed rule
    /// file gives a new key, so a stale compiled pack is never used.
    @Test func keyChangesWhenARuleFileChanges() throws {
        let directory = NSTemporaryDirectory() + "compiled-pack-key-\(UUID().uuidString)"
        try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: directory) }
        let file = URL(fileURLWithPath: directory + "/a.toml")
        try Data("x = 1\n".utf8).write(to: file)
        let original = try #require(CompiledPack.key(directory: directory, names: ["a.toml"]))
        #expect(CompiledPack.key(directory: directory, names: ["a.toml"]) == original, "stable while nothing changes")

        try Data("x = 22\n".utf8).write(to: file)
        let edited = try #require(CompiledPack.key(directory: directory, names: ["a.toml"]))
        #expect(edited != original, "a different size")
        // Same size, same second: the nanoseconds or the inode (write to a new file and
        // rename it over, as editors and installers do) still differ.
        try Data("x = 33\n".utf8).write(to: file, options: .atomic)
        #expect(CompiledPack.key(directory: directory, names: ["a.toml"]) != edited)

        try Data("y = 1\n".utf8).write(to: URL(fileURLWithPath: directory + "/b.toml"))
        #expect(CompiledPack.key(directory: directory, names: ["a.toml", "b.toml"]) != CompiledPack.key(directory: directory, names: ["a.toml"]))
        #expect(CompiledPack.key(directory: directory, names: ["missing.toml"]) == nil, "no key, so no cache, when a file cannot be stat'ed")
    }
}
