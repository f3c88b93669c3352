import ArgumentParser
import PhiguardCore

extension OverrideLog.Format: ExpressibleByArgument {}

struct LogCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "log",
        abstract: "Show the override log, per rule or in full; --verify proves it was not tampered with.")

    @Flag(name: .long, help: "Check the hash chain; exit 1 naming the first bad entry.")
    var verify = false

    @Flag(name: .customLong("by-rule"), help: "Per rule: count, last use and the distinct reasons.")
    var byRule = false

    @Option(name: .long, help: "Only this rule id (or category).")
    var rule: String?

    @Option(name: .long, help: "Only entries at or after this UTC date (2026-11-01).")
    var since: String?

    @Option(name: .long, help: "Rebuild the log from the Phiguard-Override trailers of a revision range.")
    var range: String?

    @Option(name: .long, help: "Output format: text, json or csv.")
    var format: OverrideLog.Format = .text

    @OptionGroup var repository: RepositoryOptions

    func run() throws {
        if verify {
            let ledger = try OverrideLog.ledger(repositoryPath: repository.repo)
            switch try ledger.verify() {
            case let .intact(count):
                FileHandleOutput.standardOutput.write("override log intact: \(count) entr\(count == 1 ? "y" : "ies") (\(ledger.path))\n")
            case let .broken(line, reason):
                FileHandleOutput.standardOutput.write("override log TAMPERED: entry \(line) \(reason) (\(ledger.path))\n")
                throw ExitCode(1)
            }
            return
        }
        let records = try OverrideLog.records(.init(rule: rule, since: since, range: range), repositoryPath: repository.repo)
        let text = byRule ? OverrideLog.render(OverrideLog.byRule(records), format: format)
            : OverrideLog.render(records, format: format)
        FileHandleOutput.standardOutput.write(text)
    }
}
