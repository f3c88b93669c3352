import Foundation
import GitKit

/// A real git repository in a fresh temporary directory, built with the real `git` command line
/// (so fixtures mean what they mean to git) and deleted when the fixture is released.
public final class TemporaryRepository {
    /// The directory all fixtures of this instance live in (symlinks resolved).
    public let scratch: String
    /// The repository's work tree root, `<scratch>/repo`.
    public let root: String

    /// Creates `<scratch>/repo` with `git init -b main` and a local identity; `bare` skips the work tree.
    public init(bare: Bool = false) throws {
        let base = URL(fileURLWithPath: NSTemporaryDirectory())
            .appendingPathComponent("gitkit-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: base, withIntermediateDirectories: true)
        scratch = base.resolvingSymlinksInPath().path
        root = scratch + "/repo"
        try FileManager.default.createDirectory(atPath: root, withIntermediateDirectories: true)
        try git(bare ? ["init", "-q", "--bare", "-b", "main"] : ["init", "-q", "-b", "main"])
        try git(["config", "user.name", "Test Author"])
        try git(["config", "user.email", "author@example.com"])
        try git(["config", "commit.gpgsign", "false"])
    }

    deinit {
        try? FileManager.default.removeItem(atPath: scratch)
    }

    /// The absolute path of `relative` inside the work tree.
    public func path(_ relative: String) -> String { root + "/" + relative }

    /// Runs `git` with `arguments` in `directory` (the work tree by default). The child sees none
    /// of this process's `GIT_*` variables (a concurrent test may have set some), no system or
    /// global configuration, and a fixed clock, plus whatever `environment` adds.
    @discardableResult
    public func git(_ arguments: [String], in directory: String? = nil, environment: [String: String] = [:]) throws -> String {
        try Self.run(["git"] + arguments, in: directory ?? root, environment: environment)
    }

    /// Runs a shell command line the same way, for fixtures that need raw bytes in arguments.
    @discardableResult
    public func shell(_ script: String, in directory: String? = nil) throws -> String {
        try Self.run(["sh", "-c", script], in: directory ?? root, environment: [:])
    }

    /// Writes `text` (UTF-8) to `relative`, creating directories as needed.
    public func write(_ relative: String, _ text: String) throws {
        try write(relative, bytes: Array(text.utf8))
    }

    /// Writes raw `bytes` to `relative`, creating directories as needed.
    public func write(_ relative: String, bytes: [UInt8]) throws {
        let url = URL(fileURLWithPath: path(relative))
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data(bytes).write(to: url)
    }

    /// Stages everything and commits it; returns the new commit's id.
    @discardableResult
    public func commitAll(_ message: String) throws -> String {
        try git(["add", "-A"])
        try git(["commit", "-q", "--allow-empty", "-m", message])
        return try revParse("HEAD")
    }

    /// The full id `git rev-parse` gives for `revision`.
    public func revParse(_ revision: String) throws -> String {
        try git(["rev-parse", revision]).trimmingCharacters(in: .whitespacesAndNewlines)
    }

    /// Opens the fixture through GitKit's discovery, holding the environment lock so that a
    /// concurrent test's `GIT_INDEX_FILE` cannot leak into this repository.
    public func open(at directory: String? = nil) throws -> Repository {
        try TestEnvironment.withLock { try Repository.discover(startingAt: directory ?? root) }
    }

    private static func run(_ command: [String], in directory: String, environment: [String: String]) throws -> String {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = command
        process.currentDirectoryURL = URL(fileURLWithPath: directory)
        process.environment = TestEnvironment.childEnvironment.merging(environment) { $1 }
        let output = Pipe()
        let errors = Pipe()
        process.standardOutput = output
        process.standardError = errors
        try process.run()
        let stdout = output.fileHandleForReading.readDataToEndOfFile()
        let stderr = errors.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        guard process.terminationStatus == 0 else {
            throw CommandFailure(command: command, status: process.terminationStatus,
                                 stderr: String(decoding: stderr, as: UTF8.self))
        }
        return String(decoding: stdout, as: UTF8.self)
    }
}

/// A fixture command that failed, with git's own complaint.
public struct CommandFailure: Error, CustomStringConvertible {
    public let command: [String]
    public let status: Int32
    public let stderr: String
    public var description: String { "\(command.joined(separator: " ")) exited \(status): \(stderr)" }
}
