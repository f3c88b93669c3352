import Foundation
@testable import PhiguardCore
import Testing

/// The context gate skips a rule's pattern where none of its context words is near the
/// window. It may change how much work a scan does, never what it reports.
@Suite struct ContextGateTests {
    static func rule(pattern: String, context: [String], lines: Int) -> Rule {
        Rule(id: "phi-literal.gated", category: .phiLiteral, severity: .block, message: "m", hipaa: "h",
             remediation: "r", languages: [], keywords: ["addr"], pattern: pattern, contextWords: context,
             contextLines: lines, triggers: [], nearMisses: [])
    }

    static func scan(_ rule: Rule, _ lines: [String], added: [Int], gate: Bool = true) throws -> [Finding] {
        let engine = Engine(pack: try RulePack(rules: [rule]), fingerprintKey: "k", contextLines: 3)
        engine.usesContextGate = gate
        let text = lines.joined(separator: "\n") + "\n"
        return try engine.scan(ScanInput(path: "x.py", content: Array(text.utf8), addedLines: added))
    }

    /// The window is the added line 12 and 3 lines either side (9–15); the rule looks
    /// for its context word 8 lines around the match, so the word on line 4 is outside
    /// the window and still counts, and one on line 3 does not.
    @Test func aContextWordBeyondTheWindowButWithinReachStillCounts() throws {
        let rule = Self.rule(pattern: #"addr = (?<value>\d+)"#, context: ["Patient"], lines: 8)
        var lines = Array(repeating: "x = 0", count: 20)
        lines[11] = "addr = 4417"
        lines[3] = "# PATIENT intake"
        #expect(try Self.scan(rule, lines, added: [12]).map(\.line) == [12])
        lines[3] = "x = 0"
        lines[2] = "# patient intake"
        #expect(try Self.scan(rule, lines, added: [12]).isEmpty)
        lines[2] = "x = 0"
        lines[19] = "patient = None"
        #expect(try Self.scan(rule, lines, added: [12]).map(\.line) == [12])
    }

    /// A pattern that exhausts PCRE2's match limit shows whether it ran: with no context
    /// word in reach it is not even compiled, so there is nothing left unscanned to report.
    @Test func aRuleWithNoContextWordInReachIsNotRun() throws {
        let rule = Self.rule(pattern: "addr(a+)+$", context: ["patient"], lines: 2)
        var lines = Array(repeating: "x = 0", count: 12)
        lines[5] = "addr" + String(repeating: "a", count: 5000) + "!"
        #expect(try Self.scan(rule, lines, added: [6]).isEmpty)
        #expect(try Self.scan(rule, lines, added: [6], gate: false).map(\.ruleID) == ["meta.scan-limit"])
        lines[9] = "patient = None"
        #expect(try Self.scan(rule, lines, added: [6]).map(\.ruleID) == ["meta.scan-limit"])
    }

    /// Every corpus file, as it is and with its lines spread apart by blank ones (so
    /// context words lie several lines from matches), with scattered lines taken as added
    /// (so windows end mid-file and context words fall on both sides of their edges), and
    /// windows of 3, 1 and 0 context lines: the built-in pack reports the same findings
    /// with the gate and without it.
    @Test func theBuiltInPackReportsTheSameWithAndWithoutTheGate() throws {
        let pack = try RulePack.builtIn(examples: false)
        let passes = [(context: 3, oneIn: UInt64(4)), (context: 1, oneIn: 10), (context: 0, oneIn: 25)].map { pass in
            let gated = Engine(pack: pack, fingerprintKey: "k", contextLines: pass.context)
            let ungated = Engine(pack: pack, fingerprintKey: "k", contextLines: pass.context)
            ungated.usesContextGate = false
            return (gated: gated, ungated: ungated, oneIn: pass.oneIn)
        }
        let corpus = String("\(#filePath)".prefix(upTo: "\(#filePath)".range(of: "/Tests/")!.upperBound)) + "Corpus/files"
        let files = try #require(FileManager.default.enumerator(atPath: corpus)?.allObjects as? [String])
            .filter { !$0.hasPrefix(".") }.sorted()
        var generator = SplitMix(seed: 29)
        var compared = 0, reported = 0
        for file in files {
            guard let data = FileManager.default.contents(atPath: corpus + "/" + file), !data.isEmpty else { continue }
            let spread = Array(data).flatMap { $0 == 10 ? [10, 10, 10] : [$0] }
            for content in [Array(data), spread] {
                let lineCount = content.split(separator: 10, omittingEmptySubsequences: false).count
                for pass in passes {
                    let added = (1...lineCount).filter { _ in generator.next() % pass.oneIn == 0 }
                    let input = ScanInput(path: file, content: content, addedLines: added)
                    let expected = try pass.ungated.scan(input)
                    #expect(try pass.gated.scan(input) == expected, "\(file), added lines \(added)")
                    compared += 1
                    reported += expected.count
                }
            }
        }
        #expect(compared > 1800 && reported > 200, "the corpus was not read: \(compared) scans, \(reported) findings")
    }
}
