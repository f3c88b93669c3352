import Foundation
@testable import PhiguardCore
import Testing

/// Reporters against checked-in expected output (gitleaks' golden files): any change to
/// what users and CI parse shows up as a diff in review.
@Suite struct ReporterTests {
    static let report: ScanReport = {
        var allowed = Finding(
            ruleID: "phi-literal.fixture-ssn", category: .phiLiteral, severity: .block, file: "fixtures/p.txt", line: 3,
            column: 5, commit: nil, message: "Social Security number in the change", hipaa: "45 CFR 164.514(b)(2)(i)(G)",
            remediation: "Use a synthetic SSN.", fingerprint: String(repeating: "ab", count: 32), snippet: "<redacted line>")
        allowed.overridden = true
        allowed.overrideReason = "synthetic fixtures \"quoted\""
        let blocking = Finding(
            ruleID: "phi-logging.fixture-print-record", category: .phiLogging, severity: .block, file: "src/records.py",
            line: 12, column: 5, commit: nil, message: "patient record printed to stdout", hipaa: "45 CFR 164.312(b)",
            remediation: "Log the record's id.", fingerprint: String(repeating: "0f", count: 32), snippet: "print(<redacted>)")
        var summary = ScanSummary()
        summary.files = 2; summary.hunks = 2; summary.lines = 15; summary.bytes = 321
        summary.binaryFiles = ["logo.png"]
        let findings = [blocking, allowed]
        summary.count(findings)
        let rules = try! RulePack.load(directory: Fixtures.rulesDirectory, compilePatterns: true).rules
        return ScanReport(findings: findings, summary: summary, rules: rules)
    }()

    /// Compares with the golden file; `PHIGUARD_RECORD_GOLDEN=1 swift test` rewrites it
    /// (and still fails, so a recording run is never mistaken for a pass).
    func assertGolden(_ actual: String, _ name: String) throws {
        let path = Fixtures.expectedDirectory + "/" + name
        if ProcessInfo.processInfo.environment["PHIGUARD_RECORD_GOLDEN"] != nil {
            try actual.write(toFile: path, atomically: true, encoding: .utf8)
            Issue.record("recorded \(name); review the diff and run again")
            return
        }
        #expect(actual == (try String(contentsOfFile: path, encoding: .utf8)))
    }

    @Test func json() throws { try assertGolden(JSONReporter().render(ReporterTests.report), "scan.json") }

    @Test func text() throws { try assertGolden(TextReporter(color: false).render(ReporterTests.report), "scan.txt") }

    @Test func sarif() throws { try assertGolden(SARIFReporter().render(ReporterTests.report), "scan.sarif") }

    @Test func jsonParsesAndHasTheContractShape() throws {
        let data = Data(JSONReporter().render(ReporterTests.report).utf8)
        let object = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
        #expect(object["tool"] as? String == "phiguard")
        let findings = try #require(object["findings"] as? [[String: Any]])
        let keys = ["rule", "category", "severity", "file", "line", "column", "commit", "message", "hipaa", "fingerprint",
                    "snippet", "overridden"]
        for finding in findings { for key in keys { #expect(finding[key] != nil, "missing \(key)") } }
        let summary = try #require(object["summary"] as? [String: Any])
        for key in ["files", "hunks", "lines", "blocking", "warnings", "overridden"] { #expect(summary[key] is Int) }
        #expect(summary["blocking"] as? Int == 1 && summary["overridden"] as? Int == 1)
    }

    @Test func colourOnlyWhenAsked() {
        #expect(!TextReporter(color: false).render(ReporterTests.report).contains("\u{1B}["))
        #expect(TextReporter(color: true).render(ReporterTests.report).contains("\u{1B}[31m"))
    }
}
