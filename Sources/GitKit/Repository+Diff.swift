internal import CLibGit2

extension Repository {
    /// What `git commit` would record: HEAD's tree (the empty tree while HEAD is unborn) against
    /// the index, read from index and object database only, so partial staging is exact. When
    /// `GIT_INDEX_FILE` was set at open time (git sets it for `commit -a` and `commit <paths>`),
    /// that index is used.
    public func stagedChanges() throws -> ChangeSet {
        if let fast = try stagedChangesFromIndexFile() { return fast }
        return try stagedChangesFromLibgit2()
    }

    /// libgit2's index-to-tree diff with rename detection: the reference the fast path is
    /// tested against, and the path for every index shape the fast path leaves to it.
    func stagedChangesFromLibgit2() throws -> ChangeSet {
        try withIndex { index in
            try withHeadTree { headTree in
                var options = try Self.diffOptions()
                var diff: OpaquePointer?
                try GitError.check(
                    git_diff_tree_to_index(&diff, pointer, headTree, index, &options), "git_diff_tree_to_index")
                defer { git_diff_free(diff) }
                return try ChangeSet(diff: diff, repository: pointer, options: options)
            }
        }
    }

    /// True when the index records a different tree than HEAD (the empty tree while unborn): the
    /// safety net that turns "the staged scan read nothing, yet something is staged" into an error.
    public func indexDiffersFromHead() throws -> Bool {
        if let matches = try indexFileMatchesHead() { return !matches }
        return try indexTreeID() != headTreeID()
    }

    /// The tree the next commit would record. Writes the index's tree objects into the object
    /// database, as `git commit` is about to.
    public func indexTreeID() throws -> ObjectID {
        try withIndex { index in
            var indexTree = git_oid()
            try GitError.check(git_index_write_tree_to(&indexTree, index, pointer), "git_index_write_tree_to")
            return ObjectID(indexTree)
        }
    }

    /// HEAD's tree; the empty tree while HEAD is unborn.
    public func headTreeID() throws -> ObjectID {
        try withHeadTree { tree in tree.flatMap { git_tree_id($0) }.map { ObjectID($0.pointee) } } ?? .emptyTree
    }

    /// The index a commit would be made from: `GIT_INDEX_FILE`'s if it was set at open time,
    /// else the repository's own, re-read if the file changed since this repository last read it.
    func withIndex<T>(_ body: (OpaquePointer?) throws -> T) throws -> T {
        var index: OpaquePointer?
        if let indexFile {
            try GitError.check(git_index_open(&index, indexFile), "git_index_open")
            defer { git_index_free(index) }
            return try body(index)
        }
        try GitError.check(git_repository_index(&index, pointer), "git_repository_index")
        defer { git_index_free(index) }
        try GitError.check(git_index_read(index, 0), "git_index_read")
        return try body(index)
    }

    /// HEAD's tree, or `nil` while HEAD is unborn (libgit2 reads a `nil` tree as the empty tree).
    func withHeadTree<T>(_ body: (OpaquePointer?) throws -> T) throws -> T {
        var head: OpaquePointer?
        let result = git_repository_head(&head, pointer)
        if result == GIT_EUNBORNBRANCH.rawValue {
            git_error_clear()
            return try body(nil)
        }
        try GitError.check(result, "git_repository_head")
        defer { git_reference_free(head) }
        var tree: OpaquePointer?
        try GitError.check(git_reference_peel(&tree, head, GIT_OBJECT_TREE), "git_reference_peel")
        defer { git_object_free(tree) }
        return try body(tree)
    }

    /// The diff every scan uses: no context (only added lines matter), no merging of nearby
    /// hunks, submodules ignored, type changes kept as one delta, and nothing from the work tree.
    private static func diffOptions() throws -> git_diff_options {
        var options = git_diff_options()
        try GitError.check(git_diff_options_init(&options, UInt32(GIT_DIFF_OPTIONS_VERSION)), "git_diff_options_init")
        // Submodules stay in the diff (a moved gitlink is a delta, counted and skipped by
        // the caller) so that "the diff is empty" really means "nothing is staged"; only
        // their work trees are ignored, which a tree/index diff never reads anyway.
        // FORCE_TEXT: whether a file is text is decided from its content (see
        // `ChangeSet.withPatch`), never by a `-diff` or `binary` attribute in a
        // .gitattributes that the same commit can add.
        options.flags = GIT_DIFF_INCLUDE_TYPECHANGE.rawValue | GIT_DIFF_FORCE_TEXT.rawValue
        options.ignore_submodules = GIT_SUBMODULE_IGNORE_DIRTY
        options.context_lines = 0
        options.interhunk_lines = 0
        return options
    }
}
