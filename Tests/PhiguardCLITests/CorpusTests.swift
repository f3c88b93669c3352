import _PhiguardTestSupport
import Foundation
import Testing

/// The built-in pack scored on the repository's own labeled corpus (Tests/Corpus, format
/// of CONTRACT.md), the way ../shared/eval/eval.py scores it: a change that loses recall
/// or adds false positives fails here, in CI.
@Suite struct CorpusTests {
    static let corpus: String = {
        let file = "\(#filePath)"
        return String(file[..<file.range(of: "/PhiguardCLITests/")!.lowerBound]) + "/Corpus"
    }()

    static let minimumRecall = 0.95
    static let minimumPrecision = 0.95
    static let minimumCategoryRecall = 0.90

    struct Label {
        let file: String
        let line: Int?
        let category: String?
        let expect: String
    }

    struct Found {
        let file: String
        let line: Int
        let category: String
    }

    static func labels() throws -> [Label] {
        let text = try String(contentsOfFile: corpus + "/labels.jsonl", encoding: .utf8)
        return try text.split(separator: "\n").filter { !$0.allSatisfy(\.isWhitespace) }.map { line in
            let object = try #require(try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any])
            return Label(file: object["file"] as! String, line: object["line"] as? Int,
                         category: object["category"] as? String, expect: object["expect"] as! String)
        }
    }

    @Test func builtInPackMeetsTheBarOnTheCorpus() throws {
        let labels = try CorpusTests.labels()
        #expect(labels.filter { $0.expect == "finding" }.count >= 300, "the corpus needs at least 300 positive labels")
        #expect(labels.filter { $0.expect == "none" }.count >= 300, "the corpus needs at least 300 near-miss labels")

        let fixture = try CLIFixture()
        try fixture.repository.write(".gitkeep", "")
        try fixture.repository.commitAll("base")
        try FileManager.default.copyItem(atPath: CorpusTests.corpus + "/files", toPath: fixture.root + "/corpus-files")
        // Files are scanned at the paths the labels use, relative to files/.
        for entry in try FileManager.default.contentsOfDirectory(atPath: fixture.root + "/corpus-files") {
            try FileManager.default.moveItem(atPath: fixture.root + "/corpus-files/" + entry, toPath: fixture.root + "/" + entry)
        }
        try FileManager.default.removeItem(atPath: fixture.root + "/corpus-files")
        try fixture.repository.git(["add", "-A"])
        let result = try fixture.phiguard(["scan", "--staged", "--format", "json"], fixtureRules: false)
        #expect(result.status == 0 || result.status == 1, "\(result.stderr)")
        let report = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        let found = (report["findings"] as? [[String: Any]] ?? []).map {
            Found(file: $0["file"] as! String, line: $0["line"] as! Int, category: $0["category"] as! String)
        }

        var tp: [String: Int] = [:], fn: [String: Int] = [:], fp: [String: Int] = [:]
        var misses: [String] = [], falseAlarms: [String] = []
        let cleanFiles = Set(labels.filter { $0.expect == "clean" }.map(\.file))
        for label in labels where label.expect != "clean" {
            let category = label.category!, line = label.line!
            let window = label.expect == "finding" ? 2 : 1
            let hit = found.contains { $0.file == label.file && $0.category == category && abs($0.line - line) <= window }
            if label.expect == "finding" {
                if hit { tp[category, default: 0] += 1 } else { fn[category, default: 0] += 1; misses.append("\(label.file):\(line) \(category)") }
            } else if hit {
                fp[category, default: 0] += 1
                falseAlarms.append("\(label.file):\(line) \(category)")
            }
        }
        for finding in found where cleanFiles.contains(finding.file) && finding.category != "meta" {
            fp[finding.category, default: 0] += 1
            falseAlarms.append("\(finding.file):\(finding.line) \(finding.category) (clean file)")
        }

        let categories = Set(tp.keys).union(fn.keys).union(fp.keys).sorted()
        var table = "category              tp   fn   fp  recall  precision\n"
        for category in categories {
            let t = tp[category, default: 0], n = fn[category, default: 0], p = fp[category, default: 0]
            let recall = t + n == 0 ? 1 : Double(t) / Double(t + n)
            let precision = t + p == 0 ? 1 : Double(t) / Double(t + p)
            table += category.padding(toLength: 20, withPad: " ", startingAt: 0)
                + String(format: "%5d%5d%5d%8.2f%11.2f\n", t, n, p, recall, precision)
            #expect(recall >= CorpusTests.minimumCategoryRecall,
                    "\(category) recall \(recall) below \(CorpusTests.minimumCategoryRecall)")
        }
        let t = tp.values.reduce(0, +), n = fn.values.reduce(0, +), p = fp.values.reduce(0, +)
        let recall = Double(t) / Double(max(1, t + n)), precision = Double(t) / Double(max(1, t + p))
        table += String(format: "overall: recall %.3f precision %.3f (tp %d, fn %d, fp %d)\n", recall, precision, t, n, p)
        print(table + misses.map { "MISS  \($0)\n" }.joined() + falseAlarms.map { "FALSE \($0)\n" }.joined())
        #expect(recall >= CorpusTests.minimumRecall, "overall recall \(recall)\n\(table)")
        #expect(precision >= CorpusTests.minimumPrecision, "overall precision \(precision)\n\(table)")
    }
}
