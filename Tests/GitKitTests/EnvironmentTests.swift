import Foundation
import GitKit
import _PhiguardTestSupport
import Testing

/// Opening a repository the way a hook sees it: from `GIT_DIR`, `GIT_WORK_TREE`,
/// `GIT_INDEX_FILE` and the current directory. These tests change the process environment, so
/// they run one at a time and only inside `TestEnvironment` (which every other test's open
/// respects).
@Suite(.serialized) struct EnvironmentTests {
    /// What `git commit -a` does: copy the index to a temporary file, stage into the copy, and
    /// run the hook with `GIT_INDEX_FILE` pointing at it while `.git/index` stays untouched.
    private func fixtureWithAlternateIndex() throws -> (TemporaryRepository, String) {
        let fixture = try TemporaryRepository()
        try fixture.write("a.py", "one\n")
        try fixture.commitAll("base")
        try fixture.write("a.py", "one\ntoken = 'x'\n")
        let alternate = fixture.scratch + "/next-index.lock"
        try FileManager.default.copyItem(atPath: fixture.root + "/.git/index", toPath: alternate)
        try fixture.git(["add", "a.py"], environment: ["GIT_INDEX_FILE": alternate])
        return (fixture, alternate)
    }

    @Test func discoverHonoursGitIndexFile() throws {
        let (fixture, alternate) = try fixtureWithAlternateIndex()
        let plain = try fixture.open()
        #expect(try plain.stagedChanges().files.isEmpty)
        #expect(try plain.indexDiffersFromHead() == false)

        let repository = try TestEnvironment.with(["GIT_INDEX_FILE": alternate]) {
            try Repository.discover(startingAt: fixture.root)
        }
        let file = try #require(try repository.stagedChanges().files.first)
        #expect(file.path == "a.py")
        #expect(file.hunks.flatMap(\.addedLines) == [2])
        #expect(try repository.indexDiffersFromHead())
    }

    @Test func openFromEnvironmentWithGitDirAndIndexFile() throws {
        let (fixture, alternate) = try fixtureWithAlternateIndex()
        let repository = try TestEnvironment.with([
            "GIT_DIR": fixture.root + "/.git", "GIT_INDEX_FILE": alternate,
        ]) {
            try Repository.openFromEnvironment()
        }
        #expect(repository.workingDirectory == fixture.root)
        #expect(try repository.stagedChanges().files.first?.hunks.flatMap(\.addedLines) == [2])
    }

    @Test func openFromEnvironmentDiscoversFromTheCurrentDirectory() throws {
        let fixture = try TemporaryRepository()
        try fixture.write("deep/er/file.txt", "x\n")
        try fixture.git(["add", "-A"])
        let repository = try TestEnvironment.with(["GIT_DIR": nil, "GIT_INDEX_FILE": nil]) {
            try TestEnvironment.inDirectory(fixture.path("deep/er")) { try Repository.openFromEnvironment() }
        }
        #expect(repository.workingDirectory == fixture.root)
        #expect(try repository.stagedChanges().files.map(\.path) == ["deep/er/file.txt"])
    }

    @Test func openFromEnvironmentInALinkedWorktreeAsGitRunsHooks() throws {
        let fixture = try TemporaryRepository()
        try fixture.write("a.txt", "a\n")
        try fixture.commitAll("base")
        let worktree = fixture.scratch + "/wt"
        try fixture.git(["worktree", "add", "-q", worktree])
        try Data("a\nb\n".utf8).write(to: URL(fileURLWithPath: worktree + "/a.txt"))
        try fixture.git(["add", "a.txt"], in: worktree)
        let gitDirectory = fixture.root + "/.git/worktrees/wt"

        // git runs a worktree's hooks in the worktree root with GIT_DIR and GIT_INDEX_FILE set.
        let repository = try TestEnvironment.with([
            "GIT_DIR": gitDirectory, "GIT_INDEX_FILE": gitDirectory + "/index",
        ]) {
            try TestEnvironment.inDirectory(worktree) { try Repository.openFromEnvironment() }
        }
        #expect(repository.workingDirectory == worktree)
        #expect(repository.gitDirectory == gitDirectory)
        #expect(repository.commonDirectory == fixture.root + "/.git")
        #expect(try repository.stagedChanges().files.first?.hunks.flatMap(\.addedLines) == [2])
    }

    @Test func openFromEnvironmentWithGitWorkTree() throws {
        // `git --git-dir=.git --work-tree=. commit` hands its hook relative GIT_DIR and
        // GIT_WORK_TREE, which libgit2 1.5.1 refuses in FROM_ENV mode.
        let (fixture, alternate) = try fixtureWithAlternateIndex()
        let repository = try TestEnvironment.with([
            "GIT_DIR": ".git", "GIT_WORK_TREE": ".", "GIT_INDEX_FILE": alternate,
        ]) {
            try TestEnvironment.inDirectory(fixture.root) { try Repository.openFromEnvironment() }
        }
        #expect(repository.workingDirectory == fixture.root)
        #expect(repository.isBare == false)
        #expect(try repository.stagedChanges().files.first?.hunks.flatMap(\.addedLines) == [2])
    }

    @Test func missingIndexFileFailsInsteadOfLookingEmpty() throws {
        let fixture = try TemporaryRepository()
        let error = try #require(throws: GitError.self) {
            try TestEnvironment.with(["GIT_INDEX_FILE": fixture.scratch + "/nope"]) {
                try Repository.discover(startingAt: fixture.root)
            }
        }
        #expect(error.message.contains("GIT_INDEX_FILE"))
    }
}
