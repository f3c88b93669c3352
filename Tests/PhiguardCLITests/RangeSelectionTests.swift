import _PhiguardTestSupport
import Foundation
import Testing

/// Which commits a range scan covers, on histories with branches, merges, tags,
/// cherry-picks and reverts; and that the order is deterministic at any parallelism.
@Suite struct RangeSelectionTests {
    func findings(_ result: PhiguardProcess.Result) throws -> [[String: Any]] {
        let object = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        return object["findings"] as? [[String: Any]] ?? []
    }

    func summary(_ result: PhiguardProcess.Result) throws -> [String: Any] {
        let object = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        return object["summary"] as? [String: Any] ?? [:]
    }

    @Test func branchesMergesTagsCherryPicksAndReverts() throws {
        let fixture = try CLIFixture()
        let repo = fixture.repository
        try fixture.write("a.txt", "base\n")
        try repo.commitAll("root")
        try repo.git(["tag", "v1"])
        try repo.git(["checkout", "-q", "-b", "feature"])
        try fixture.write("leak.py", "print(patient)\n")
        try repo.commitAll("leak on feature")
        try repo.git(["checkout", "-q", "main"])
        try fixture.write("b.txt", "main work\n")
        try repo.commitAll("main work")
        try repo.git(["merge", "-q", "--no-ff", "-m", "merge feature", "feature"])
        try fixture.write("c.py", "print(record)\n")
        let second = try repo.commitAll("second leak")
        try repo.git(["revert", "--no-edit", second])

        // v1..main: the feature commit (via the merge), main work, the second leak and its revert.
        let range = try fixture.phiguard(["scan", "v1..main", "--format", "json"])
        #expect(range.status == 1)
        let files = try findings(range).compactMap { $0["file"] as? String }
        #expect(Set(files) == ["leak.py", "c.py"])
        let noMerges = try summary(range)["commits"] as? Int
        let withMerges = try summary(try fixture.phiguard(["scan", "v1..main", "--merges", "--format", "json"]))["commits"] as? Int
        #expect((withMerges ?? 0) == (noMerges ?? 0) + 1, "--merges adds the merge commit")

        // Deterministic order, whatever the parallelism: oldest commit first.
        let serial = try fixture.phiguard(["scan", "v1..main", "--format", "json", "--jobs", "1"])
        let parallel = try fixture.phiguard(["scan", "v1..main", "--format", "json", "--jobs", "4"])
        #expect(try findings(serial).map { $0["fingerprint"] as! String } == findings(parallel).map { $0["fingerprint"] as! String })
        #expect(try findings(serial).first?["file"] as? String == "leak.py")

        // --all and --branches see the same leaks; a single revision sees one commit.
        #expect(try fixture.phiguard(["scan", "--all", "--format", "json"]).status == 1)
        #expect(try fixture.phiguard(["scan", "--branches", "--format", "json"]).status == 1)
        #expect(try summary(try fixture.phiguard(["scan", "v1", "--format", "json"]))["commits"] as? Int == 1)
        // The fixture clock dates every commit 2024-01-02: --since after that selects nothing.
        let quiet = try fixture.phiguard(["scan", "--all", "--since", "2025-01-01", "--format", "json"])
        #expect(quiet.status == 0)
        #expect(try summary(quiet)["commits"] as? Int == 0)
        #expect(try fixture.phiguard(["scan", "--all", "--since", "2023-12-31", "--format", "json"]).status == 1)
        #expect(try fixture.phiguard(["scan", "--since", "yesterday"]).status == 2)
        #expect(try fixture.phiguard(["scan", "main...feature"]).status == 2)
    }

    @Test func cherryPickedContentIsReportedForEachCommitThatAddsIt() throws {
        let fixture = try CLIFixture()
        let repo = fixture.repository
        try fixture.write("a.txt", "base\n")
        try repo.commitAll("root")
        try repo.git(["checkout", "-q", "-b", "topic"])
        try fixture.write("x.py", "print(patient)\n")
        let original = try repo.commitAll("leak")
        try repo.git(["checkout", "-q", "main"])
        try fixture.write("other.txt", "main moved on\n")
        try repo.commitAll("main moves on")
        try repo.git(["cherry-pick", original])
        let result = try fixture.phiguard(["scan", "--branches", "--format", "json"])
        let commits = Set(try findings(result).compactMap { $0["commit"] as? String })
        #expect(commits.count == 2, "both the original and the cherry-pick carry the finding")
    }
}
