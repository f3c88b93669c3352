import Foundation
import _PhiguardTestSupport
@testable import PhiguardCore
import Testing

/// Every way past a finding, on real repositories: each needs a reason and is bound to
/// exactly what it names.
@Suite struct OverridePipelineTests {
    func scan(_ fixture: TemporaryRepository, _ source: ScanRequest.Source = .staged, env: String? = nil,
              failOnUnused: Bool = false) throws -> ScanReport {
        try TestEnvironment.withLock {
            try Scan.run(ScanRequest(source: source, repositoryPath: fixture.root, rulesDirectory: Fixtures.rulesDirectory,
                                     environmentOverride: env, failOnUnusedOverrides: failOnUnused))
        }
    }

    func rules(_ report: ScanReport) -> [String] { report.findings.map { "\($0.ruleID)@\($0.line)\($0.overridden ? "+" : "")" } }

    @Test func inlineAllowWithReasonOnTheLineOrAbove() throws {
        let fixture = try TemporaryRepository()
        try fixture.write("a.txt", """
            ssn 524-71-3302  # phiguard:allow phi-literal.fixture-ssn -- synthetic SSN for the parser tests
            # phiguard:allow phi-literal -- synthetic SSN for the parser tests
            ssn 524-71-3303
            ssn 524-71-3304
            """)
        try fixture.git(["add", "."])
        let report = try scan(fixture)
        #expect(rules(report) == ["phi-literal.fixture-ssn@1+", "phi-literal.fixture-ssn@3+", "phi-literal.fixture-ssn@4"])
        #expect(report.findings[0].overrideKind == .inline)
        #expect(report.applied.count == 2)
    }

    @Test func inlineAllowWithoutReasonBlocksAndNamesIt() throws {
        let fixture = try TemporaryRepository()
        try fixture.write("a.txt", "ssn 524-71-3302  # phiguard:allow phi-literal.fixture-ssn\nx = 1 # phiguard:allow secret -- ok\n")
        try fixture.git(["add", "."])
        let report = try scan(fixture)
        #expect(rules(report) == ["meta.unjustified-allow@1", "phi-literal.fixture-ssn@1", "meta.unjustified-allow@2"])
        #expect(report.findings[0].message.contains("reason is required"))
        #expect(report.findings[2].message.contains("placeholder"))
        #expect(report.blocks)
    }

    @Test func unusedAllowWarnsAndForeignMarkersAreVisible() throws {
        let fixture = try TemporaryRepository()
        try fixture.write("a.py", "x = 1  # phiguard:allow secret -- nothing secret here at all\ny = 2  # nosec\n")
        try fixture.git(["add", "."])
        let report = try scan(fixture)
        #expect(rules(report) == ["meta.unused-allow@1", "meta.foreign-suppression@2"])
        #expect(!report.blocks)
        #expect(report.findings.allSatisfy { $0.severity == .warn })
    }

    @Test func nonOverridableRuleRefusesInlineAllowAndSaysWhy() throws {
        let fixture = try TemporaryRepository()
        try fixture.write("k.txt", "# phiguard:allow secret.fixture-private-key -- it is only a test key really\n-----BEGIN RSA PRIVATE KEY-----MIIEpAIBAAKCAQEA\n")
        try fixture.git(["add", "."])
        let report = try scan(fixture)
        #expect(report.findings.first { $0.ruleID == "secret.fixture-private-key" }?.overridden == false)
        #expect(report.notes.contains { $0.contains("cannot be overridden") })
        #expect(report.blocks)
    }

    @Test func environmentOverrideNeedsAReasonAndAppliesToItsRule() throws {
        let fixture = try TemporaryRepository()
        try fixture.write("a.txt", "ssn 524-71-3302\n")
        try fixture.write("b.py", "print(record)\n")
        try fixture.git(["add", "."])
        let report = try scan(fixture, env: "phi-literal.fixture-ssn: synthetic SSN from the advertising range")
        #expect(report.findings.filter(\.overridden).map(\.ruleID) == ["phi-literal.fixture-ssn"])
        #expect(report.findings.first { $0.overridden }?.overrideKind == .env)
        #expect(throws: PhiguardError.self) { try scan(fixture, env: "phi-literal.fixture-ssn: ok") }
    }

    @Test func bypassIsBoundToFingerprints() throws {
        let fixture = try TemporaryRepository()
        try fixture.write("a.txt", "ssn 524-71-3302\n")
        try fixture.git(["add", "."])
        _ = try scan(fixture)
        let granted = try TestEnvironment.withLock {
            try CommitBypass.grant(.rule("phi-literal.fixture-ssn"), reason: "synthetic SSN, reviewed by compliance",
                                   repositoryPath: fixture.root, rulesDirectory: Fixtures.rulesDirectory)
        }
        #expect(granted.count == 1)
        // A second, new finding of the same rule is still blocked.
        try fixture.write("a.txt", "ssn 524-71-3302\nssn 524-71-9999\n")
        try fixture.git(["add", "."])
        let report = try scan(fixture)
        #expect(rules(report) == ["phi-literal.fixture-ssn@1+", "phi-literal.fixture-ssn@2"])
        #expect(report.applied.map(\.kind) == [.bypass])
    }

    @Test func bypassRefusesWeakReasonsUnknownRulesAndNonOverridable() throws {
        let fixture = try TemporaryRepository()
        try fixture.write("k.txt", "-----BEGIN RSA PRIVATE KEY-----MIIEpAIBAAKCAQEA\n")
        try fixture.git(["add", "."])
        func grant(_ selection: CommitBypass.Selection, _ reason: String) throws {
            _ = try TestEnvironment.withLock {
                try CommitBypass.grant(selection, reason: reason, repositoryPath: fixture.root, rulesDirectory: Fixtures.rulesDirectory)
            }
        }
        #expect(throws: PhiguardError.self) { try grant(.all, "a good long reason here") }  // no scan yet
        _ = try scan(fixture)
        #expect(throws: PhiguardError.self) { try grant(.all, "ok") }
        #expect(throws: PhiguardError.self) { try grant(.rule("phi-literal.fixture-ssn"), "a good long reason here") }
        do {
            try grant(.all, "a good long reason here")
            Issue.record("non-overridable rule was bypassed")
        } catch {
            #expect("\(error)".contains("cannot be overridden"))
        }
    }

    @Test func rangeScanHonoursTrailersAndCatchesNoVerifyCommits() throws {
        let fixture = try TemporaryRepository()
        try fixture.write("base.txt", "x\n")
        let base = try fixture.commitAll("base")
        try fixture.write("a.txt", "ssn 524-71-3302\n")
        try fixture.git(["add", "."])
        let staged = try scan(fixture).findings[0]
        let trailer = OverrideTrailer(rule: staged.ruleID, fingerprint: staged.fingerprint, reason: "synthetic SSN, reviewed")
        try fixture.git(["commit", "-q", "-m", "with override\n\n\(trailer.line)"])
        try fixture.write("b.txt", "ssn 524-71-4444\n")
        try fixture.commitAll("sneaked in with --no-verify")
        let report = try scan(fixture, .revisions("\(base)..HEAD"))
        #expect(rules(report) == ["phi-literal.fixture-ssn@1+", "phi-literal.fixture-ssn@1"])
        #expect(report.findings[0].overrideKind == .trailer)
        #expect(report.blocks)
    }

    @Test func unusedTrailerWarnsOrFails() throws {
        let fixture = try TemporaryRepository()
        try fixture.write("base.txt", "x\n")
        let base = try fixture.commitAll("base")
        try fixture.write("a.txt", "clean\n")
        try fixture.git(["add", "."])
        try fixture.git(["commit", "-q", "-m", "stale\n\nPhiguard-Override: phi-literal.fixture-ssn 0123456789abcdef synthetic data"])
        let lenient = try scan(fixture, .revisions("\(base)..HEAD"))
        #expect(rules(lenient) == ["meta.unused-override@1"])
        #expect(!lenient.blocks)
        #expect(try scan(fixture, .revisions("\(base)..HEAD"), failOnUnused: true).blocks)
    }

    @Test func commitMessagesAreScannedForSecretsAndPHI() throws {
        let fixture = try TemporaryRepository()
        try fixture.write("a.txt", "x\n")
        let base = try fixture.commitAll("base")
        try fixture.write("a.txt", "y\n")
        try fixture.commitAll("Fix lookup for patient 524-71-3302")
        let report = try scan(fixture, .revisions("\(base)..HEAD"))
        #expect(report.findings.map(\.file) == ["(commit message)"])
        #expect(!report.findings[0].snippet.contains("3302"))
    }
}

@Suite struct BypassExpiryTests {
    @Test func bypassesExpireAfterAnHour() throws {
        let directory = NSTemporaryDirectory() + "state-\(UUID().uuidString)"
        let state = OverrideState(gitDirectory: directory)
        let now: Int64 = 1_800_000_000
        try state.addBypasses([
            .init(rule: "phi-literal.ssn", fingerprint: "aa", reason: "synthetic SSN, reviewed", kind: .bypass, created: now - 3599),
            .init(rule: "phi-literal.ssn", fingerprint: "bb", reason: "synthetic SSN, reviewed", kind: .bypass, created: now - 3601),
        ])
        #expect(try state.bypasses(now: now).map(\.fingerprint) == ["aa"])
    }
}
