/// Everything a diff yielded, including what was skipped, so the caller can say exactly what it
/// scanned and never pass silently over something it could not read.
public struct ChangeSet: Sendable {
    /// Text files whose new side exists (not deleted), in path order, including those with no
    /// added lines (pure renames, mode changes, deletions of lines only).
    public let files: [FileChange]
    /// Added or modified files that libgit2 classed as binary (a NUL byte, a `binary`
    /// attribute, or larger than libgit2's diff limit), without hunks. Not scanned line by
    /// line, but named — and a caller may still judge them by type or extract their text.
    public let binaryChanges: [FileChange]
    /// Their new-side paths.
    public var binaryFiles: [String] { binaryChanges.map(\.path) }
    /// Number of deleted files; they add no lines, so they are only counted.
    public let deletedFiles: Int
    /// Number of submodule (gitlink) entries skipped; their content lives in another repository.
    public let submodulesSkipped: Int
    /// Number of deltas libgit2 produced (after rename detection) before any filtering, so a
    /// caller can check that files + binaries + deletions + submodules account for all of them.
    public let deltaCount: Int

    /// Builds a change set by hand, for callers' tests that need one without a repository.
    public init(files: [FileChange], binaryChanges: [FileChange], deletedFiles: Int, submodulesSkipped: Int, deltaCount: Int) {
        self.files = files
        self.binaryChanges = binaryChanges
        self.deletedFiles = deletedFiles
        self.submodulesSkipped = submodulesSkipped
        self.deltaCount = deltaCount
    }
}
