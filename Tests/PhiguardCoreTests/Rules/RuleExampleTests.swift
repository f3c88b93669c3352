import PhiguardCore
import Testing

/// Every built-in rule proves itself with its own examples (see `RuleVerifier`): one
/// parameterised test, so a new rule costs nothing beyond its examples.
@Suite struct RuleExampleTests {
    static let builtIn: [Rule] = (try? RulePack.builtIn().rules) ?? []

    @Test func builtInPackLoads() throws {
        let pack = try RulePack.builtIn()
        #expect(!pack.rules.isEmpty)
    }

    @Test(arguments: builtIn.map(\.id))
    func ruleExamplesBehave(_ id: String) throws {
        let rule = try #require(RuleExampleTests.builtIn.first { $0.id == id })
        let problems = RuleVerifier.problems(with: rule)
        #expect(problems.isEmpty, "\(id):\n\(problems.joined(separator: "\n"))")
    }

    @Test func everyBuiltInRuleIsDocumented() throws {
        for rule in try RulePack.builtIn().rules {
            #expect(rule.hipaa.contains("164."), "\(rule.id) cites no HIPAA section")
            #expect(rule.remediation.count >= 20, "\(rule.id) remediation is too thin")
            #expect(rule.triggers.count >= 2 && rule.nearMisses.count >= 2, "\(rule.id) needs 2 triggers and 2 near-misses")
            #expect(!rule.keywords.isEmpty, "\(rule.id) has no prefilter keywords")
        }
    }
}
