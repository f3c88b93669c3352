import ArgumentParser
import PhiguardCore

struct RulesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "rules",
        abstract: "List the active rules (id, category, severity, HIPAA citation), or prove them with --test.")

    @Flag(name: .long, help: "Run every active rule's own examples (triggers and near-misses); exit 1 if any fails.")
    var test = false

    @OptionGroup var repository: RepositoryOptions

    enum Format: String, ExpressibleByArgument { case text, json, markdown }

    @Option(name: .long, help: "Output format: text, json or markdown (RULES.md).")
    var format: Format = .text

    func run() throws {
        let rules = try RuleCatalog.load(repositoryPath: repository.repo, configPath: repository.config,
                                         rulesDirectory: repository.rulesDirectory)
        if test {
            var failed = 0
            for rule in rules {
                let problems = RuleVerifier.problems(with: rule)
                if problems.isEmpty { continue }
                failed += 1
                FileHandleOutput.standardOutput.write("FAIL \(rule.id)\n" + problems.map { "  - \($0)\n" }.joined())
            }
            FileHandleOutput.standardOutput.write("\(rules.count - failed) passed, \(failed) failed\n")
            if failed > 0 { throw ExitCode(1) }
            return
        }
        switch format {
        case .text: FileHandleOutput.standardOutput.write(RuleCatalog.text(rules))
        case .json: FileHandleOutput.standardOutput.write(RuleCatalog.json(rules))
        case .markdown: FileHandleOutput.standardOutput.write(RuleDocumentation.markdown(rules))
        }
    }
}
