internal import CLibGit2

extension ChangeSet {
    /// Copies a `git_diff` into values, after rename detection, one delta at a time through
    /// `git_patch_from_diff`; the diff itself stays owned (and freed) by the caller.
    /// `repository` and `options` are needed again for type changes (see `withPatch`).
    init(diff: OpaquePointer?, repository: OpaquePointer, options: git_diff_options) throws {
        var findOptions = git_diff_find_options()
        try GitError.check(
            git_diff_find_options_init(&findOptions, UInt32(GIT_DIFF_FIND_OPTIONS_VERSION)), "git_diff_find_options_init")
        findOptions.flags = GIT_DIFF_FIND_RENAMES.rawValue
        try GitError.check(git_diff_find_similar(diff, &findOptions), "git_diff_find_similar")

        var files: [FileChange] = []
        var binaryFiles: [FileChange] = []
        var deletedFiles = 0
        var submodulesSkipped = 0
        let deltaCount = git_diff_num_deltas(diff)
        for index in 0..<deltaCount {
            guard let delta = git_diff_get_delta(diff, index) else { throw GitError.missingResult("git_diff_get_delta") }
            let path = delta.pointee.new_file.path.map { String(cString: $0) } ?? ""
            let status: FileStatus
            switch delta.pointee.status {
            case GIT_DELTA_DELETED:
                deletedFiles += 1
                continue
            case GIT_DELTA_UNMODIFIED:
                continue
            case GIT_DELTA_ADDED: status = .added
            case GIT_DELTA_MODIFIED: status = .modified
            case GIT_DELTA_RENAMED: status = .renamed
            case GIT_DELTA_COPIED: status = .copied
            case GIT_DELTA_TYPECHANGE: status = .typeChanged
            case GIT_DELTA_CONFLICTED:
                throw GitError.invalid(
                    "'\(path)' is unmerged; resolve the conflict and stage the result first", "Repository.stagedChanges()")
            default:
                let code = delta.pointee.status.rawValue
                throw GitError.invalid("'\(path)' has unexpected diff status \(code)", "git_diff_get_delta")
            }
            if UInt32(delta.pointee.new_file.mode) == GIT_FILEMODE_COMMIT.rawValue {
                submodulesSkipped += 1
                continue
            }

            // A binary file (by its content, as everywhere else) is named, not scanned.
            let file = try Self.withPatch(
                diff: diff, index: index, repository: repository, options: options
            ) { patch, binary, size -> FileChange in
                let newFile = delta.pointee.new_file
                let renamedOrCopied = status == .renamed || status == .copied
                return FileChange(
                    path: path,
                    oldPath: renamedOrCopied ? delta.pointee.old_file.path.map { String(cString: $0) } : nil,
                    status: status,
                    mode: FileMode(gitMode: newFile.mode),
                    newBlob: ObjectID(newFile.id),
                    newSize: size,
                    hunks: binary ? [] : try patch.map(Self.addingHunks) ?? [], isBinary: binary)
            }
            if file.isBinary { binaryFiles.append(file) } else { files.append(file) }
        }
        self.init(
            files: files, binaryChanges: binaryFiles, deletedFiles: deletedFiles,
            submodulesSkipped: submodulesSkipped, deltaCount: deltaCount)
    }

    /// Hands `body` the patch of delta `index` (possibly `nil`: libgit2 makes none for an
    /// unchanged side, and none is made for binary content), whether the new side is
    /// binary, and its size. Binary is `TreeWalk.looksBinary`, as for staged and range
    /// scans. libgit2 would also take a `-diff` or `binary` attribute for it, which let a
    /// commit that adds `*.py -diff` to .gitattributes (and deletes a file, which sends the
    /// staged scan here) pass its Python unread.
    ///
    /// libgit2 1.5.1 gives a type change (symlink <-> file) an empty patch, which would let a
    /// symlink replaced by a file full of secrets pass unread. For those the new blob is diffed
    /// against nothing instead, so every line of the new side counts as added.
    private static func withPatch<T>(
        diff: OpaquePointer?, index: Int, repository: OpaquePointer, options: git_diff_options,
        _ body: (_ patch: OpaquePointer?, _ binary: Bool, _ size: Int) throws -> T
    ) throws -> T {
        guard let delta = git_diff_get_delta(diff, index) else { throw GitError.missingResult("git_diff_get_delta") }
        var id = delta.pointee.new_file.id
        var blob: OpaquePointer?
        try GitError.check(git_blob_lookup(&blob, repository, &id), "git_blob_lookup")
        defer { git_blob_free(blob) }
        let content = UnsafeRawBufferPointer(start: git_blob_rawcontent(blob), count: Int(git_blob_rawsize(blob)))
        if TreeWalk.looksBinary(content) { return try body(nil, true, content.count) }
        var patch: OpaquePointer?
        if delta.pointee.status == GIT_DELTA_TYPECHANGE {
            var options = options
            try GitError.check(
                git_patch_from_blobs(&patch, nil, nil, blob, delta.pointee.new_file.path, &options), "git_patch_from_blobs")
            defer { git_patch_free(patch) }
            return try body(patch, false, content.count)
        }
        try GitError.check(git_patch_from_diff(&patch, diff, index), "git_patch_from_diff")
        defer { git_patch_free(patch) }
        return try body(patch, false, content.count)
    }

    /// The hunks of one patch that add lines, with the new-side number of every `+` line. The
    /// "no newline at end of file" markers are not lines and are skipped; the last line itself
    /// is an ordinary addition.
    static func addingHunks(_ patch: OpaquePointer) throws -> [Hunk] {
        var hunks: [Hunk] = []
        let addition = CChar(truncatingIfNeeded: GIT_DIFF_LINE_ADDITION.rawValue)
        for hunkIndex in 0..<git_patch_num_hunks(patch) {
            var hunk: UnsafePointer<git_diff_hunk>?
            var lineCount = 0
            try GitError.check(git_patch_get_hunk(&hunk, &lineCount, patch, hunkIndex), "git_patch_get_hunk")
            guard let hunk else { throw GitError.missingResult("git_patch_get_hunk") }
            var added: [Int] = []
            for lineIndex in 0..<lineCount {
                var line: UnsafePointer<git_diff_line>?
                try GitError.check(
                    git_patch_get_line_in_hunk(&line, patch, hunkIndex, lineIndex), "git_patch_get_line_in_hunk")
                guard let line else { throw GitError.missingResult("git_patch_get_line_in_hunk") }
                if line.pointee.origin == addition { added.append(Int(line.pointee.new_lineno)) }
            }
            if !added.isEmpty {
                hunks.append(Hunk(
                    newStart: Int(hunk.pointee.new_start), newCount: Int(hunk.pointee.new_lines), addedLines: added))
            }
        }
        return hunks
    }
}
