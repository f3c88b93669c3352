import ArgumentParser
import PhiguardCore

/// The entry points the installed hook scripts call; not meant to be typed by hand.
struct HookCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "hook",
        abstract: "Run the work of one git hook (called by the scripts 'phiguard install' writes).",
        subcommands: [CommitMessage.self, PostCommit.self])

    struct CommitMessage: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "commit-msg", abstract: "Add Phiguard-Override trailers for this commit's bypasses.")

        @Argument(help: "The commit message file git passes to the hook.")
        var messageFile: String

        @OptionGroup var repository: RepositoryOptions

        func run() throws {
            try CommitHooks.commitMessage(file: messageFile, repositoryPath: repository.repo)
        }
    }

    struct PostCommit: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "post-commit", abstract: "Log this commit's overrides and retire its bypasses.")

        @OptionGroup var repository: RepositoryOptions

        func run() throws {
            let logged = try CommitHooks.postCommit(repositoryPath: repository.repo)
            if logged > 0 {
                FileHandleOutput.standardError.write("phiguard: logged \(logged) override\(logged == 1 ? "" : "s") (phiguard log)\n")
            }
        }
    }
}
