/// What to scan and with which settings: the CLI's flags, translated once.
public struct ScanRequest: Sendable {
    public enum Source: Sendable, Equatable {
        /// The index against HEAD: what `git commit` is about to record.
        case staged
        /// Every commit of a revision range (`A..B`) or a single revision, each against
        /// its first parent.
        case revisions(String)
    }

    public var source: Source
    /// A path inside the repository; nil discovers it from the environment and the
    /// current directory, as git does for hooks.
    public var repositoryPath: String?
    /// `--config`; nil means `.phiguard.toml` at the work-tree root, if present.
    public var configPath: String?
    /// `--rules-dir`: a rule directory that replaces the built-in pack.
    public var rulesDirectory: String?

    public init(source: Source, repositoryPath: String? = nil, configPath: String? = nil, rulesDirectory: String? = nil) {
        self.source = source
        self.repositoryPath = repositoryPath
        self.configPath = configPath
        self.rulesDirectory = rulesDirectory
    }
}
