import Foundation
@testable import PhiguardCore
import Testing

@Suite struct LedgerTests {
    let directory: String
    let ledger: Ledger

    init() throws {
        directory = NSTemporaryDirectory() + "ledger-\(UUID().uuidString)"
        ledger = Ledger(directory: directory)
    }

    static func override(_ n: Int, reason: String = "synthetic fixture data, reviewed") -> AppliedOverride {
        let finding = Finding(ruleID: "phi-literal.ssn", category: .phiLiteral, severity: .block, file: "t/\(n).py", line: n,
                              column: 1, commit: nil, message: "m", hipaa: "h", remediation: "r",
                              fingerprint: String(repeating: "\(n % 10)", count: 64), snippet: "")
        return AppliedOverride(kind: .bypass, finding: finding, reason: reason)
    }

    func write(_ count: Int) throws {
        for n in 1...count {
            try ledger.append([LedgerTests.override(n)], commit: String(repeating: "c", count: 40), user: "Dev", email: "dev@example.org")
        }
    }

    func rewrite(_ transform: ([String]) -> [String]) throws {
        let text = try String(contentsOfFile: ledger.path, encoding: .utf8)
        var lines = text.split(separator: "\n").map(String.init)
        lines = transform(lines)
        try (lines.joined(separator: "\n") + "\n").write(toFile: ledger.path, atomically: true, encoding: .utf8)
    }

    @Test func intactLogVerifiesAndReadsBack() throws {
        try write(3)
        #expect(try ledger.verify() == .intact(entries: 3))
        let entries = try ledger.entries()
        #expect(entries.map(\.line) == [1, 2, 3])
        #expect(entries[1].prev == entries[0].hash)
        #expect(entries[0].prev == LedgerEntry.genesis)
        #expect(entries[0].email == "dev@example.org" && entries[0].kind == .bypass)
        #expect(entries[0].time.hasSuffix("Z"))
    }

    @Test func editedEntryIsNamed() throws {
        try write(3)
        try rewrite { lines in lines.enumerated().map { $0.offset == 1 ? $0.element.replacing("reviewed", with: "REVIEWED") : $0.element } }
        guard case let .broken(line, reason) = try ledger.verify() else { Issue.record("not detected"); return }
        #expect(line == 2)
        #expect(reason.contains("edited"))
    }

    @Test func deletedEntryIsNamed() throws {
        try write(3)
        try rewrite { lines in [lines[0], lines[2]] }
        guard case let .broken(line, _) = try ledger.verify() else { Issue.record("not detected"); return }
        #expect(line == 2)
    }

    @Test func reorderedEntriesAreDetected() throws {
        try write(3)
        try rewrite { lines in [lines[1], lines[0], lines[2]] }
        guard case let .broken(line, _) = try ledger.verify() else { Issue.record("not detected"); return }
        #expect(line == 1)
    }

    @Test func truncatedTailIsDetected() throws {
        try write(3)
        try rewrite { lines in Array(lines.prefix(2)) }
        guard case let .broken(_, reason) = try ledger.verify() else { Issue.record("not detected"); return }
        #expect(reason.contains("removed from the end"))
    }

    @Test func tornLastLineIsReportedAndBlocksAppends() throws {
        try write(2)
        let handle = try #require(FileHandle(forWritingAtPath: ledger.path))
        handle.seekToEndOfFile()
        handle.write(Data("{\"time\":\"2026".utf8))
        try handle.close()
        guard case let .broken(line, reason) = try ledger.verify() else { Issue.record("not detected"); return }
        #expect(line == 3)
        #expect(reason.contains("incomplete"))
        #expect(throws: PhiguardError.self) { try write(1) }
    }

    @Test func concurrentAppendersLoseNothing() throws {
        let writers = 20
        DispatchQueue.concurrentPerform(iterations: writers) { n in
            try? Ledger(directory: directory).append([LedgerTests.override(n + 1)], commit: nil, user: "u", email: "e@example.org")
        }
        #expect(try ledger.verify() == .intact(entries: writers))
        #expect(Set(try ledger.entries().map(\.line)) == Set(1...writers))
    }
}
