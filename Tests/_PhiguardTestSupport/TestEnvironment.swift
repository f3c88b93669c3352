import Foundation

/// Serialises every test that reads or changes this process's environment.
///
/// GitKit reads `GIT_DIR`, `GIT_INDEX_FILE` and friends when a repository is opened, so a test
/// that sets them must not overlap with another test opening a repository. Tests open
/// repositories only inside `withLock`, and change variables only inside `with(_:_:)`.
public enum TestEnvironment {
    private static let lock = NSRecursiveLock()

    /// This process's environment without any `GIT_*` variable, plus isolation from the user's
    /// configuration, for the `git` children that build fixtures. Taken once, at first use,
    /// after clearing `GIT_*` from the test process itself (in case the tests run inside a hook).
    public static let childEnvironment: [String: String] = withLock {
        for name in ProcessInfo.processInfo.environment.keys where name.hasPrefix("GIT_") { unsetenv(name) }
        var environment = ProcessInfo.processInfo.environment
        environment["GIT_CONFIG_NOSYSTEM"] = "1"
        environment["GIT_CONFIG_GLOBAL"] = "/dev/null"
        environment["GIT_AUTHOR_DATE"] = "2024-01-02T03:04:05Z"
        environment["GIT_COMMITTER_DATE"] = "2024-01-02T03:04:05Z"
        environment["LC_ALL"] = "C"
        return environment
    }

    /// Runs `body` while no other test can touch the environment.
    public static func withLock<T>(_ body: () throws -> T) rethrows -> T {
        lock.lock()
        defer { lock.unlock() }
        return try body()
    }

    /// Runs `body` with `variables` set (a `nil` value unsets), restoring the previous values after.
    public static func with<T>(_ variables: [String: String?], _ body: () throws -> T) rethrows -> T {
        try withLock {
            _ = childEnvironment
            let previous = variables.keys.map { ($0, ProcessInfo.processInfo.environment[$0]) }
            for (name, value) in variables {
                if let value { setenv(name, value, 1) } else { unsetenv(name) }
            }
            defer {
                for (name, value) in previous {
                    if let value { setenv(name, value, 1) } else { unsetenv(name) }
                }
            }
            return try body()
        }
    }

    /// Runs `body` with the current directory set to `directory`, restoring it after.
    public static func inDirectory<T>(_ directory: String, _ body: () throws -> T) throws -> T {
        try withLock {
            let previous = FileManager.default.currentDirectoryPath
            guard chdir(directory) == 0 else { throw CommandFailure(command: ["cd", directory], status: errno, stderr: "") }
            defer { _ = chdir(previous) }
            return try body()
        }
    }
}
