internal import CLibGit2
#if canImport(Glibc)
import Glibc
#endif

/// The staged changes from git's index file against HEAD's tree, the way `git diff
/// --cached` finds them: a folder whose cache-tree id equals HEAD's is skipped whole, so
/// a typical commit reads a handful of trees instead of all of them. The changes are then
/// turned into hunks exactly as a range scan does (`TreeWalk.changeSet`), so the hook and
/// CI judge a commit alike.
extension Repository {
    /// nil when the fast path does not apply: an index `IndexFile` does not read, an
    /// unborn HEAD, or a change that deletes something (renames are libgit2's to find,
    /// by similarity). The caller then asks libgit2.
    func stagedChangesFromIndexFile() throws -> ChangeSet? {
        try pendingStagedChanges()?.resolved(with: self)
    }

    /// The staged changes before any blob is read, for resolving them on several threads
    /// (see `PendingChangeSet`); nil where only libgit2 can tell (see above), and the
    /// caller then uses `stagedChanges()`.
    public func pendingStagedChanges() throws -> PendingChangeSet? {
        guard !isHeadUnborn, let index = indexFileParsed() else { return nil }
        return try withHeadTree { tree in
            guard let tree else { return nil }
            var walk = IndexWalk(index: index, repository: pointer)
            guard try walk.compare(tree: tree, range: index.entries.indices, folder: []) else { return nil }
            return walk.changes.pendingChanges()
        }
    }

    /// Whether the index's cache-tree proves it records HEAD's tree; nil when its root is
    /// not valid (or the file does not read), and only libgit2 can tell.
    func indexFileMatchesHead() throws -> Bool? {
        guard let root = indexFileParsed()?.validTrees[[]]?.id else { return nil }
        return try ObjectID(root) == headTreeID()
    }

    /// The index file, parsed once while it stays the same file (inode, size, times).
    func indexFileParsed() -> IndexFile? {
        var info = stat()
        guard stat(indexPath, &info) == 0 else { return nil }
        let stamp = [Int(info.st_ino), Int(info.st_size), info.st_mtim.tv_sec, info.st_mtim.tv_nsec,
                     info.st_ctim.tv_sec, info.st_ctim.tv_nsec]
        if let known = parsedIndex.withLock({ $0 }), known.stamp == stamp { return known.file }
        let file = IndexFile.read(path: indexPath)
        parsedIndex.withLock { $0 = (stamp, file) }
        return file
    }

    /// The index a commit would be made from: `GIT_INDEX_FILE`'s, else this work tree's.
    var indexPath: String { indexFile ?? gitDirectory + "/index" }
}

/// HEAD's tree walked against the index entries, folder by folder, as a merge of two
/// sorted lists (git sorts both by name, a folder's name followed by "/").
struct IndexWalk {
    let index: IndexFile
    let repository: OpaquePointer
    var changes = TreeWalk()

    /// Records the entries of `range` (all below `folder`) that differ from `tree`; false
    /// when `tree` holds something the index does not (a deletion), or a file and a
    /// folder swapped places.
    mutating func compare(tree: OpaquePointer?, range: Range<Int>, folder: [UInt8]) throws -> Bool {
        if let tree, var cached = index.validTrees[folder], git_oid_equal(&cached.id, git_tree_id(tree)) == 1 { return true }
        let entries = index.entries
        let base = folder.isEmpty ? 0 : folder.count + 1
        let treeCount = tree.map { git_tree_entrycount($0) } ?? 0
        var treePosition = 0
        var position = range.lowerBound
        while position < range.upperBound {
            let path = entries.path(at: position)
            let bytes = UnsafeBufferPointer(rebasing: path)
            let slash: Int? = base < bytes.count
                ? memchr(bytes.baseAddress! + base, Int32(UInt8(ascii: "/")), bytes.count - base)
                    .map { path.startIndex + (UnsafeRawPointer($0) - UnsafeRawPointer(bytes.baseAddress!)) }
                : nil
            let name = path[(path.startIndex + base)..<(slash ?? path.endIndex)]
            // Tree entries that sort before this one are not in the index: deleted.
            var child: OpaquePointer?
            if treePosition < treeCount, let tree {
                let candidate = git_tree_entry_byindex(tree, treePosition)!
                switch Self.order(candidate, name, isFolder: slash != nil) {
                case .lessThan: return false
                case .equal: child = candidate; treePosition += 1
                case .greaterThan: break
                }
            }
            if let slash {
                // A subfolder: its entries are the run that shares `path[...slash]`.
                let prefix = path[...slash]
                let subfolder = Array(path[..<slash])
                if let child, let next = unchangedRun(of: subfolder, matching: child, from: position, in: range) {
                    position = next
                    continue
                }
                var next = position + 1
                while next < range.upperBound, Self.hasPrefix(entries.path(at: next), UnsafeBufferPointer(rebasing: prefix)) { next += 1 }
                var subtree: OpaquePointer?
                defer { git_tree_free(subtree) }
                if let child {
                    try GitError.check(git_tree_lookup(&subtree, repository, git_tree_entry_id(child)), "git_tree_lookup")
                }
                guard try compare(tree: subtree, range: position..<next, folder: subfolder) else { return false }
                position = next
                continue
            }
            let entry = entries[position]
            var id = entry.id
            position += 1
            if let child, git_oid_equal(&id, git_tree_entry_id(child)) == 1, git_tree_entry_filemode(child).rawValue == entry.mode {
                continue
            }
            let staged = TreeSide(id: ObjectID(id), mode: entry.mode, sizeHint: Int(entry.size))
            if let child {
                changes.modified.append((String(decoding: path, as: UTF8.self), TreeSide(child), staged))
            } else {
                changes.added.append((String(decoding: path, as: UTF8.self), staged))
            }
        }
        return treePosition == treeCount
    }

    /// Where the entries of `folder` end, when the cache-tree records the folder as valid
    /// with the id HEAD's tree has for it: then nothing below changed, and neither the
    /// subtree nor the folder's entries need reading (a real commit's walk spent most of
    /// its time finding those runs and loading those trees). The recorded entry count is
    /// checked against the sorted entries, the last inside the folder and the next outside,
    /// so a count that does not fit sends the folder through the full comparison instead.
    private func unchangedRun(of folder: [UInt8], matching child: OpaquePointer, from position: Int,
                              in range: Range<Int>) -> Int? {
        guard var cached = index.validTrees[folder], git_oid_equal(&cached.id, git_tree_entry_id(child)) == 1 else { return nil }
        let count = cached.entryCount
        guard count > 0, count <= range.upperBound - position else { return nil }
        let prefix = folder + [UInt8(ascii: "/")]
        let end = position + count
        return prefix.withUnsafeBufferPointer { prefix in
            Self.hasPrefix(index.entries.path(at: end - 1), prefix)
                && (end == range.upperBound || !Self.hasPrefix(index.entries.path(at: end), prefix)) ? end : nil
        }
    }

    /// Whether `path` lies below the folder `prefix` (which ends in "/").
    private static func hasPrefix(_ path: IndexFile.Path, _ prefix: UnsafeBufferPointer<UInt8>) -> Bool {
        path.count > prefix.count && memcmp(path.base.baseAddress! + path.startIndex, prefix.baseAddress!, prefix.count) == 0
    }

    /// How a tree entry sorts against an index name, both compared the way git sorts
    /// trees: a folder's name as if followed by "/".
    private static func order(_ entry: OpaquePointer, _ name: IndexFile.Path, isFolder: Bool) -> Comparison {
        let slash = UInt8(ascii: "/")
        let entryName = git_tree_entry_name(entry)!
        let entryLength = strlen(entryName)
        let leftCount = entryLength + (git_tree_entry_filemode(entry) == GIT_FILEMODE_TREE ? 1 : 0)
        let rightCount = name.count + (isFolder ? 1 : 0)
        let right = UnsafeBufferPointer(rebasing: name)
        // The common part of the two real names in one memcmp (this runs for every entry
        // of every folder the walk enters); a trailing "/" only then.
        let common = min(entryLength, right.count)
        if common > 0 {
            let order = memcmp(entryName, right.baseAddress!, common)
            if order != 0 { return order < 0 ? .lessThan : .greaterThan }
        }
        for offset in common..<min(leftCount, rightCount) {
            let l = offset < entryLength ? UInt8(bitPattern: entryName[offset]) : slash
            let r = offset < right.count ? right[offset] : slash
            if l != r { return l < r ? .lessThan : .greaterThan }
        }
        return leftCount == rightCount ? .equal : leftCount < rightCount ? .lessThan : .greaterThan
    }

    private enum Comparison { case lessThan, equal, greaterThan }
}
