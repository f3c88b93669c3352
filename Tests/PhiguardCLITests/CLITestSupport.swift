import _PhiguardTestSupport
import Foundation

/// A temporary repository with the fixture rule pack, driven through the built binary.
struct CLIFixture {
    let repository: TemporaryRepository
    var root: String { repository.root }

    /// The CLI tests use a small stable pack so they do not move with the built-in one.
    static let rulesDirectory: String = {
        let file = "\(#filePath)"
        let tests = String(file[..<file.range(of: "/PhiguardCLITests/")!.lowerBound])
        return tests + "/PhiguardCoreTests/Fixtures/rules"
    }()

    init() throws {
        repository = try TemporaryRepository()
    }

    /// `phiguard <arguments> --rules-dir <fixture pack>` in the repository.
    @discardableResult
    func phiguard(_ arguments: [String], environment: [String: String] = [:], in directory: String? = nil,
                  fixtureRules: Bool = true) throws -> PhiguardProcess.Result {
        try PhiguardProcess.run(arguments + (fixtureRules ? ["--rules-dir", CLIFixture.rulesDirectory] : []),
                                in: directory ?? root, environment: environment)
    }

    /// `git <arguments>` as a user would type it, hooks and all; never throws on failure.
    @discardableResult
    func git(_ arguments: [String], environment: [String: String] = [:]) throws -> PhiguardProcess.Result {
        try PhiguardProcess.execute(["git"] + arguments, in: root, environment: environment)
    }

    func write(_ path: String, _ text: String) throws { try repository.write(path, text) }

    /// The environment under which installed hooks find the binary under test, and use
    /// the fixture pack (through a wrapper, as the hook passes no --rules-dir).
    func hookEnvironment() throws -> [String: String] {
        let wrapper = repository.scratch + "/phiguard-under-test"
        let script = "#!/bin/sh\nexec '\(PhiguardProcess.binary)' \"$@\" --rules-dir '\(CLIFixture.rulesDirectory)'\n"
        try script.write(toFile: wrapper, atomically: true, encoding: .utf8)
        chmod(wrapper, 0o755)
        return ["PHIGUARD_BIN": wrapper]
    }
}
