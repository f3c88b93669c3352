internal import CLibGit2

/// The kind of a file's new side, so the scanner can treat a symlink's target path differently
/// from file content. Submodules (gitlinks) never reach callers; they are skipped and counted.
public enum FileMode: Sendable {
    /// An ordinary, non-executable file (git mode 100644).
    case regular
    /// An executable file (git mode 100755).
    case executable
    /// A symbolic link, whose "content" is the target path (git mode 120000).
    case symlink
}

extension FileMode {
    /// Maps git's octal mode; anything that is not executable or a symlink reads as regular.
    init(gitMode: UInt16) {
        switch UInt32(gitMode) {
        case GIT_FILEMODE_BLOB_EXECUTABLE.rawValue: self = .executable
        case GIT_FILEMODE_LINK.rawValue: self = .symlink
        default: self = .regular
        }
    }
}
