import Foundation
@testable import PhiguardCore
import Testing

/// Stored PCRE2 code must match exactly as freshly compiled code does, and anything
/// damaged must be compiled from source instead of used.
@Suite(.serialized) struct PatternCacheTests {
    static let rules = Array((try! RulePack.builtIn(examples: false)).rules.prefix(40))
        + (try! RulePack.builtIn(examples: false)).rules.filter { $0.id == "phi-logging.swift-print-phi" || $0.id == "phi-literal.street-address-field" }

    static func temporaryFile(_ bytes: [UInt8]) throws -> String {
        let path = NSTemporaryDirectory() + "phiguard-patterns-\(UUID().uuidString).bin"
        #expect(FileManager.default.createFile(atPath: path, contents: Data(bytes)))
        return path
    }

    static func matches(_ pattern: Pattern, _ text: String) throws -> [Range<Int>] {
        let bytes = Array(text.utf8)
        return try bytes.withUnsafeBufferPointer { buffer in
            try pattern.matches(in: buffer, window: 0..<buffer.count, using: Matcher()).map(\.range)
        }
    }

    static let samples = [
        "print(patient_record)", "logger.info(f\"patient {patient.ssn}\")", "address_line1 = \"4410 Quarry Ridge Rd\" # patient",
        "AKIAABCDEFGHIJKLMNOP", "password = \"hunter2hunter2\"", "nothing here at all", "",
    ]

    @Test func storedCodeMatchesLikeCompiledCode() throws {
        let path = try Self.temporaryFile(PatternCache.encode(Self.rules))
        defer { PatternCache.use(path: nil); try? FileManager.default.removeItem(atPath: path) }
        PatternCache.use(path: path)
        for rule in Self.rules {
            let entry = try #require(PatternCache.entry(for: rule.pattern), "\(rule.id) was not stored")
            #expect(PatternCache.decode(entry) != nil, "\(rule.id) does not decode")
            let stored = try Pattern(rule.pattern, owner: rule.id, stored: entry)
            let compiled = try Pattern(rule.pattern, owner: rule.id)
            #expect(stored.valueGroup == compiled.valueGroup)
            for text in Self.samples {
                #expect(try Self.matches(stored, text) == Self.matches(compiled, text), "\(rule.id) on \(text)")
            }
        }
        #expect(PatternCache.entry(for: "(?:not a pattern of the pack)") == nil)
    }

    @Test func damagedOrForeignFilesAreNotUsed() throws {
        let bytes = PatternCache.encode(Self.rules)
        let rule = try #require(Self.rules.first { $0.id == "phi-logging.swift-print-phi" })
        defer { PatternCache.use(path: nil) }

        // A byte of code flipped: the checksum refuses it and the source is compiled.
        var flipped = bytes
        flipped[flipped.count - 100] ^= 0x5A
        let flippedPath = try Self.temporaryFile(flipped)
        defer { try? FileManager.default.removeItem(atPath: flippedPath) }
        PatternCache.use(path: flippedPath)
        let sources = Self.rules.flatMap { [$0.pattern] + ($0.unless.map { [$0] } ?? []) }
        #expect(sources.compactMap(PatternCache.entry).filter { PatternCache.decode($0) == nil }.count == 1,
                "the flipped byte went unnoticed, or spoiled more than its own entry")
        let fallback = try Pattern(rule.pattern, owner: rule.id, stored: PatternCache.entry(for: rule.pattern))
        #expect(try Self.matches(fallback, "print(patient_record)").count == 1)

        // Cut files, another format version and garbage are not loaded at all.
        let broken: [[UInt8]] = [Array(bytes.prefix(bytes.count / 2)), [0] + Array(bytes.dropFirst()), [UInt8](repeating: 0xEE, count: 4096)]
        for broken in broken {
            let path = try Self.temporaryFile(broken)
            defer { try? FileManager.default.removeItem(atPath: path) }
            PatternCache.use(path: path)
            if let entry = PatternCache.entry(for: rule.pattern) {
                #expect(PatternCache.decode(entry) == nil, "a broken file gave usable code")
            }
        }
    }
}
