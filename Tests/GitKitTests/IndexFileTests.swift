import Foundation
@testable import GitKit
import _PhiguardTestSupport
import Testing

/// The staged scan's fast path reads git's index file itself and skips folders whose
/// cache-tree id matches HEAD's. It must find exactly what libgit2's index-to-tree diff
/// finds, on every index shape it accepts, and hand every other shape back to libgit2.
@Suite struct IndexFileTests {
    /// A repository with nested folders, committed, so the index has a full cache-tree.
    static func base() throws -> TemporaryRepository {
        let fixture = try TemporaryRepository()
        for folder in ["src/app", "src/lib", "docs", "a", "a.b"] {
            for file in 1...3 {
                try fixture.write("\(folder)/f\(file).txt", (1...8).map { "line \($0) of \(folder)/\(file)" }.joined(separator: "\n") + "\n")
            }
        }
        try fixture.write("a0", "top\n")
        try fixture.write("README.md", "# readme\n")
        try fixture.commitAll("base")
        return fixture
    }

    /// Everything a scan uses from a change set, in a comparable form.
    static func summary(_ changes: ChangeSet) -> [String] {
        changes.files.map { "\($0.path) \($0.status) \($0.mode) \($0.newBlob) \($0.newSize) \($0.hunks.map { "\($0.newStart)+\($0.addedLines)" })" }
            + changes.binaryChanges.map { "binary \($0.path) \($0.status) \($0.newBlob)" }
            + ["deleted \(changes.deletedFiles)", "submodules \(changes.submodulesSkipped)", "deltas \(changes.deltaCount)"]
    }

    /// The fast path applies and agrees with libgit2.
    static func expectFastPathAgrees(_ fixture: TemporaryRepository, sourceLocation: SourceLocation = #_sourceLocation) throws {
        let repository = try fixture.open()
        let fast = try #require(try repository.stagedChangesFromIndexFile(), "the fast path declined", sourceLocation: sourceLocation)
        #expect(summary(fast) == summary(try repository.stagedChangesFromLibgit2()), sourceLocation: sourceLocation)
        #expect(fast.deltaCount > 0, sourceLocation: sourceLocation)
    }

    @Test func modifiedAndAddedFilesInNestedFolders() throws {
        let fixture = try Self.base()
        try fixture.write("src/app/f2.txt", "line 1 of src/app/2\ninserted\nline 2 of src/app/2\n")
        try fixture.write("src/app/new/deep/x.py", "print(record)\n")
        try fixture.write("a.b/f1.txt", "changed\n")
        try fixture.write("a/z.txt", "new in a\n")
        try fixture.write("a0", "top\nmore\n")
        try fixture.git(["add", "-A"])
        try Self.expectFastPathAgrees(fixture)
    }

    @Test func cacheTreeKeepsUntouchedFoldersValid() throws {
        let fixture = try Self.base()
        // A cache-tree valid everywhere (files written in the second of the commit are
        // "racily clean", and re-adding them all would invalidate their folders too).
        try fixture.git(["read-tree", "HEAD"])
        try fixture.write("src/app/f1.txt", "changed\n")
        try fixture.git(["add", "src/app/f1.txt"])
        let index = try #require(IndexFile.read(path: fixture.path(".git/index")))
        #expect(index.validTrees[Array("docs".utf8)] != nil, "an untouched folder stays valid")
        #expect(index.validTrees[Array("src/lib".utf8)] != nil)
        #expect(index.validTrees[Array("src/app".utf8)] == nil, "git invalidates the changed folder")
        #expect(index.validTrees[[]] == nil, "and the root")
        #expect(index.validTrees[Array("docs".utf8)]?.entryCount == 3 && index.validTrees[Array("src/lib".utf8)]?.entryCount == 3)
        #expect(index.entries.count == 17)
        try Self.expectFastPathAgrees(fixture)
    }

    /// A valid folder is stepped over by its recorded entry count without reading its
    /// tree. A count that does not fit the sorted entries (here one too many, which would
    /// swallow the changed file after the folder) must not hide anything: the folder is
    /// then compared entry by entry.
    @Test(arguments: ["2", "3", "4", "9"])
    func cacheTreeEntryCountsAreCheckedBeforeSkipping(_ count: String) throws {
        let fixture = try Self.base()
        try fixture.git(["read-tree", "HEAD"])
        try fixture.write("src/app/f1.txt", "changed\n")
        try fixture.git(["add", "src/app/f1.txt"])
        let path = fixture.path(".git/index")
        var bytes = Array(try Data(contentsOf: URL(fileURLWithPath: path)))
        let record = Array("docs\u{0}3 0\n".utf8)
        let at = try #require((0...(bytes.count - record.count)).first { bytes[$0..<($0 + record.count)].elementsEqual(record) })
        bytes[at + 5] = Array(count.utf8)[0]
        try Data(bytes).write(to: URL(fileURLWithPath: path))
        let index = try #require(IndexFile.read(path: path))
        #expect(index.validTrees[Array("docs".utf8)]?.entryCount == Int(count))
        let changes = try #require(try fixture.open().stagedChangesFromIndexFile())
        #expect(changes.files.map(\.path) == ["src/app/f1.txt"] && changes.deltaCount == 1)
    }

    /// A cache tree that lists one folder twice is damaged: which of the two would be
    /// believed? The reader declines, and libgit2 reads the index instead.
    @Test func aFolderListedTwiceInTheCacheTreeIsNotBelieved() throws {
        let fixture = try Self.base()
        try fixture.git(["read-tree", "HEAD"])
        let path = fixture.path(".git/index")
        let index = try #require(IndexFile.read(path: path))
        #expect(index.validTrees[Array("src/app".utf8)] != nil && index.validTrees[Array("src/lib".utf8)] != nil)
        var bytes = Array(try Data(contentsOf: URL(fileURLWithPath: path)))
        let record = Array("app\u{0}".utf8)
        let at = try #require((0...(bytes.count - record.count)).last { bytes[$0..<($0 + record.count)].elementsEqual(record) })
        bytes.replaceSubrange(at..<(at + 3), with: Array("lib".utf8))  // src/app's node now says src/lib
        try Data(bytes).write(to: URL(fileURLWithPath: path))
        #expect(IndexFile.read(path: path) == nil)
    }

    @Test func nothingStagedIsProvedByTheRootCacheTree() throws {
        let fixture = try Self.base()
        let repository = try fixture.open()
        let changes = try #require(try repository.stagedChangesFromIndexFile())
        #expect(changes.deltaCount == 0)
        #expect(try repository.indexFileMatchesHead() == true)
        #expect(try repository.indexDiffersFromHead() == false)
        try fixture.write("docs/f1.txt", "changed\n")
        try fixture.git(["add", "-A"])
        #expect(try fixture.open().indexFileMatchesHead() == nil, "an invalid root proves nothing")
        #expect(try fixture.open().indexDiffersFromHead() == true)
    }

    @Test func modeChangeSymlinkAndBinary() throws {
        let fixture = try Self.base()
        try fixture.write("bin/run.sh", "echo hi\n")
        try fixture.write("link-target.txt", "target\n")
        try fixture.shell("ln -s link-target.txt link && ln -s docs/f1.txt swap")
        try fixture.commitAll("more")
        try fixture.shell("chmod +x bin/run.sh && rm swap && printf 'now a file\\n' > swap")
        try fixture.write("image.bin", bytes: [0x89, 0x50, 0x4E, 0x47, 0x00, 0x01, 0x02, 0x0A])
        try fixture.git(["add", "-A"])
        try Self.expectFastPathAgrees(fixture)
        let changes = try fixture.open().stagedChanges()
        #expect(changes.files.first { $0.path == "swap" }?.status == .typeChanged)
        #expect(changes.binaryFiles == ["image.bin"])
    }

    @Test(arguments: [3, 4])
    func indexVersionsThreeAndFour(_ version: Int) throws {
        let fixture = try Self.base()
        try fixture.git(["update-index", "--index-version", "\(version)"])
        // Extended flags (version 3 and up) on an entry that is not changed.
        try fixture.git(["update-index", "--skip-worktree", "docs/f2.txt"])
        try fixture.write("src/lib/f3.txt", "changed\nlines\n")
        try fixture.write("src/lib/sub/new.txt", "new\n")
        try fixture.git(["add", "src"])
        try Self.expectFastPathAgrees(fixture)
    }

    @Test func oddPathsKeepTheirBytesAndOrder() throws {
        let fixture = try Self.base()
        try fixture.shell("mkdir -p 'with space' && printf 'x\\n' > 'with space/é ü.txt' && printf 'y\\n' > \"$(printf 'new\\nline.txt')\" && printf 'z\\n' > \"$(printf 'raw\\377.txt')\"")
        try fixture.git(["add", "-A"])
        try Self.expectFastPathAgrees(fixture)
    }

    @Test func submodulePointerIsCountedNotRead() throws {
        let fixture = try Self.base()
        let library = try TemporaryRepository()
        try library.write("lib.txt", "v1\n")
        try library.commitAll("v1")
        try fixture.git(["-c", "protocol.file.allow=always", "submodule", "add", "-q", library.root, "vendor/lib"])
        try fixture.commitAll("add submodule")
        try library.write("lib.txt", "v2\n")
        try library.commitAll("v2")
        try fixture.git(["pull", "-q"], in: fixture.path("vendor/lib"))
        try fixture.git(["add", "vendor/lib"])
        try Self.expectFastPathAgrees(fixture)
        #expect(try fixture.open().stagedChanges().submodulesSkipped == 1)
    }

    /// Deletions (renames are found among them), files and folders swapping places,
    /// conflicts, intent-to-add entries, split and sparse indexes: libgit2's, and the
    /// public entry point still gives libgit2's answer.
    @Test(arguments: ["delete", "rename", "file-to-folder", "folder-to-file", "intent-to-add", "split-index", "conflict"])
    func shapesLeftToLibgit2(_ shape: String) throws {
        let fixture = try Self.base()
        switch shape {
        case "delete": try fixture.git(["rm", "-q", "docs/f1.txt"])
        case "rename": try fixture.git(["mv", "docs/f1.txt", "src/moved.txt"])
        case "file-to-folder":
            try fixture.git(["rm", "-q", "a0"])
            try fixture.write("a0/inside.txt", "now a folder\n")
            try fixture.git(["add", "-A"])
        case "folder-to-file":
            try fixture.git(["rm", "-q", "-r", "docs"])
            try fixture.write("docs", "now a file\n")
            try fixture.git(["add", "-A"])
        case "intent-to-add":
            try fixture.write("later.txt", "later\n")
            try fixture.git(["add", "-N", "later.txt"])
        case "split-index":
            try fixture.write("docs/f1.txt", "changed\n")
            try fixture.git(["update-index", "--split-index"])
            try fixture.git(["add", "-A"])
        case "conflict":
            try fixture.git(["checkout", "-q", "-b", "other"])
            try fixture.write("a0", "other side\n")
            try fixture.commitAll("other")
            try fixture.git(["checkout", "-q", "main"])
            try fixture.write("a0", "main side\n")
            try fixture.commitAll("main")
            _ = try? fixture.git(["merge", "-q", "other"])
        default: Issue.record("unknown shape \(shape)")
        }
        let repository = try fixture.open()
        #expect(try repository.stagedChangesFromIndexFile() == nil, "the fast path took a \(shape)")
        if shape == "conflict" || shape == "split-index" {
            // (libgit2 1.5 reads no split index either: the scan fails closed with its message.)
            #expect(throws: (any Error).self) { try repository.stagedChanges() }
        } else {
            #expect(Self.summary(try repository.stagedChanges()) == Self.summary(try repository.stagedChangesFromLibgit2()))
        }
    }

    @Test(arguments: ["empty", "garbage", "truncated", "bad-version", "unsorted"])
    func damagedIndexFilesAreNotRead(_ damage: String) throws {
        let fixture = try Self.base()
        try fixture.write("docs/f1.txt", "changed\n")
        try fixture.git(["add", "-A"])
        let path = fixture.path(".git/index")
        var bytes = Array(try Data(contentsOf: URL(fileURLWithPath: path)))
        switch damage {
        case "empty": bytes = []
        case "garbage": bytes = Array("not an index at all, just text that is long enough".utf8)
        case "truncated": bytes = Array(bytes.prefix(bytes.count / 2))
        case "bad-version": bytes[7] = 9
        default:
            // Swap the first path's first byte for one that sorts after the second path.
            bytes[12 + 62] = 0x7E
        }
        try Data(bytes).write(to: URL(fileURLWithPath: path))
        #expect(IndexFile.read(path: path) == nil)
    }

    /// The file is read where it is mapped, with no array bounds behind the reader's own
    /// checks: every truncation and every damaged byte of a version 2 and a version 4
    /// index (with its cache tree) must be refused or read, never read past the end.
    @Test(arguments: [2, 4])
    func everyTruncationAndDamagedByteIsSurvived(_ version: Int) throws {
        let fixture = try Self.base()
        try fixture.git(["update-index", "--index-version", "\(version)"])
        try fixture.write("docs/f1.txt", "changed\n")
        try fixture.git(["add", "-A"])
        let original = Array(try Data(contentsOf: URL(fileURLWithPath: fixture.path(".git/index"))))
        let index = try #require(IndexFile.read(path: fixture.path(".git/index")))
        #expect(index.entries.count == 17 && String(decoding: index.entries[0].path, as: UTF8.self) == "README.md")
        let path = fixture.path("damaged-index")
        var read = 0
        for cut in 0..<original.count {
            try Data(original.prefix(cut)).write(to: URL(fileURLWithPath: path))
            if IndexFile.read(path: path) != nil { read += 1 }
        }
        for position in original.indices {
            var damaged = original
            damaged[position] ^= 0xA5
            try Data(damaged).write(to: URL(fileURLWithPath: path))
            if let damagedIndex = IndexFile.read(path: path) { read += damagedIndex.entries.isEmpty ? 0 : 1 }
        }
        // (The trailing checksum is not verified, as git does not: a file cut inside it, or
        // with a byte of it changed, still reads.)
        #expect(read > 0 && read < 2 * original.count)
    }
}
