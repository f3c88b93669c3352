import ArgumentParser
import PhiguardCore

/// The entry points the installed hook scripts call; not meant to be typed by hand.
struct HookCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "hook",
        abstract: "Run the work of one git hook (called by the scripts 'phiguard install' writes).",
        subcommands: [CommitMessage.self, PostCommit.self, PrePush.self])

    struct CommitMessage: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "commit-msg", abstract: "Add Phiguard-Override trailers for this commit's bypasses.")

        @Argument(help: "The commit message file git passes to the hook.")
        var messageFile: String

        @OptionGroup var repository: RepositoryOptions

        @OptionGroup var output: OutputOptions

        func run() throws {
            try Self.run(messageFile: messageFile, repositoryPath: repository.repo, configPath: repository.config,
                         rulesDirectory: repository.rulesDirectory, output: output.settings)
        }

        /// Also the hook's fast path (HookFastPath), with every option at its default.
        static func run(messageFile: String, repositoryPath: String? = nil, configPath: String? = nil,
                        rulesDirectory: String? = nil, output: OutputSettings = OutputSettings(format: .text)) throws {
            try CommitHooks.commitMessage(file: messageFile, repositoryPath: repositoryPath)
            // A commit message is forever: it is checked for secrets and PHI like a file.
            let text = String(decoding: try ReportFile.read(messageFile), as: UTF8.self)
            let report = try Scan.run(ScanRequest(source: .message(text: text), repositoryPath: repositoryPath,
                                                  configPath: configPath, rulesDirectory: rulesDirectory))
            guard !report.findings.isEmpty else { return }
            try output.write(report)
            if report.blocks { throw ExitCode(1) }
        }
    }

    struct PrePush: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "pre-push", abstract: "Scan exactly the commits being pushed (git's ref lines on stdin).")

        @Argument(help: "The remote's name and URL, as git passes them (not used).")
        var remote: [String] = []

        @OptionGroup var repository: RepositoryOptions
        @OptionGroup var output: OutputOptions

        func run() throws {
            let input = String(decoding: StandardInput.readAll(), as: UTF8.self)
            let request = ScanRequest(source: .staged, repositoryPath: repository.repo, configPath: repository.config,
                                      rulesDirectory: repository.rulesDirectory)
            guard let report = try PushScan.run(stdin: input, request: request) else { return }
            try output.write(report)
            if report.blocks { throw ExitCode(1) }
        }
    }

    struct PostCommit: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "post-commit", abstract: "Log this commit's overrides and retire its bypasses.")

        @OptionGroup var repository: RepositoryOptions

        func run() throws { try Self.run(repositoryPath: repository.repo) }

        /// Also the hook's fast path (HookFastPath).
        static func run(repositoryPath: String? = nil) throws {
            let logged = try CommitHooks.postCommit(repositoryPath: repositoryPath)
            if logged > 0 {
                FileHandleOutput.standardError.write("phiguard: logged \(logged) override\(logged == 1 ? "" : "s") (phiguard log)\n")
            }
        }
    }
}
