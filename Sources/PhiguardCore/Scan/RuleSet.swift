/// The rules in force for one repository: the built-in pack (or `--rules-dir`) with the
/// repository's `.phiguard.toml` (or `--config`) layered on top.
public struct RuleSet: Sendable {
    public let pack: RulePack
    public let configuration: Configuration

    /// - Parameters:
    ///   - workingDirectory: the work-tree root, where `.phiguard.toml` is looked for.
    public static func load(configPath: String?, workingDirectory: String?, rulesDirectory: String?) throws -> RuleSet {
        let configuration: Configuration
        if let configPath {
            configuration = try Configuration.load(path: configPath, required: true)
        } else if let workingDirectory {
            configuration = try Configuration.load(path: workingDirectory + "/" + Configuration.fileName, required: false)
        } else {
            configuration = Configuration()
        }
        let pack = try configuration.apply(to: RulePack.builtIn(directory: rulesDirectory))
        return RuleSet(pack: pack, configuration: configuration)
    }
}
