import _PhiguardTestSupport
import Foundation
import Testing

/// Team policies that change what a failure or an old override means.
@Suite struct PolicyTests {
    @Test func failOpenLetsABrokenScanThroughAndLogsIt() throws {
        let fixture = try CLIFixture()
        try fixture.write(".phiguard.toml", "disable = [\n")
        try fixture.write("a.py", "x = 1\n")
        try fixture.repository.git(["add", "."])
        #expect(try fixture.phiguard(["scan", "--staged"]).status == 2, "fails closed by default")
        let open = try fixture.phiguard(["scan", "--staged", "--fail-open"])
        #expect(open.status == 0)
        #expect(open.stderr.contains("fail-open"))
        try fixture.repository.git(["config", "phiguard.failOpen", "true"])
        #expect(try fixture.phiguard(["scan", "--staged"], fixtureRules: false).status == 0)
        let log = try fixture.phiguard(["log", "--format", "csv"], fixtureRules: false)
        #expect(log.stdout.components(separatedBy: ",fail-open,meta.fail-open,").count == 3, "\(log.stdout)")
        #expect(try fixture.phiguard(["log", "--verify"], fixtureRules: false).status == 0)
    }

    @Test func overrideOlderThanMaxAgeIsReportedStale() throws {
        let fixture = try CLIFixture()
        let rules = fixture.repository.scratch + "/rules"
        try FileManager.default.createDirectory(atPath: rules, withIntermediateDirectories: true)
        let pack = try String(contentsOfFile: CLIFixture.rulesDirectory + "/fixture.toml", encoding: .utf8)
            .replacing("validators  = [\"ssn\"]", with: "validators  = [\"ssn\"]\nmax_age     = 30")
        try pack.write(toFile: rules + "/fixture.toml", atomically: true, encoding: .utf8)
        try fixture.write("base.txt", "x\n")
        try fixture.repository.commitAll("base")   // dated 2024 by the fixture clock
        try fixture.write("a.txt", "ssn 524-71-3302\n")
        try fixture.repository.git(["add", "."])
        let staged = try PhiguardProcess.run(["scan", "--staged", "--format", "json", "--rules-dir", rules], in: fixture.root)
        let object = try #require(try JSONSerialization.jsonObject(with: Data(staged.stdout.utf8)) as? [String: Any])
        let fingerprint = try #require(((object["findings"] as? [[String: Any]])?.first?["fingerprint"]) as? String)
        try fixture.repository.git(["commit", "-q", "-m",
                                    "old override\n\nPhiguard-Override: phi-literal.fixture-ssn \(fingerprint.prefix(16)) synthetic SSN, reviewed"])
        let range = try PhiguardProcess.run(["scan", "HEAD", "--format", "json", "--rules-dir", rules], in: fixture.root)
        #expect(range.status == 0, "\(range.output)")
        #expect(range.stdout.contains("meta.stale-override"))
        #expect(range.stdout.contains("\"overridden\": true"))
    }

    @Test func synthFixturesPassTheBuiltInPack() throws {
        let fixture = try CLIFixture()
        let csv = try fixture.phiguard(["synth", "--count", "30", "--format", "csv"], fixtureRules: false)
        let json = try fixture.phiguard(["synth", "--count", "30", "--format", "json", "--mrn-prefix", "SYN"], fixtureRules: false)
        #expect(csv.status == 0 && json.status == 0)
        try fixture.write("tests/fixtures/patients.csv", csv.stdout)
        try fixture.write("tests/fixtures/patients.json", json.stdout)
        try fixture.repository.git(["add", "."])
        let scan = try fixture.phiguard(["scan", "--staged", "--format", "json"], fixtureRules: false)
        #expect(scan.status == 0, "synthetic fixtures were flagged:\n\(scan.stdout)")
    }
}
