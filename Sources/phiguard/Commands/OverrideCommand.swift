import ArgumentParser
import PhiguardCore

struct OverrideCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "override",
        abstract: "Allow the findings the last blocked commit reported, for the next commit, with a recorded reason.",
        discussion: """
            The bypass is bound to the findings' fingerprints: a new finding of the same rule is still blocked. \
            It expires after the next commit or after one hour. The commit carries a Phiguard-Override trailer \
            and the override is logged (see 'phiguard log').
              phiguard override phi-literal.ssn --reason "synthetic SSN from the SSA advertising range"
            """)

    @Argument(help: "The rule id (or category) to allow.")
    var rule: String?

    @Flag(name: .long, help: "Allow every blocking finding of the last scan.")
    var all = false

    @Option(name: .long, help: "Allow the one finding whose fingerprint starts with this.")
    var fingerprint: String?

    @Option(name: .long, help: "Why this is safe (at least 12 characters; recorded in the commit and the log).")
    var reason: String

    @OptionGroup var repository: RepositoryOptions

    func validate() throws {
        let chosen = [rule != nil, all, fingerprint != nil].filter { $0 }.count
        if chosen != 1 { throw ValidationError("name exactly one of: a rule id, --all, or --fingerprint F") }
    }

    func run() throws {
        let selection: CommitBypass.Selection = all ? .all : fingerprint.map { .fingerprint($0) } ?? .rule(rule!)
        let granted = try CommitBypass.grant(selection, reason: reason, repositoryPath: repository.repo,
                                             configPath: repository.config, rulesDirectory: repository.rulesDirectory)
        var out = "allowed for the next commit (expires in 1 hour):\n"
        for finding in granted {
            out += "  \(finding.rule)  \(finding.file):\(finding.line)  \(finding.fingerprint.prefix(16))\n"
        }
        out += "reason: \(Justification.sanitized(reason))\nnow run the same 'git commit' again.\n"
        FileHandleOutput.standardOutput.write(out)
    }
}
