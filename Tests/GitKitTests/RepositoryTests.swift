import Foundation
import GitKit
import _PhiguardTestSupport
import Testing

/// Opening repositories by path, their directories, configuration and hooks directory.
@Suite struct RepositoryTests {
    @Test func discoversFromASubdirectory() throws {
        let fixture = try TemporaryRepository()
        try fixture.write("src/app/main.py", "x = 1\n")
        let repository = try fixture.open(at: fixture.path("src/app"))
        #expect(repository.workingDirectory == fixture.root)
        #expect(repository.gitDirectory == fixture.root + "/.git")
        #expect(repository.commonDirectory == fixture.root + "/.git")
        #expect(repository.isBare == false)
        #expect(try fixture.open(at: fixture.root + "/.git").workingDirectory == fixture.root)
    }

    @Test func noRepositoryThrowsLibgit2sMessage() throws {
        let fixture = try TemporaryRepository()
        let outside = fixture.scratch + "/not-a-repo"
        try FileManager.default.createDirectory(atPath: outside, withIntermediateDirectories: true)
        let error = try #require(throws: GitError.self) {
            try TestEnvironment.withLock {
                try Repository.discover(startingAt: outside)
            }
        }
        #expect(error.code == -3)
        #expect(error.function == "git_repository_open_ext")
        #expect(error.description.hasPrefix("git_repository_open_ext: "))
        #expect(error.message.contains("could not find repository"))
    }

    @Test func bareRepository() throws {
        let fixture = try TemporaryRepository(bare: true)
        let repository = try fixture.open()
        #expect(repository.isBare)
        #expect(repository.workingDirectory == nil)
        #expect(repository.gitDirectory == fixture.root)
        #expect(repository.isHeadUnborn)
        #expect(repository.hooksDirectory == fixture.root + "/hooks")
    }

    @Test func linkedWorktreeSeesItsOwnIndex() throws {
        let fixture = try TemporaryRepository()
        try fixture.write("shared.txt", "base\n")
        try fixture.commitAll("base")
        let worktree = fixture.scratch + "/feature tree"
        try fixture.git(["worktree", "add", "-q", "-b", "feature", worktree])
        try fixture.write("main-only.txt", "staged in main\n")
        try fixture.git(["add", "main-only.txt"])
        try Data("base\nfrom worktree\n".utf8).write(to: URL(fileURLWithPath: worktree + "/shared.txt"))
        try fixture.git(["add", "shared.txt"], in: worktree)

        let repository = try fixture.open(at: worktree)
        #expect(repository.workingDirectory == worktree)
        #expect(repository.gitDirectory == fixture.root + "/.git/worktrees/feature-tree", "git sanitises the name")
        #expect(repository.commonDirectory == fixture.root + "/.git")
        #expect(repository.hooksDirectory == fixture.root + "/.git/hooks")
        let changes = try repository.stagedChanges()
        #expect(changes.files.map(\.path) == ["shared.txt"])
        #expect(changes.files.first?.hunks.flatMap(\.addedLines) == [2])
        #expect(try repository.indexDiffersFromHead())
    }

    @Test func configStringReadsAndReportsUnset() throws {
        let fixture = try TemporaryRepository()
        try fixture.git(["config", "phiguard.mode", "strict mode"])
        let repository = try fixture.open()
        #expect(try repository.configString("phiguard.mode") == "strict mode")
        #expect(try repository.configString("phiguard.absent") == nil)
        #expect(throws: GitError.self) { try repository.configString("not a key") }
    }

    @Test func hooksDirectoryDefaultsToTheCommonDirectory() throws {
        let fixture = try TemporaryRepository()
        #expect(try fixture.open().hooksDirectory == fixture.root + "/.git/hooks")
    }

    @Test(arguments: [
        ("githooks", "/githooks"),
        ("./tools/hooks/", "/tools/hooks"),
    ])
    func relativeHooksPathIsTakenFromTheWorkTreeRoot(configured: String, expectedSuffix: String) throws {
        let fixture = try TemporaryRepository()
        try fixture.git(["config", "core.hooksPath", configured])
        try fixture.write("sub/dir/x.txt", "x\n")
        #expect(try fixture.open(at: fixture.path("sub/dir")).hooksDirectory == fixture.root + expectedSuffix)
    }

    @Test func absoluteAndHomeRelativeHooksPath() throws {
        let fixture = try TemporaryRepository()
        try fixture.git(["config", "core.hooksPath", "/opt/company hooks/"])
        #expect(try fixture.open().hooksDirectory == "/opt/company hooks")

        try fixture.git(["config", "core.hooksPath", "~/.githooks"])
        let hooks = try TestEnvironment.with(["HOME": fixture.scratch + "/home"]) {
            try Repository.discover(startingAt: fixture.root).hooksDirectory
        }
        #expect(hooks == fixture.scratch + "/home/.githooks")
    }
}
