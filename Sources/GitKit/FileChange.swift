/// A changed file whose new side can be scanned: where it is, how it changed, and which of its
/// lines are new, with the blob id so the text comes from the index or commit, never the disk.
public struct FileChange: Sendable {
    /// Repository-relative, `/`-separated path of the new side. Git paths are bytes; any that
    /// are not valid UTF-8 are decoded with U+FFFD replacements, so treat this as a label.
    public let path: String
    /// The path the file was renamed or copied from; `nil` for every other status.
    public let oldPath: String?
    /// How the file changed.
    public let status: FileStatus
    /// The new side's kind.
    public let mode: FileMode
    /// The new side's blob: the index entry for staged changes, the tree entry for commits.
    /// Read it with `Repository.blobContent(_:)`; the working tree may hold something else.
    public let newBlob: ObjectID
    /// Size of the new blob in bytes, so callers can skip huge or minified files before reading.
    public let newSize: Int
    /// The hunks that add lines, in file order; empty for pure renames and mode-only changes.
    public let hunks: [Hunk]
    /// Whether git would call the new side binary (it then has no hunks, and a change set
    /// lists it among `binaryChanges`).
    public let isBinary: Bool

    /// Total number of added lines across all hunks, for summaries.
    public var addedLineCount: Int { hunks.reduce(0) { $0 + $1.addedLines.count } }

    /// Builds a change by hand, for callers' tests that need a change without a repository.
    public init(
        path: String, oldPath: String?, status: FileStatus, mode: FileMode,
        newBlob: ObjectID, newSize: Int, hunks: [Hunk], isBinary: Bool = false
    ) {
        self.path = path
        self.oldPath = oldPath
        self.status = status
        self.mode = mode
        self.newBlob = newBlob
        self.newSize = newSize
        self.hunks = hunks
        self.isBinary = isBinary
    }
}
