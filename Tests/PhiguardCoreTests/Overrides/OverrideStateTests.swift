import Foundation
@testable import PhiguardCore
import Testing

/// The hand-off files between `scan`, `override` and the commit hooks.
@Suite struct OverrideStateTests {
    let directory = NSTemporaryDirectory() + "override-state-\(UUID().uuidString)"

    /// An empty scan is written without the JSON encoder (see `recordScan`); it must read
    /// back exactly as an encoded one does, and be the bytes the encoder would write.
    @Test func emptyScanAndAppliedListReadBackLikeEncodedOnes() throws {
        let state = OverrideState(gitDirectory: directory)
        try state.recordScan([])
        let scan = try #require(try state.lastScan())
        #expect(scan.findings.isEmpty)
        #expect(abs(scan.time - Int64(Date().timeIntervalSince1970)) < 60)
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        let written = try Data(contentsOf: URL(fileURLWithPath: state.lastScanPath))
        #expect(written == (try encoder.encode(OverrideState.LastScan(time: scan.time, findings: []))))

        for confirmed in [false, true] {
            try state.recordApplied(.init(confirmed: confirmed, overrides: []))
            let applied = try #require(try state.applied())
            #expect(applied.confirmed == confirmed && applied.overrides.isEmpty)
            #expect(try Data(contentsOf: URL(fileURLWithPath: state.appliedPath)) == (try encoder.encode(applied)))
        }
    }

    /// What most hook runs record (nothing found, nothing applied) is not rewritten when the
    /// files already say so; a change of content is always written.
    @Test func unchangedEmptyStateIsNotRewritten() throws {
        let state = OverrideState(gitDirectory: directory)
        func inode(_ path: String) -> UInt64? {
            var info = stat()
            return stat(path, &info) == 0 ? UInt64(info.st_ino) : nil
        }
        try state.recordScan([])
        try state.recordApplied(.init(confirmed: false, overrides: []))
        let scanFile = try #require(inode(state.lastScanPath)), appliedFile = try #require(inode(state.appliedPath))
        try state.recordScan([])
        try state.recordApplied(.init(confirmed: false, overrides: []))
        #expect(inode(state.lastScanPath) == scanFile, "an empty scan over an empty one was written again")
        #expect(inode(state.appliedPath) == appliedFile)

        // confirmed changes the content: written (by rename, so a new inode).
        try state.recordApplied(.init(confirmed: true, overrides: []))
        #expect(inode(state.appliedPath) != appliedFile)
        #expect(try state.applied()?.confirmed == true)

        // A scan with findings, then an empty one: the findings must not linger.
        let finding = Finding(ruleID: "phi-literal.ssn", category: .phiLiteral, severity: .block, file: "a.py", line: 1, column: 1,
                              commit: nil, message: "m", hipaa: "h", remediation: "r", fingerprint: "f", snippet: "s")
        try state.recordScan([finding])
        #expect(try state.lastScan()?.findings.count == 1)
        try state.recordScan([])
        #expect(try state.lastScan()?.findings.isEmpty == true)
    }
}
