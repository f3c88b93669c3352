import ArgumentParser
import PhiguardCore

struct ScanCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "scan",
        abstract: "Scan the staged change, or every commit of a revision range.",
        discussion: """
            phiguard scan --staged          what `git commit` is about to record (the pre-commit hook)
            phiguard scan main..feature     each commit in the range, against its first parent
            phiguard scan HEAD              one commit
            """)

    @Flag(name: .long, help: "Scan the index against HEAD.")
    var staged = false

    @Argument(help: "A revision range (A..B) or a single revision.")
    var revisions: String?

    @OptionGroup var repository: RepositoryOptions
    @OptionGroup var output: OutputOptions

    func validate() throws {
        if staged == (revisions != nil) {
            throw ValidationError("give either --staged or a revision range (A..B or REV), not both or neither")
        }
    }

    func run() throws {
        let request = ScanRequest(
            source: staged ? .staged : .revisions(revisions!), repositoryPath: repository.repo,
            configPath: repository.config, rulesDirectory: repository.rulesDirectory)
        let report = try Scan.run(request)
        output.print(report)
        if report.blocks { throw ExitCode(1) }
    }
}
