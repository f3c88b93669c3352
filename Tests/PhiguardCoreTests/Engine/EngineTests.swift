@testable import PhiguardCore
import Testing

@Suite struct EngineTests {
    static let pack: RulePack = try! RulePack.load(directory: Fixtures.rulesDirectory, compilePatterns: true)

    func scan(_ text: String, path: String = "app.py", added: [Int]? = nil, context: Int = 3) throws -> [Finding] {
        let lines = text.utf8.split(separator: 10, omittingEmptySubsequences: false).count
        let engine = Engine(pack: EngineTests.pack, fingerprintKey: "test", contextLines: context)
        return try engine.scan(ScanInput(path: path, content: Array(text.utf8), addedLines: added ?? Array(1...lines)))
    }

    @Test func reportsOnlyMatchesTouchingAddedLines() throws {
        let text = "print(patient_record)\nx = 1\nprint(record)\n"
        let findings = try scan(text, added: [3])
        #expect(findings.map(\.line) == [3])
    }

    @Test func multiLineStatementSeenThroughContextLines() throws {
        let text = "res.cookie('sid', token, {\n  secure: true,\n  sameSite: 'strict',\n});\n"
        #expect(try scan(text, path: "app.js", added: [2]).map(\.ruleID) == ["session-security.fixture-cookie-httponly"])
        let safe = "res.cookie('sid', token, {\n  secure: true,\n  httpOnly: true,\n});\n"
        #expect(try scan(safe, path: "app.js", added: [2]).isEmpty)
    }

    @Test func columnsCountCharactersNotBytes() throws {
        let findings = try scan("ünï = 1; print(record)\n")
        #expect(findings.first?.column == 10)
    }

    @Test func crlfLinesKeepTheirNumbersAndTheSnippetHasNoCarriageReturn() throws {
        let findings = try scan("a = 1\r\nprint(patient)\r\n")
        #expect(findings.map(\.line) == [2])
        #expect(findings.first?.snippet == "print(<redacted>)")
    }

    @Test func invalidUTF8DoesNotStopTheScan() throws {
        var bytes: [UInt8] = [0xFF, 0xFE, 0x41, 0x0A]
        bytes += Array("print(record)\n".utf8)
        let engine = Engine(pack: EngineTests.pack, fingerprintKey: "test")
        let findings = try engine.scan(ScanInput(path: "x.py", content: bytes, addedLines: [1, 2]))
        #expect(findings.map(\.line) == [2])
    }

    @Test func languageFilterApplies() throws {
        #expect(try scan("print(record)\n", path: "notes.md").isEmpty)
    }

    @Test func validatorsRejectLookAlikes() throws {
        #expect(try scan("a = '524-71-3302'\n", path: "t.txt").map(\.ruleID) == ["phi-literal.fixture-ssn"])
        #expect(try scan("a = '000-71-3302'\n", path: "t.txt").isEmpty)
    }

    @Test func fingerprintIsStableAcrossLineMovesAndKeyed() throws {
        let a = try scan("print(record)\n")
        let b = try scan("\n\n    print(record)\n")
        #expect(a.first?.fingerprint == b.first?.fingerprint)
        let otherKey = Engine(pack: EngineTests.pack, fingerprintKey: "another repository")
        let c = try otherKey.scan(ScanInput(path: "app.py", content: Array("print(record)\n".utf8), addedLines: [1]))
        #expect(c.first?.fingerprint != a.first?.fingerprint)
        #expect(a.first?.fingerprint.count == 64)
    }

    @Test func windowsMergeOverlappingContext() {
        let engine = Engine(pack: EngineTests.pack, fingerprintKey: "k", contextLines: 2)
        #expect(engine.windows(addedLines: [1, 3, 10], lineCount: 20) == [1...5, 8...12])
        #expect(engine.windows(addedLines: [19], lineCount: 20) == [17...20])
    }

    @Test func catastrophicPatternIsReportedNotHung() throws {
        let rule = Rule(id: "secret.catastrophic", category: .secret, severity: .block, message: "m", hipaa: "h",
                        remediation: "r", languages: [], keywords: [], pattern: "(a+)+$", triggers: [], nearMisses: [])
        let engine = Engine(pack: try RulePack(rules: [rule]), fingerprintKey: "k")
        let text = String(repeating: "a", count: 5000) + "!\n"
        let findings = try engine.scan(ScanInput(path: "x.txt", content: Array(text.utf8), addedLines: [1]))
        #expect(findings.map(\.ruleID) == ["meta.scan-limit"])
        #expect(findings.first?.severity == .block)
    }

    @Test func prefilterIsCaseInsensitiveAndFindsOverlappingKeywords() {
        let prefilter = Prefilter(keywordsByRule: [["print"], ["rint"], ["cookie"], []])
        var hits = [Bool](repeating: false, count: 4)
        Array("PRINT(x)".utf8).withUnsafeBufferPointer { prefilter.mark($0, into: &hits) }
        #expect(hits == [true, true, false, true])
    }

    @Test func prefilterReportsWhereEachKeywordEnds() {
        let prefilter = Prefilter(keywordsByRule: [["print"], ["rint"], ["cookie"], []])
        var found: [[Int]] = []
        Array("a PRINT cookie".utf8).withUnsafeBufferPointer { bytes in
            prefilter.forEachOccurrence(in: bytes) { end, rules in found.append([end] + rules.map { Int($0) }) }
        }
        #expect(found == [[7, 0, 1], [14, 2]], "rules without keywords are not occurrences")
    }
}
