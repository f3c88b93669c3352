import ArgumentParser
import PhiguardCore

struct InstallCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "install",
        abstract: "Install phiguard's git hooks in this repository (honours core.hooksPath; chains existing hooks).")

    @OptionGroup var repository: RepositoryOptions

    func run() throws {
        let installer = try HookSetup.installer(repositoryPath: repository.repo)
        for change in try installer.install() { FileHandleOutput.standardOutput.write("\(change)\n") }
    }
}

struct UninstallCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "uninstall",
        abstract: "Remove phiguard's git hooks and restore the hooks they had chained.")

    @OptionGroup var repository: RepositoryOptions

    func run() throws {
        let installer = try HookSetup.installer(repositoryPath: repository.repo)
        for change in try installer.uninstall() { FileHandleOutput.standardOutput.write("\(change)\n") }
    }
}
