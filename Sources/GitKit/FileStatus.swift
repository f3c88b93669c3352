/// How a file whose new side is scanned came to differ from the old side. Deleted files are
/// not here on purpose: they add no lines, so `ChangeSet` only counts them.
public enum FileStatus: String, Sendable {
    /// New in this change (every line is added).
    case added
    /// Edited in place.
    case modified
    /// Moved, possibly with edits; `FileChange.oldPath` says from where.
    case renamed
    /// Copied from another path, possibly with edits; `FileChange.oldPath` says from where.
    case copied
    /// Changed kind (for example a regular file became a symlink).
    case typeChanged
}
