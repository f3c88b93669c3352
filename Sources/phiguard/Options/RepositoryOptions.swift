import ArgumentParser

/// Where the repository and its configuration are: shared by every command.
struct RepositoryOptions: ParsableArguments {
    @Option(name: .long, help: "A path inside the repository (default: discovered from the current directory, as git does).")
    var repo: String?

    @Option(name: .long, help: "Configuration file (default: .phiguard.toml at the repository root, then built-in defaults).")
    var config: String?

    @Option(name: .customLong("rules-dir"), help: ArgumentHelp("A rule directory that replaces the built-in pack (for rule authors).", valueName: "dir"))
    var rulesDirectory: String?
}
