import ArgumentParser
import PhiguardCore
#if canImport(Glibc)
import Glibc
#endif

struct ScanCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "scan",
        abstract: "Scan the staged change, a range of commits, or content on stdin.",
        discussion: """
            phiguard scan --staged                  what `git commit` is about to record (the pre-commit hook)
            phiguard scan main..feature             each commit in the range, against its first parent
            phiguard scan HEAD                      one commit
            phiguard scan --all --since 2026-01-01  the history of HEAD since a date
            phiguard scan --stdin --path src/a.py   content not yet written (editors, AI agents)
            """)

    @Flag(name: .long, help: "Scan the index against HEAD.")
    var staged = false

    @Argument(help: "A revision range (A..B) or a single revision.")
    var revisions: String?

    @Flag(name: .long, help: "Every commit reachable from HEAD.")
    var all = false

    @Flag(name: .long, help: "Every commit reachable from a local branch.")
    var branches = false

    @Option(name: .long, help: "Only commits authored at or after this UTC date (2026-11-01).")
    var since: String?

    @Flag(name: .long, help: "Also scan merge commits (against their first parent).")
    var merges = false

    @Flag(name: .long, help: "Read the content to scan from standard input (needs --path).")
    var stdin = false

    @Option(name: .long, help: "With --stdin: the path the content will have in the repository.")
    var path: String?

    @Option(name: .long, help: "Worker threads for commit scans and large staged changes (default: every core).")
    var jobs: Int?

    @Flag(name: .long, help: "Show commits done and rate on stderr (only when stderr is a terminal).")
    var progress = false

    @Flag(name: .customLong("fail-on-unused-overrides"), help: "A trailer or inline allow that matches no finding blocks.")
    var failOnUnusedOverrides = false

    @Flag(name: .customLong("fail-open"), help: "If the scan itself fails, let the change through and log it (also: git config phiguard.failOpen true).")
    var failOpen = false

    @OptionGroup var repository: RepositoryOptions
    @OptionGroup var output: OutputOptions

    func validate() throws {
        let commitScan = revisions != nil || all || branches || since != nil
        let modes = [staged, commitScan, stdin].filter { $0 }.count
        if modes != 1 {
            throw ValidationError("choose one of: --staged, a revision range (A..B, REV, --all, --branches, --since), or --stdin --path P")
        }
        if stdin && (path ?? "").isEmpty { throw ValidationError("--stdin needs --path (the file name decides the rules that apply)") }
        if path != nil && !stdin { throw ValidationError("--path goes with --stdin") }
        if merges && !commitScan { throw ValidationError("--merges goes with a commit range") }
        if let jobs, jobs < 1 { throw ValidationError("--jobs must be at least 1") }
    }

    func run() throws {
        let source: ScanRequest.Source
        if staged {
            source = .staged
        } else if stdin {
            source = .content(path: path!, bytes: StandardInput.readAll())
        } else {
            source = .commits(CommitSelection(range: revisions, all: all, branches: branches, since: since, merges: merges))
        }
        var request = ScanRequest(
            source: source, repositoryPath: repository.repo, configPath: repository.config,
            rulesDirectory: repository.rulesDirectory,
            environmentOverride: staged ? Environment.value("PHIGUARD_OVERRIDE") : nil,
            failOnUnusedOverrides: failOnUnusedOverrides)
        request.jobs = jobs
        if progress && FileHandleOutput.standardError.isTerminal { request.progress = ProgressLine.report }
        try ScanCommand.execute(request, output: output.settings, failOpen: failOpen)
    }

    /// Runs a scan and turns its verdict into output and an exit code. A failing scan
    /// exits 2 (fail closed) unless the team chose fail-open, which is logged.
    static func execute(_ request: ScanRequest, output: OutputSettings, failOpen: Bool = false) throws {
        let report: ScanReport
        do {
            report = try Scan.run(request)
        } catch let error where !(error is ExitCode) {
            guard failOpen || FailOpen.configured(repositoryPath: request.repositoryPath) else { throw error }
            try FailOpen.record(error, repositoryPath: request.repositoryPath)
            FileHandleOutput.standardError.write(
                "phiguard: warning: the scan failed (\(error)); fail-open is set, so the change is let through and logged\n")
            return
        }
        ProgressLine.finish()
        try output.write(report)
        for note in report.notes { FileHandleOutput.standardError.write("phiguard: \(note)\n") }
        // The verdict is out: exit here rather than unwind, since freeing the report (every
        // rule, every finding) cost a tenth of a millisecond per hundred rules, after the
        // answer. Output is written unbuffered, so nothing is left to flush.
        Glibc.exit(report.blocks ? 1 : 0)
    }

    /// `phiguard scan --staged` with every option at its default: the pre-commit hook's
    /// fast path (HookFastPath).
    static func runStaged() throws {
        let request = ScanRequest(source: .staged, environmentOverride: Environment.value("PHIGUARD_OVERRIDE"))
        try execute(request, output: OutputSettings(format: .text))
    }
}
