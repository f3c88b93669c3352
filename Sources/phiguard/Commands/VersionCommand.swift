import ArgumentParser
import PhiguardCore

struct VersionCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "version", abstract: "Print phiguard's version.")

    func run() throws {
        FileHandleOutput.standardOutput.write("phiguard \(PhiguardVersion.current)\n")
    }
}
