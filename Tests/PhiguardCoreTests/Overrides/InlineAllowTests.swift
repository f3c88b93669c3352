@testable import PhiguardCore
import Testing

@Suite struct InlineAllowTests {
    func parse(_ line: String) -> InlineAllow? { InlineAllow.parse(Array(line.utf8)[...], line: 7) }

    @Test(arguments: [
        ("x = 1  # phiguard:allow phi-literal.ssn -- synthetic SSN from phiguard synth", "phi-literal.ssn", "synthetic SSN from phiguard synth"),
        ("// phiguard:allow secret -- public test key from the vendor docs", "secret", "public test key from the vendor docs"),
        ("/* phiguard:allow weak-crypto.md5 -- etag only, not security */", "weak-crypto.md5", "etag only, not security"),
        ("<!-- phiguard:allow phi-literal -- synthetic CDA sample for parser tests -->", "phi-literal", "synthetic CDA sample for parser tests"),
        ("-- phiguard:allow unencrypted-storage -- SQL fixture with fake rows", "unencrypted-storage", "SQL fixture with fake rows"),
    ])
    func parsesEveryCommentSyntax(_ line: String, _ target: String, _ reason: String) throws {
        let allow = try #require(parse(line))
        #expect(allow.target == target)
        #expect(allow.reason == reason)
        #expect(allow.line == 7)
    }

    @Test func missingReasonIsNil() {
        #expect(parse("# phiguard:allow secret")?.reason == nil)
        #expect(parse("# phiguard:allow secret --  ")?.reason == "")
        #expect(parse("# phiguard:allowed") == nil)
        #expect(parse("nothing here") == nil)
    }

    @Test func coversSameLineAndTheNext() throws {
        let allow = InlineAllow(line: 4, target: "phi-literal", reason: "synthetic data for tests")
        func finding(_ line: Int, _ rule: String = "phi-literal.ssn", _ category: Category = .phiLiteral) -> Finding {
            Finding(ruleID: rule, category: category, severity: .block, file: "f", line: line, column: 1, commit: nil,
                    message: "", hipaa: "", remediation: "", fingerprint: "", snippet: "")
        }
        #expect(allow.covers(finding(4)) && allow.covers(finding(5)))
        #expect(!allow.covers(finding(6)) && !allow.covers(finding(3)))
        #expect(!allow.covers(finding(5, "secret.aws", .secret)))
    }

    /// The last two are long enough but only values once sanitized (found by the
    /// configuration fuzz target for [[allow]]; `override --reason` and PHIGUARD_OVERRIDE
    /// had the same gap): the stored reason would be "<redacted>".
    @Test(arguments: ["ok", "fp", "todo", "", "  ", "too short", " synt55555555555555555555555555555555550th",
                      "ssn 524-71-3302 ok"])
    func weakReasonsAreRejected(_ reason: String) { #expect(Justification.problem(with: reason) != nil) }

    @Test func realReasonIsAccepted() { #expect(Justification.problem(with: "synthetic SSN from phiguard synth") == nil) }
}
