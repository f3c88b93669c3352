import ArgumentParser
import GitKit
import PhiguardCore
#if canImport(Glibc)
import Glibc
#endif

/// The root command. It owns the exit-code contract in one place: 0 nothing blocks,
/// 1 a blocking finding, 2 every usage, configuration or repository error (never
/// argument-parser's own 64 or 1, which would read as "blocked" or be unknown to hooks).
@main
struct Phiguard: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "phiguard",
        abstract: "Keep HIPAA violations out of git: a pre-commit hook that scans staged changes.",
        discussion: """
            Exit codes: 0 nothing blocks; 1 at least one blocking finding; 2 usage, configuration \
            or repository error. Hooks treat anything but 0 as "do not commit".
            """,
        version: PhiguardVersion.current,
        subcommands: [ScanCommand.self, RulesCommand.self, InstallCommand.self, UninstallCommand.self, OverrideCommand.self, LogCommand.self, SynthCommand.self, HookCommand.self,
                      VersionCommand.self])

    static func main() {
        MemoryPolicy.apply()
        do {
            if let hook = HookFastPath.command(for: Array(CommandLine.arguments.dropFirst())) {
                try hook()
            } else {
                var command = try parseAsRoot()
                try command.run()
            }
            Glibc.exit(0)
        } catch let code as ExitCode {
            Glibc.exit(code.rawValue)
        } catch let error as PhiguardError {
            fail("\(error)")
        } catch let error as GitError {
            fail("\(error.description)")
        } catch {
            // argument-parser's own errors: help and --version succeed, everything else is usage.
            if exitCode(for: error) == .success {
                print(fullMessage(for: error))
                Glibc.exit(0)
            }
            FileHandleOutput.standardError.write(fullMessage(for: error) + "\n")
            Glibc.exit(2)
        }
    }

    private static func fail(_ message: String) -> Never {
        FileHandleOutput.standardError.write("phiguard: error: \(message)\n")
        Glibc.exit(2)
    }
}
