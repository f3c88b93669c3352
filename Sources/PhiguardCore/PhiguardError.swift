/// Every failure of phiguard's own making: configuration, the rule pack, hooks, usage.
/// (libgit2 failures arrive as `GitError`.) The CLI maps all of them to exit code 2, and
/// the messages are short lower-case clauses that never quote scanned content.
public enum PhiguardError: Error, Equatable, Sendable {
    /// A `.phiguard.toml` (or rule file) could not be read or parsed; `path` names it.
    case configuration(path: String, reason: String)
    /// A rule is malformed: bad category, missing examples, a pattern that does not compile.
    case invalidRule(id: String, reason: String)
    /// The built-in rule pack could not be found next to the executable.
    case builtInPackMissing(searched: [String])
    /// Installing or removing git hooks failed.
    case hookInstallation(reason: String)
    /// The request itself is contradictory or incomplete (a flag combination, an empty range).
    case usage(String)
    /// The repository is in a state the command cannot work with (bare repo for `--staged`, ...).
    case repository(String)
    /// A consistency check failed: refusing to report a pass we cannot stand behind.
    case internalInconsistency(String)
}

extension PhiguardError: CustomStringConvertible {
    public var description: String {
        switch self {
        case let .configuration(path, reason): return "\(path): \(reason)"
        case let .invalidRule(id, reason): return "rule \(id): \(reason)"
        case let .builtInPackMissing(searched):
            return "built-in rule pack not found (looked in \(searched.joined(separator: ", "))); reinstall with ./install.sh"
        case let .hookInstallation(reason): return "cannot install hooks: \(reason)"
        case let .usage(text): return text
        case let .repository(text): return text
        case let .internalInconsistency(text): return "internal check failed: \(text)"
        }
    }
}
