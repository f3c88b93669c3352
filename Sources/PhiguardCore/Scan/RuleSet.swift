/// The rules in force for one repository: the built-in pack (or `--rules-dir`) with the
/// repository's `.phiguard.toml` (or `--config`) layered on top.
public struct RuleSet: Sendable {
    public let pack: RulePack
    public let configuration: Configuration

    /// - Parameters:
    ///   - workingDirectory: the work-tree root, where `.phiguard.toml` is looked for.
    /// - Parameter examples: keep the rules' triggers and near-misses (see `RulePack.builtIn`).
    public static func load(configPath: String?, workingDirectory: String?, rulesDirectory: String?,
                            examples: Bool = true) throws -> RuleSet {
        try RuleSet(configuration: configuration(configPath: configPath, workingDirectory: workingDirectory),
                    rulesDirectory: rulesDirectory, examples: examples)
    }

    /// The repository's configuration alone: enough to know a scan has nothing to do
    /// before the pack is loaded.
    static func configuration(configPath: String?, workingDirectory: String?) throws -> Configuration {
        if let configPath { return try Configuration.load(path: configPath, required: true) }
        if let workingDirectory {
            return try Configuration.load(path: workingDirectory + "/" + Configuration.fileName, required: false)
        }
        return Configuration()
    }

    init(configuration: Configuration, rulesDirectory: String?, examples: Bool) throws {
        self.configuration = configuration
        pack = try configuration.apply(to: RulePack.builtIn(directory: rulesDirectory, examples: examples))
    }

    init(pack: RulePack, configuration: Configuration) {
        self.pack = pack
        self.configuration = configuration
    }
}
