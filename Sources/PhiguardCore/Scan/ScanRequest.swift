/// What to scan and with which settings: the CLI's flags, translated once.
public struct ScanRequest: Sendable {
    public enum Source: Sendable, Equatable {
        /// The index against HEAD: what `git commit` is about to record.
        case staged
        /// Every selected commit, each against its first parent.
        case commits(CommitSelection)
        /// Content that is not in git yet (an editor buffer, an AI agent's file write), as
        /// if it were a new file at `path`: every line counts as added.
        case content(path: String, bytes: [UInt8])
        /// A commit message (the commit-msg hook): only secret and PHI rules apply.
        case message(text: String)

        /// A revision range (`A..B`) or a single revision.
        public static func revisions(_ spec: String) -> Source { .commits(CommitSelection(range: spec)) }
    }

    public var source: Source
    /// A path inside the repository; nil discovers it from the environment and the
    /// current directory, as git does for hooks.
    public var repositoryPath: String?
    /// `--config`; nil means `.phiguard.toml` at the work-tree root, if present.
    public var configPath: String?
    /// `--rules-dir`: a rule directory that replaces the built-in pack.
    public var rulesDirectory: String?

    /// `PHIGUARD_OVERRIDE='<rule-id>: <reason>'` (one per line), for clients that cannot
    /// run `phiguard override`; applies to staged scans only.
    public var environmentOverride: String?
    /// `--fail-on-unused-overrides`: a trailer or inline allow that matches nothing blocks.
    public var failOnUnusedOverrides: Bool
    /// Worker threads for commit scans and large staged changes; nil uses every core.
    public var jobs: Int?
    /// Called with (commits done, total) during commit scans, from worker threads.
    public var progress: (@Sendable (Int, Int) -> Void)?

    public init(source: Source, repositoryPath: String? = nil, configPath: String? = nil, rulesDirectory: String? = nil,
                environmentOverride: String? = nil, failOnUnusedOverrides: Bool = false) {
        self.source = source
        self.repositoryPath = repositoryPath
        self.configPath = configPath
        self.rulesDirectory = rulesDirectory
        self.environmentOverride = environmentOverride
        self.failOnUnusedOverrides = failOnUnusedOverrides
    }
}

/// Which commits a commit scan covers. `range` is `A..B` (reachable from B, not from A) or
/// one revision; `all` is the history of HEAD; `branches` every local branch; `since`
/// keeps commits authored at or after a UTC date. Merge commits are skipped unless
/// `merges` (then scanned against their first parent).
public struct CommitSelection: Sendable, Equatable {
    public var range: String?
    public var all: Bool
    public var branches: Bool
    public var since: String?
    public var merges: Bool
    /// Extra tips and exclusions (the pre-push hook: the pushed commit, minus everything
    /// any remote already has).
    public var include: [String]
    public var exclude: [String]
    public var excludeRemoteTracking: Bool

    public init(range: String? = nil, all: Bool = false, branches: Bool = false, since: String? = nil, merges: Bool = false,
                include: [String] = [], exclude: [String] = [], excludeRemoteTracking: Bool = false) {
        self.range = range
        self.all = all
        self.branches = branches
        self.since = since
        self.merges = merges
        self.include = include
        self.exclude = exclude
        self.excludeRemoteTracking = excludeRemoteTracking
    }
}
