import Foundation
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

/// RULES.md is generated from the pack; a stale copy fails here.
/// `PHIGUARD_RECORD_GOLDEN=1 swift test --filter RulesDocumentationTests` rewrites it.
@Suite struct RulesDocumentationTests {
    @Test func rulesMarkdownIsCurrent() throws {
        let file = "\(#filePath)"
        let root = String(file[..<file.range(of: "/Tests/PhiguardCoreTests/")!.lowerBound])
        let expected = RuleDocumentation.markdown(try RulePack.builtIn().rules)
        if ProcessInfo.processInfo.environment["PHIGUARD_RECORD_GOLDEN"] != nil {
            try expected.write(toFile: root + "/RULES.md", atomically: true, encoding: .utf8)
            Issue.record("recorded RULES.md; review it and run again")
            return
        }
        let current = try String(contentsOfFile: root + "/RULES.md", encoding: .utf8)
        #expect(current == expected, "RULES.md is stale: run PHIGUARD_RECORD_GOLDEN=1 swift test --filter RulesDocumentationTests")
    }
}
