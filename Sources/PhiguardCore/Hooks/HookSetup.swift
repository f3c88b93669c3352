import GitKit

/// Finds the hooks directory git will actually run (core.hooksPath included) for the
/// repository at `repositoryPath`, or the one discovered from the environment.
public enum HookSetup {
    public static func installer(repositoryPath: String?) throws -> HookInstaller {
        let repository = try repositoryPath.map { try Repository.discover(startingAt: $0) } ?? Repository.openFromEnvironment()
        return HookInstaller(hooksDirectory: repository.hooksDirectory)
    }
}
