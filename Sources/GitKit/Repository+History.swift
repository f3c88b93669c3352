internal import CLibGit2
#if canImport(Glibc)
import Glibc
#endif

/// A commit's changes for history scans, computed by walking the two trees and skipping
/// every subtree whose id did not change — as `git log` does. libgit2's tree-to-tree
/// diff visited every entry of both trees for each commit, which made a 1,000-commit
/// scan of a 2,600-file repository spend most of its time comparing unchanged paths.
extension Repository {
    /// A commit against its first parent (a root commit against the empty tree), as a range
    /// scan sees each commit; merges are checked for what they add relative to the mainline.
    /// Exact renames add no lines; a file deleted and added under the same name in another
    /// folder in one commit is diffed as a moved file, so only its new lines count.
    public func changes(in commit: CommitInfo) throws -> ChangeSet {
        var id = commit.id.oid
        var handle: OpaquePointer?
        try GitError.check(git_commit_lookup(&handle, pointer, &id), "git_commit_lookup")
        defer { git_commit_free(handle) }
        var tree: OpaquePointer?
        try GitError.check(git_commit_tree(&tree, handle), "git_commit_tree")
        defer { git_tree_free(tree) }
        var parentTree: OpaquePointer?
        defer { git_tree_free(parentTree) }
        if git_commit_parentcount(handle) > 0 {
            var parent: OpaquePointer?
            try GitError.check(git_commit_parent(&parent, handle, 0), "git_commit_parent")
            defer { git_commit_free(parent) }
            try GitError.check(git_commit_tree(&parentTree, parent), "git_commit_tree")
        }
        var walk = TreeWalk()
        try walk.compare(old: parentTree, new: tree, prefix: "", repository: pointer)
        return try walk.changeSet(repository: self)
    }
}

/// One side of a changed path.
struct TreeSide {
    let id: ObjectID
    let mode: UInt32
    /// The blob's size when known without reading it (an index entry's stat data), else 0.
    let sizeHint: Int

    init(_ entry: OpaquePointer) {
        id = ObjectID(git_tree_entry_id(entry).pointee)
        mode = git_tree_entry_filemode(entry).rawValue
        sizeHint = 0
    }

    init(id: ObjectID, mode: UInt32, sizeHint: Int = 0) {
        self.id = id
        self.mode = mode
        self.sizeHint = sizeHint
    }

    var isBlob: Bool { mode == GIT_FILEMODE_BLOB.rawValue || mode == GIT_FILEMODE_BLOB_EXECUTABLE.rawValue || mode == GIT_FILEMODE_LINK.rawValue }
    var isSubmodule: Bool { mode == GIT_FILEMODE_COMMIT.rawValue }
}

/// Collects changed paths while walking two trees, then turns them into a `ChangeSet`.
struct TreeWalk {
    var added: [(path: String, side: TreeSide)] = []
    var deleted: [(path: String, side: TreeSide)] = []
    var modified: [(path: String, old: TreeSide, new: TreeSide)] = []

    /// Both trees are sorted the same way (git's order: a folder's name as if followed by
    /// "/"), so they are merged in one pass; an unchanged entry costs a name and an id
    /// comparison in C and no Swift string. (Looking each name up in the other tree was a
    /// seventh of a 1,000-commit range scan.)
    mutating func compare(old: OpaquePointer?, new: OpaquePointer?, prefix: String, repository: OpaquePointer) throws {
        let oldCount = old.map { git_tree_entrycount($0) } ?? 0, newCount = new.map { git_tree_entrycount($0) } ?? 0
        var oldIndex = 0, newIndex = 0
        while oldIndex < oldCount || newIndex < newCount {
            let before = oldIndex < oldCount ? git_tree_entry_byindex(old!, oldIndex) : nil
            let after = newIndex < newCount ? git_tree_entry_byindex(new!, newIndex) : nil
            let order: Int32 = switch (before, after) {
            case let (before?, after?): git_tree_entry_cmp(before, after)
            case (nil, _): 1
            case (_, nil): -1
            }
            if order < 0 {
                try record(path: prefix + String(cString: git_tree_entry_name(before!)!), old: TreeSide(before!), new: nil,
                           repository: repository)
                oldIndex += 1
            } else if order > 0 {
                try record(path: prefix + String(cString: git_tree_entry_name(after!)!), old: nil, new: TreeSide(after!),
                           repository: repository)
                newIndex += 1
            } else {
                if git_oid_equal(git_tree_entry_id(before!), git_tree_entry_id(after!)) != 1
                    || git_tree_entry_filemode(before!) != git_tree_entry_filemode(after!) {
                    try record(path: prefix + String(cString: git_tree_entry_name(after!)!), old: TreeSide(before!),
                               new: TreeSide(after!), repository: repository)
                }
                oldIndex += 1
                newIndex += 1
            }
        }
    }

    private mutating func record(path: String, old: TreeSide?, new: TreeSide?, repository: OpaquePointer) throws {
        let oldIsTree = old?.mode == GIT_FILEMODE_TREE.rawValue, newIsTree = new?.mode == GIT_FILEMODE_TREE.rawValue
        if oldIsTree || newIsTree {
            let oldTree = try oldIsTree ? lookUpTree(old!.id, repository) : nil
            defer { git_tree_free(oldTree) }
            let newTree = try newIsTree ? lookUpTree(new!.id, repository) : nil
            defer { git_tree_free(newTree) }
            try compare(old: oldTree, new: newTree, prefix: path + "/", repository: repository)
            // A file replaced by a folder (or the reverse) leaves the file side behind.
            if let old, !oldIsTree { deleted.append((path, old)) }
            if let new, !newIsTree { added.append((path, new)) }
            return
        }
        switch (old, new) {
        case let (old?, new?): modified.append((path, old, new))
        case let (nil, new?): added.append((path, new))
        case let (old?, nil): deleted.append((path, old))
        case (nil, nil): break
        }
    }

    private func lookUpTree(_ id: ObjectID, _ repository: OpaquePointer) throws -> OpaquePointer? {
        var oid = id.oid
        var tree: OpaquePointer?
        try GitError.check(git_tree_lookup(&tree, repository, &oid), "git_tree_lookup")
        return tree
    }

    /// git's heuristic, and phiguard's everywhere (staged, range, libgit2's diff): a NUL
    /// byte in the first 8,000 bytes makes a file binary.
    static func looksBinary(_ bytes: UnsafeRawBufferPointer) -> Bool {
        // memchr: every file of every commit of a range passes here (a generic `contains`
        // over the slice was 2% of a 1,000-commit scan).
        !bytes.isEmpty && memchr(bytes.baseAddress!, 0, min(bytes.count, 8000)) != nil
    }

    static func looksBinary(_ bytes: [UInt8]) -> Bool { bytes.withUnsafeBytes { looksBinary($0) } }

    func changeSet(repository: Repository) throws -> ChangeSet {
        try pendingChanges().resolved(with: repository)
    }

    /// The changed paths paired up (renames) and classified, before any blob is read.
    func pendingChanges() -> PendingChangeSet {
        var changes: [PendingChange] = []
        var deletedCount = 0, submodules = 0
        var deletedByID: [ObjectID: Int] = [:], deletedByName: [String: Int] = [:]
        var consumed = Set<Int>()
        for (index, entry) in deleted.enumerated() {
            if entry.side.isSubmodule { continue }
            deletedByID[entry.side.id] = index
            deletedByName[String(entry.path.split(separator: "/").last ?? "")] = index
        }
        func change(_ path: String, old: (path: String, side: TreeSide)?, new: TreeSide, status: FileStatus) {
            if new.isSubmodule { submodules += 1; return }
            changes.append(PendingChange(path: path, oldPath: old?.path, old: old?.side, new: new, status: status))
        }
        for entry in modified {
            if entry.new.isSubmodule || entry.old.isSubmodule { submodules += 1; continue }
            let typeChanged = (entry.old.mode == GIT_FILEMODE_LINK.rawValue) != (entry.new.mode == GIT_FILEMODE_LINK.rawValue)
            change(entry.path, old: (entry.path, entry.old), new: entry.new, status: typeChanged ? .typeChanged : .modified)
        }
        for entry in added {
            if entry.side.isSubmodule { submodules += 1; continue }
            let name = String(entry.path.split(separator: "/").last ?? "")
            if let index = deletedByID[entry.side.id] ?? deletedByName[name], !consumed.contains(index) {
                consumed.insert(index)
                change(entry.path, old: deleted[index], new: entry.side, status: .renamed)
            } else {
                change(entry.path, old: nil, new: entry.side, status: .added)
            }
        }
        for (index, entry) in deleted.enumerated() where !consumed.contains(index) {
            if entry.side.isSubmodule { submodules += 1 } else { deletedCount += 1 }
        }
        let total = modified.count + added.count + deleted.count - consumed.count
        return PendingChangeSet(changes: changes, deletedFiles: deletedCount, submodulesSkipped: submodules, deltaCount: total)
    }
}

/// One changed path whose blobs have not been read yet.
public struct PendingChange: Sendable {
    public let path: String
    let oldPath: String?
    let old: TreeSide?
    let new: TreeSide
    let status: FileStatus
    /// The new side's size as the index records it (0 when the change comes from two
    /// trees): what reading and diffing this file will roughly cost.
    public var sizeHint: Int { new.sizeHint }
}

/// A change set in two steps: which paths changed (cheap: trees and the index only), then
/// each path's blobs read and diffed by `Repository.resolve(_:)`. The second step is
/// independent per path, so a large change can be resolved on several threads, each with
/// its own handle (`Repository.reopen()`), and assembled in order with `changeSet(_:)`.
public struct PendingChangeSet: Sendable {
    public let changes: [PendingChange]
    let deletedFiles: Int
    let submodulesSkipped: Int
    /// Paths changed in any way, as `ChangeSet.deltaCount`.
    public let deltaCount: Int

    /// Every change resolved on this thread, with `repository`.
    public func resolved(with repository: Repository) throws -> ChangeSet {
        changeSet(try changes.map { try repository.resolve($0) })
    }

    /// The change set from every change resolved, in the order of `changes`.
    public func changeSet(_ resolved: [FileChange]) -> ChangeSet {
        ChangeSet(files: resolved.filter { !$0.isBinary }.sorted { $0.path < $1.path },
                  binaryChanges: resolved.filter(\.isBinary).sorted { $0.path < $1.path },
                  deletedFiles: deletedFiles, submodulesSkipped: submodulesSkipped, deltaCount: deltaCount)
    }
}

extension Repository {
    /// Reads one pending change's blobs: a binary file is named without hunks, a text file
    /// gets the lines it adds (all of them when it is new or changes type).
    public func resolve(_ change: PendingChange) throws -> FileChange {
        let new = change.new
        let content = try blobContent(new.id)
        let renamed = change.status == .renamed
        let mode = FileMode(gitMode: UInt16(new.mode))
        if TreeWalk.looksBinary(content) {
            return FileChange(path: change.path, oldPath: renamed ? change.oldPath : nil, status: change.status,
                              mode: mode, newBlob: new.id, newSize: content.count, hunks: [], isBinary: true)
        }
        let hunks: [Hunk]
        if let old = change.old, old.isBlob, (old.mode == GIT_FILEMODE_LINK.rawValue) == (new.mode == GIT_FILEMODE_LINK.rawValue) {
            hunks = old.id == new.id ? [] : try addedHunks(from: old.id, to: new.id)
        } else {
            hunks = Hunk.wholeFile(content)
        }
        return FileChange(path: change.path, oldPath: renamed ? change.oldPath : nil, status: change.status,
                          mode: mode, newBlob: new.id, newSize: content.count, hunks: hunks)
    }
}

extension Hunk {
    /// Every line of a new file as one hunk (a final line without a newline counts).
    static func wholeFile(_ content: [UInt8]) -> [Hunk] {
        guard !content.isEmpty else { return [] }
        var lines = content.withUnsafeBufferPointer { bytes in
            var count = 0
            for byte in bytes where byte == 0x0A { count &+= 1 }
            return count
        }
        if content.last != 0x0A { lines += 1 }
        return [Hunk(newStart: 1, newCount: lines, addedLines: Array(1...lines))]
    }
}

extension Repository {
    /// The added lines of `new` relative to `old`, from libgit2's blob diff (no context).
    func addedHunks(from old: ObjectID, to new: ObjectID) throws -> [Hunk] {
        var oldID = old.oid, newID = new.oid
        let handle = try blobHandle()
        var oldBlob: OpaquePointer?, newBlob: OpaquePointer?
        try GitError.check(git_blob_lookup(&oldBlob, handle, &oldID), "git_blob_lookup")
        defer { git_blob_free(oldBlob) }
        try GitError.check(git_blob_lookup(&newBlob, handle, &newID), "git_blob_lookup")
        defer { git_blob_free(newBlob) }
        var options = git_diff_options()
        try GitError.check(git_diff_options_init(&options, UInt32(GIT_DIFF_OPTIONS_VERSION)), "git_diff_options_init")
        options.context_lines = 0
        options.interhunk_lines = 0
        options.flags = GIT_DIFF_FORCE_TEXT.rawValue
        var patch: OpaquePointer?
        try GitError.check(git_patch_from_blobs(&patch, oldBlob, nil, newBlob, nil, &options), "git_patch_from_blobs")
        defer { git_patch_free(patch) }
        guard let patch else { return [] }
        return try ChangeSet.addingHunks(patch)
    }
}
