import Foundation
import GitKit
import _PhiguardTestSupport
import Testing

/// `Repository.stagedChanges()`: what `git commit` would record, read from the index only.
@Suite struct StagedChangesTests {
    @Test func initialCommitOnUnbornHeadAddsEveryLine() throws {
        let fixture = try TemporaryRepository()
        try fixture.write("app.py", "import os\nprint('hi')\nx = 1\n")
        try fixture.git(["add", "app.py"])
        let repository = try fixture.open()
        #expect(repository.isHeadUnborn)

        let changes = try repository.stagedChanges()
        #expect(changes.deltaCount == 1)
        let file = try #require(changes.files.first)
        #expect(file.path == "app.py")
        #expect(file.status == .added)
        #expect(file.mode == .regular)
        #expect(file.oldPath == nil)
        #expect(file.hunks == [Hunk(newStart: 1, newCount: 3, addedLines: [1, 2, 3])])
        #expect(file.addedLineCount == 3)
        #expect(file.newSize == "import os\nprint('hi')\nx = 1\n".utf8.count)
        #expect(file.newBlob.hex == (try fixture.git(["rev-parse", ":app.py"]).trimmingCharacters(in: .newlines)))
        #expect(try repository.blobContent(file.newBlob) == Array("import os\nprint('hi')\nx = 1\n".utf8))
    }

    /// Blobs are read and diffed through a second handle on the object database; a clone
    /// made with `--shared` keeps every old blob only in its alternate, which that handle
    /// must see exactly as the main one does.
    @Test func blobsInAnAlternateObjectStoreAreDiffed() throws {
        let origin = try TemporaryRepository()
        try origin.write("src/app.py", "a = 1\nb = 2\nc = 3\n")
        try origin.commitAll("base")
        let clone = try TemporaryRepository()
        try clone.shell("rm -rf .git && git clone -q --shared '\(origin.root)' . && git config user.email t@example.org && git config user.name t")
        #expect(FileManager.default.fileExists(atPath: clone.path(".git/objects/info/alternates")))
        #expect(try clone.git(["count-objects"]).hasPrefix("0 objects"), "the clone has no objects of its own")
        try clone.write("src/app.py", "a = 1\nb = 20\nc = 3\nd = 4\n")
        try clone.git(["add", "-A"])

        let repository = try clone.open()
        let file = try #require(try repository.stagedChanges().files.first)
        #expect(file.hunks.flatMap(\.addedLines) == [2, 4])
        #expect(try repository.blobContent(file.newBlob) == Array("a = 1\nb = 20\nc = 3\nd = 4\n".utf8))
    }

    @Test func nothingStagedInAnEmptyRepository() throws {
        let fixture = try TemporaryRepository()
        let repository = try fixture.open()
        let changes = try repository.stagedChanges()
        #expect(changes.files.isEmpty)
        #expect(changes.deltaCount == 0)
        #expect(try repository.indexDiffersFromHead() == false)
    }

    @Test func modifiedFileReportsOnlyAddedLinesWithNewSideNumbers() throws {
        let fixture = try TemporaryRepository()
        try fixture.write("notes.txt", "l1\nl2\nl3\nl4\nl5\n")
        try fixture.write("other.txt", "keep\ndrop\n")
        try fixture.commitAll("base")
        try fixture.write("notes.txt", "l1\nl2\nnew A\nl3\nl4 changed\nl5\nnew B\n")
        try fixture.write("other.txt", "keep\n")
        try fixture.git(["add", "-A"])

        let changes = try fixture.open().stagedChanges()
        #expect(changes.files.map(\.path) == ["notes.txt", "other.txt"])
        let notes = changes.files[0]
        #expect(notes.status == .modified)
        #expect(notes.hunks == [
            Hunk(newStart: 3, newCount: 1, addedLines: [3]),
            Hunk(newStart: 5, newCount: 1, addedLines: [5]),
            Hunk(newStart: 7, newCount: 1, addedLines: [7]),
        ])
        let other = changes.files[1]
        #expect(other.status == .modified)
        #expect(other.hunks.isEmpty, "a hunk that only deletes lines gives the scanner nothing")
    }

    @Test func partialStagingReadsTheIndexNotTheWorkTree() throws {
        let fixture = try TemporaryRepository()
        try fixture.write("config.py", "a = 1\nb = 2\nc = 3\n")
        try fixture.commitAll("base")
        try fixture.write("config.py", "a = 1\nb = 2\nc = 3\nstaged_one = 4\nstaged_two = 5\n")
        try fixture.git(["add", "config.py"])
        // After staging: delete a staged line from the work tree and add an unstaged one.
        try fixture.write("config.py", "a = 1\nb = 2\nc = 3\nstaged_two = 5\nunstaged = 6\n")

        let repository = try fixture.open()
        let file = try #require(try repository.stagedChanges().files.first)
        #expect(file.hunks.flatMap(\.addedLines) == [4, 5])
        let staged = String(decoding: try repository.blobContent(file.newBlob), as: UTF8.self)
        #expect(staged == "a = 1\nb = 2\nc = 3\nstaged_one = 4\nstaged_two = 5\n")
    }

    @Test func pureRenameHasNoHunks() throws {
        let fixture = try TemporaryRepository()
        let body = (1...20).map { "line \($0)\n" }.joined()
        try fixture.write("old name.py", body)
        try fixture.commitAll("base")
        try fixture.git(["mv", "old name.py", "new name.py"])

        let changes = try fixture.open().stagedChanges()
        #expect(changes.deltaCount == 1)
        #expect(changes.deletedFiles == 0)
        let file = try #require(changes.files.first)
        #expect(file.status == .renamed)
        #expect(file.path == "new name.py")
        #expect(file.oldPath == "old name.py")
        #expect(file.hunks.isEmpty)
        #expect(file.newSize == body.utf8.count)
    }

    @Test func renameWithEditReportsOnlyTheEdit() throws {
        let fixture = try TemporaryRepository()
        let body = (1...10).map { "line \($0)\n" }.joined()
        try fixture.write("src/a.py", body)
        try fixture.commitAll("base")
        try fixture.git(["mv", "src/a.py", "src/b.py"])
        try fixture.write("src/b.py", body + "added\n")
        try fixture.git(["add", "src/b.py"])

        let file = try #require(try fixture.open().stagedChanges().files.first)
        #expect(file.status == .renamed)
        #expect(file.oldPath == "src/a.py")
        #expect(file.path == "src/b.py")
        #expect(file.hunks == [Hunk(newStart: 11, newCount: 1, addedLines: [11])])
    }

    @Test func deletionIsCountedNotListed() throws {
        let fixture = try TemporaryRepository()
        try fixture.write("gone.txt", "bye\n")
        try fixture.write("stays.txt", "hi\n")
        try fixture.commitAll("base")
        try fixture.git(["rm", "-q", "gone.txt"])

        let changes = try fixture.open().stagedChanges()
        #expect(changes.files.isEmpty)
        #expect(changes.deletedFiles == 1)
        #expect(changes.deltaCount == 1)
    }

    @Test func binaryFileIsNamedAndSkipped() throws {
        let fixture = try TemporaryRepository()
        try fixture.write("image.bin", bytes: [0x89, 0x50, 0x4e, 0x47, 0x00, 0x01, 0x0a, 0x41, 0x0a])
        try fixture.write("text.txt", "plain\n")
        try fixture.git(["add", "-A"])

        let changes = try fixture.open().stagedChanges()
        #expect(changes.binaryFiles == ["image.bin"])
        #expect(changes.files.map(\.path) == ["text.txt"])
        #expect(changes.deltaCount == 2)
    }

    @Test func crlfLinesAreNumberedLikeAnyOther() throws {
        let fixture = try TemporaryRepository()
        try fixture.write("win.txt", "one\r\ntwo\r\n")
        try fixture.commitAll("base")
        try fixture.write("win.txt", "one\r\ntwo\r\nthree\r\n")
        try fixture.git(["add", "win.txt"])

        let repository = try fixture.open()
        let file = try #require(try repository.stagedChanges().files.first)
        #expect(file.hunks.flatMap(\.addedLines) == [3])
        #expect(try repository.blobContent(file.newBlob) == Array("one\r\ntwo\r\nthree\r\n".utf8))
    }

    @Test func lastLineWithoutNewlineIsReported() throws {
        let fixture = try TemporaryRepository()
        try fixture.write("a.txt", "first\nsecond")
        try fixture.git(["add", "a.txt"])
        #expect(try fixture.open().stagedChanges().files.first?.hunks.flatMap(\.addedLines) == [1, 2])

        try fixture.commitAll("base")
        try fixture.write("a.txt", "first\nsecond\nthird")
        try fixture.git(["add", "a.txt"])
        // "second" gains a newline, so git counts it as replaced: lines 2 and 3 are new.
        #expect(try fixture.open().stagedChanges().files.first?.hunks.flatMap(\.addedLines) == [2, 3])
    }

    @Test func invalidUTF8ContentIsStillText() throws {
        let fixture = try TemporaryRepository()
        let bytes: [UInt8] = [0x6f, 0x6b, 0x0a, 0xff, 0xfe, 0x41, 0x0a, 0xc3, 0x28, 0x0a]
        try fixture.write("latin.txt", bytes: bytes)
        try fixture.git(["add", "latin.txt"])

        let repository = try fixture.open()
        let changes = try repository.stagedChanges()
        #expect(changes.binaryFiles.isEmpty)
        let file = try #require(changes.files.first)
        #expect(file.hunks.flatMap(\.addedLines) == [1, 2, 3])
        #expect(try repository.blobContent(file.newBlob) == bytes)
    }

    @Test func pathsWithSpacesNonASCIIAndSubdirectories() throws {
        let fixture = try TemporaryRepository()
        try fixture.write("dir with space/naïve ü.py", "x = 1\n")
        try fixture.write("src/deep/nested/file.swift", "let a = 1\n")
        try fixture.git(["add", "-A"])

        let paths = try fixture.open().stagedChanges().files.map(\.path)
        #expect(paths == ["dir with space/naïve ü.py", "src/deep/nested/file.swift"])
    }

    @Test func pathThatIsNotUTF8IsDecodedLossily() throws {
        let fixture = try TemporaryRepository()
        try fixture.shell("printf 'secret = 1\\n' > \"$(printf 'bad\\377name.txt')\" && git add -A")

        let file = try #require(try fixture.open().stagedChanges().files.first)
        #expect(file.path == "bad\u{FFFD}name.txt")
        #expect(file.hunks.flatMap(\.addedLines) == [1])
    }

    @Test func submoduleEntryIsSkipped() throws {
        let fixture = try TemporaryRepository()
        try fixture.write("a.txt", "a\n")
        let head = try fixture.commitAll("base")
        try fixture.git(["update-index", "--add", "--cacheinfo", "160000,\(head),vendor/sub"])
        try fixture.write("b.txt", "b\n")
        try fixture.git(["add", "b.txt"])

        let changes = try fixture.open().stagedChanges()
        #expect(changes.files.map(\.path) == ["b.txt"])
        #expect(changes.binaryFiles.isEmpty)
        #expect(changes.submodulesSkipped == 1)
        #expect(changes.deltaCount == 2)
    }

    @Test func unmergedIndexFailsClosed() throws {
        let fixture = try TemporaryRepository()
        try fixture.write("a.txt", "base\n")
        try fixture.commitAll("base")
        try fixture.git(["checkout", "-q", "-b", "other"])
        try fixture.write("a.txt", "other\n")
        try fixture.commitAll("other")
        try fixture.git(["checkout", "-q", "main"])
        try fixture.write("a.txt", "main\n")
        try fixture.commitAll("main")
        #expect(throws: CommandFailure.self) { try fixture.git(["merge", "-q", "other"]) }

        let repository = try fixture.open()
        let error = try #require(throws: GitError.self) { try repository.stagedChanges() }
        #expect(error.message.contains("'a.txt' is unmerged"))
        #expect(throws: GitError.self) { try repository.indexDiffersFromHead() }
    }

    @Test func modeAndTypeChanges() throws {
        let fixture = try TemporaryRepository()
        try fixture.write("run.sh", "echo hi\n")
        try fixture.write("link", "target.txt\n")
        try fixture.commitAll("base")
        try fixture.git(["update-index", "--chmod=+x", "run.sh"])
        try FileManager.default.removeItem(atPath: fixture.path("link"))
        try FileManager.default.createSymbolicLink(atPath: fixture.path("link"), withDestinationPath: "elsewhere.txt")
        try fixture.git(["add", "link"])

        let files = try fixture.open().stagedChanges().files
        let link = try #require(files.first { $0.path == "link" })
        #expect(link.status == .typeChanged)
        #expect(link.mode == .symlink)
        #expect(link.hunks.flatMap(\.addedLines) == [1])
        let script = try #require(files.first { $0.path == "run.sh" })
        #expect(script.status == .modified)
        #expect(script.mode == .executable)
        #expect(script.hunks.isEmpty)
    }

    @Test func symlinkBecomingAFileIsScanned() throws {
        let fixture = try TemporaryRepository()
        try FileManager.default.createSymbolicLink(atPath: fixture.path("settings.py"), withDestinationPath: "elsewhere.py")
        try fixture.commitAll("base")
        try FileManager.default.removeItem(atPath: fixture.path("settings.py"))
        try fixture.write("settings.py", "password = 'x'\nother = 1\n")
        try fixture.git(["add", "settings.py"])

        let changes = try fixture.open().stagedChanges()
        let file = try #require(changes.files.first { $0.path == "settings.py" })
        #expect(file.status == .typeChanged)
        #expect(file.mode == .regular)
        #expect(file.hunks == [Hunk(newStart: 1, newCount: 2, addedLines: [1, 2])], "libgit2 alone gives no hunks here")
    }

    @Test func indexDiffersFromHeadTracksTheIndex() throws {
        let fixture = try TemporaryRepository()
        try fixture.write("a.txt", "a\n")
        try fixture.git(["add", "a.txt"])
        #expect(try fixture.open().indexDiffersFromHead())

        try fixture.commitAll("base")
        let repository = try fixture.open()
        #expect(try repository.indexDiffersFromHead() == false)
        try fixture.write("a.txt", "a\nb\n")
        #expect(try repository.indexDiffersFromHead() == false, "a work-tree edit is not staged")
        try fixture.git(["add", "a.txt"])
        #expect(try repository.indexDiffersFromHead(), "the same repository re-reads a changed index")
        #expect(try repository.stagedChanges().files.count == 1)
    }
}
