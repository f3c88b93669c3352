internal import CLibGit2

extension Repository {
    /// The commits a CI or pre-push scan should check, oldest first (topological, parents
    /// before children): `A..B` is every commit reachable from B but not from A; anything else
    /// is one revision in any form git understands (branch, tag, `HEAD~3`, abbreviated id).
    /// `A...B` is refused: a symmetric difference has no single "new" side to scan.
    public func commits(inRange spec: String) throws -> [CommitInfo] {
        if spec.contains("...") {
            throw GitError.invalid(
                "'\(spec)': symmetric ranges (A...B) are not supported; use A..B", "Repository.commits(inRange:)")
        }
        guard spec.contains("..") else { return [try commit(spec)] }

        var walk: OpaquePointer?
        try GitError.check(git_revwalk_new(&walk, pointer), "git_revwalk_new")
        defer { git_revwalk_free(walk) }
        let order = GIT_SORT_TOPOLOGICAL.rawValue | GIT_SORT_REVERSE.rawValue
        try GitError.check(git_revwalk_sorting(walk, order), "git_revwalk_sorting")
        try GitError.check(git_revwalk_push_range(walk, spec), "git_revwalk_push_range")
        var commits: [CommitInfo] = []
        var id = git_oid()
        while true {
            let result = git_revwalk_next(&id, walk)
            if result == GIT_ITEROVER.rawValue {
                git_error_clear()
                break
            }
            try GitError.check(result, "git_revwalk_next")
            commits.append(try lookUpCommit(id))
        }
        return commits
    }

    /// Commit ids reachable from `include` (revisions) or `includeRefs` (ref globs under
    /// `refs/`, e.g. `heads` for every local branch) and from none of `exclude` /
    /// `excludeRefs` (`remotes` for everything already on a remote), oldest first. Only ids,
    /// so a walk over a long history stays small; look each commit up when it is scanned.
    public func commitIDs(include: [String] = [], includeRefs: [String] = [], exclude: [String] = [],
                          excludeRefs: [String] = []) throws -> [ObjectID] {
        var walk: OpaquePointer?
        try GitError.check(git_revwalk_new(&walk, pointer), "git_revwalk_new")
        defer { git_revwalk_free(walk) }
        let order = GIT_SORT_TOPOLOGICAL.rawValue | GIT_SORT_REVERSE.rawValue
        try GitError.check(git_revwalk_sorting(walk, order), "git_revwalk_sorting")
        for revision in include {
            var id = try commit(revision).id.oid
            try GitError.check(git_revwalk_push(walk, &id), "git_revwalk_push")
        }
        for glob in includeRefs { try GitError.check(git_revwalk_push_glob(walk, glob), "git_revwalk_push_glob") }
        for revision in exclude {
            var id = try commit(revision).id.oid
            try GitError.check(git_revwalk_hide(walk, &id), "git_revwalk_hide")
        }
        for glob in excludeRefs { try GitError.check(git_revwalk_hide_glob(walk, glob), "git_revwalk_hide_glob") }
        var ids: [ObjectID] = []
        var id = git_oid()
        while true {
            let result = git_revwalk_next(&id, walk)
            if result == GIT_ITEROVER.rawValue {
                git_error_clear()
                return ids
            }
            try GitError.check(result, "git_revwalk_next")
            ids.append(ObjectID(id))
        }
    }

    /// The commit with this id.
    public func commit(id: ObjectID) throws -> CommitInfo {
        try lookUpCommit(id.oid)
    }

    /// One revision, peeled to its commit (so an annotated tag names its target).
    public func commit(_ revision: String) throws -> CommitInfo {
        var object: OpaquePointer?
        try GitError.check(git_revparse_single(&object, pointer, revision), "git_revparse_single")
        defer { git_object_free(object) }
        var commit: OpaquePointer?
        try GitError.check(git_object_peel(&commit, object, GIT_OBJECT_COMMIT), "git_object_peel")
        defer { git_object_free(commit) }
        return try CommitInfo(commit: commit)
    }

    /// The root commit reached from HEAD by first parents, which stays fixed for the life of a
    /// history and so can key fingerprints per project; `nil` while HEAD is unborn.
    public func rootCommitID() throws -> ObjectID? {
        let unborn = git_repository_head_unborn(pointer)
        try GitError.check(unborn, "git_repository_head_unborn")
        guard unborn == 0 else { return nil }
        var walk: OpaquePointer?
        try GitError.check(git_revwalk_new(&walk, pointer), "git_revwalk_new")
        defer { git_revwalk_free(walk) }
        try GitError.check(git_revwalk_simplify_first_parent(walk), "git_revwalk_simplify_first_parent")
        try GitError.check(git_revwalk_push_head(walk), "git_revwalk_push_head")
        var id = git_oid()
        var root: ObjectID?
        while true {
            let result = git_revwalk_next(&id, walk)
            if result == GIT_ITEROVER.rawValue {
                git_error_clear()
                return root
            }
            try GitError.check(result, "git_revwalk_next")
            root = ObjectID(id)
        }
    }

    private func lookUpCommit(_ id: git_oid) throws -> CommitInfo {
        var id = id
        var commit: OpaquePointer?
        try GitError.check(git_commit_lookup(&commit, pointer, &id), "git_commit_lookup")
        defer { git_commit_free(commit) }
        return try CommitInfo(commit: commit)
    }
}

extension CommitInfo {
    /// Copies what a scan needs out of a `git_commit`, which the caller keeps ownership of.
    init(commit: OpaquePointer?) throws {
        guard let id = git_commit_id(commit) else { throw GitError.missingResult("git_commit_id") }
        guard let summary = git_commit_summary(commit) else { throw GitError.missingResult("git_commit_summary") }
        guard let author = git_commit_author(commit) else { throw GitError.missingResult("git_commit_author") }
        let parents = (0..<git_commit_parentcount(commit)).compactMap { git_commit_parent_id(commit, $0) }
        self.init(
            id: ObjectID(id.pointee),
            parents: parents.map { ObjectID($0.pointee) },
            summary: String(cString: summary),
            message: git_commit_message(commit).map { String(cString: $0) } ?? "",
            authorName: author.pointee.name.map { String(cString: $0) } ?? "",
            authorEmail: author.pointee.email.map { String(cString: $0) } ?? "",
            time: author.pointee.when.time)
    }
}
