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
}
