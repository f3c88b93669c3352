@testable import PhiguardCore
import Testing

/// A rule that cannot prove itself, or that names something unknown, never loads.
@Suite struct RuleDecoderTests {
    static let valid = """
        [[rule]]
        id = "secret.demo"
        category = "secret"
        message = "demo"
        hipaa = "45 CFR 164.312(d)"
        remediation = "Read the value from the secret manager at run time."
        keywords = ["demo"]
        pattern = 'demo_(?<value>[a-z0-9]{8})'
        triggers = ['x = ↓demo_k3j4h5g6', 'y=↓demo_abcdefgh']
        near_misses = ['x = demo_', 'x = demo_short']
        """

    func configuration(_ text: String) throws -> Configuration {
        try Configuration.parse(text, path: "test.toml")
    }

    @Test func validRuleLoads() throws {
        let configuration = try configuration(RuleDecoderTests.valid)
        #expect(configuration.extraRules.map(\.id) == ["secret.demo"])
    }

    @Test(arguments: [
        ("triggers = ['x = ↓demo_k3j4h5g6', 'y=↓demo_abcdefgh']", "triggers = ['x = ↓demo_k3j4h5g6']", "'triggers'"),
        ("near_misses = ['x = demo_', 'x = demo_short']", "near_misses = ['x = demo_']", "'near_misses'"),
        ("category = \"secret\"", "category = \"secrets\"", "unknown category"),
        ("pattern = 'demo_(?<value>[a-z0-9]{8})'", "pattern = 'demo_(?<value>[a-z'", "secret.demo"),
        ("keywords = [\"demo\"]", "keywords = [\"demo\"]\npattrn = 'x'", "unknown key 'pattrn'"),
        ("triggers = ['x = ↓demo_k3j4h5g6', 'y=↓demo_abcdefgh']", "triggers = ['x = demo_k3j4h5g6', 'y=↓demo_abcdefgh']", "no ↓ marker"),
        ("id = \"secret.demo\"", "id = \"phi-literal.demo\"", "id must be"),
    ])
    func invalidRulesAreRejected(_ original: String, _ replacement: String, _ expected: String) {
        let text = RuleDecoderTests.valid.replacing(original, with: replacement)
        #expect {
            _ = try configuration(text)
        } throws: { error in
            "\(error)".contains(expected) && "\(error)".contains("test.toml")
        }
    }

    @Test func brokenPatternNamesTheRule() {
        let text = RuleDecoderTests.valid.replacing("pattern = 'demo_(?<value>[a-z0-9]{8})'", with: "pattern = '(unclosed'")
        #expect(throws: PhiguardError.self) { try configuration(text) }
        do {
            _ = try configuration(text)
        } catch {
            #expect("\(error)".contains("rule secret.demo"))
            #expect("\(error)".contains("does not compile"))
        }
    }
}
