import Foundation
import GitKit
import _PhiguardTestSupport
import Testing

/// Commit ranges, single revisions, per-commit diffs, blobs and the root commit.
@Suite struct CommitRangeTests {
    /// root (a.txt) <- second (edits a.txt) <- third (adds b.txt), with tag `v1` on root.
    private func history() throws -> (fixture: TemporaryRepository, ids: [String]) {
        let fixture = try TemporaryRepository()
        try fixture.write("a.txt", "one\ntwo\n")
        let root = try fixture.commitAll("root commit\n\nwith a body")
        try fixture.git(["tag", "-a", "v1", "-m", "first release"])
        try fixture.write("a.txt", "one\ninserted\ntwo\n")
        let second = try fixture.commitAll("second")
        try fixture.write("b.txt", "bee\n")
        let third = try fixture.commitAll("third")
        return (fixture, [root, second, third])
    }

    @Test func rangeListsCommitsOldestFirst() throws {
        let (fixture, ids) = try history()
        let repository = try fixture.open()
        #expect(try repository.commits(inRange: "\(ids[0])..HEAD").map(\.id.hex) == [ids[1], ids[2]])
        #expect(try repository.commits(inRange: "v1..main").map(\.id.hex) == [ids[1], ids[2]])
        #expect(try repository.commits(inRange: "HEAD~1..HEAD").map(\.id.hex) == [ids[2]])
        #expect(try repository.commits(inRange: "HEAD..HEAD").isEmpty)
    }

    @Test func singleRevisionInAnyForm() throws {
        let (fixture, ids) = try history()
        let repository = try fixture.open()
        #expect(try repository.commits(inRange: "HEAD~1").map(\.id.hex) == [ids[1]])
        #expect(try repository.commits(inRange: String(ids[0].prefix(8))).map(\.id.hex) == [ids[0]])
        #expect(try repository.commit("v1").id.hex == ids[0], "an annotated tag peels to its commit")
        #expect(try repository.commit("main").id.hex == ids[2])
    }

    @Test func commitInfoCarriesMessageAuthorAndParents() throws {
        let (fixture, ids) = try history()
        let repository = try fixture.open()
        let root = try repository.commit(ids[0])
        #expect(root.parents.isEmpty)
        #expect(root.summary == "root commit")
        #expect(root.message == "root commit\n\nwith a body\n")
        #expect(root.authorName == "Test Author")
        #expect(root.authorEmail == "author@example.com")
        #expect(root.time == 1_704_164_645)
        #expect(try repository.commit(ids[1]).parents.map(\.hex) == [ids[0]])
    }

    @Test func badRevisionsThrowLibgit2sMessage() throws {
        let (fixture, _) = try history()
        let repository = try fixture.open()
        let single = try #require(throws: GitError.self) { try repository.commits(inRange: "no-such-branch") }
        #expect(single.message.contains("no-such-branch"))
        #expect(single.function == "git_revparse_single")
        let range = try #require(throws: GitError.self) { try repository.commits(inRange: "nope..HEAD") }
        #expect(range.message.contains("nope"))
        let symmetric = try #require(throws: GitError.self) { try repository.commits(inRange: "HEAD~1...HEAD") }
        #expect(symmetric.message.contains("A...B"))
    }

    @Test func changesInRootAndNormalCommits() throws {
        let (fixture, ids) = try history()
        let repository = try fixture.open()
        let root = try repository.changes(in: repository.commit(ids[0]))
        #expect(root.files.map(\.status) == [.added])
        #expect(root.files.first?.hunks == [Hunk(newStart: 1, newCount: 2, addedLines: [1, 2])])

        let second = try repository.changes(in: repository.commit(ids[1]))
        #expect(second.files.map(\.path) == ["a.txt"])
        #expect(second.files.first?.hunks.flatMap(\.addedLines) == [2])
        #expect(second.files.first?.newBlob.hex == (try fixture.revParse("\(ids[1]):a.txt")))

        let third = try repository.changes(in: repository.commit(ids[2]))
        #expect(third.files.map(\.path) == ["b.txt"])
    }

    @Test func mergeIsDiffedAgainstItsFirstParent() throws {
        let (fixture, _) = try history()
        try fixture.git(["checkout", "-q", "-b", "feature"])
        try fixture.write("feature.txt", "feature\n")
        try fixture.commitAll("feature work")
        try fixture.git(["checkout", "-q", "main"])
        try fixture.write("main.txt", "main\n")
        try fixture.commitAll("main work")
        try fixture.git(["merge", "-q", "--no-ff", "-m", "merge feature", "feature"])

        let repository = try fixture.open()
        let merge = try repository.commit("HEAD")
        #expect(merge.parents.count == 2)
        #expect(try repository.changes(in: merge).files.map(\.path) == ["feature.txt"])
    }

    @Test func rootCommitFollowsFirstParents() throws {
        let (fixture, ids) = try history()
        #expect(try fixture.open().rootCommitID()?.hex == ids[0])

        // A second, unrelated root merged in must not replace the mainline's root.
        try fixture.git(["checkout", "-q", "--orphan", "other"])
        try fixture.git(["rm", "-rq", "--cached", "."])
        try fixture.write("other.txt", "other\n")
        try fixture.git(["add", "other.txt"])
        try fixture.git(["commit", "-q", "-m", "other root"])
        try fixture.git(["checkout", "-q", "-f", "main"])
        try fixture.git(["merge", "-q", "--allow-unrelated-histories", "-m", "join", "other"])
        #expect(try fixture.open().rootCommitID()?.hex == ids[0])

        let empty = try TemporaryRepository()
        #expect(try empty.open().rootCommitID() == nil)
    }

    @Test func blobContentRoundTrips() throws {
        let fixture = try TemporaryRepository()
        let bytes = (0...255).map(UInt8.init) + Array("tail\n".utf8)
        try fixture.write("all-bytes.bin", bytes: bytes)
        try fixture.commitAll("bytes")
        let repository = try fixture.open()
        let id = try #require(ObjectID(hex: try fixture.revParse("HEAD:all-bytes.bin")))
        #expect(try repository.blobContent(id) == bytes)

        let missing = try #require(ObjectID(hex: String(repeating: "ab", count: 20)))
        #expect(throws: GitError.self) { try repository.blobContent(missing) }
    }
}
