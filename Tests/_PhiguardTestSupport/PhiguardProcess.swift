import Foundation

/// Runs the built `phiguard` binary the way a hook or a CI job does, for end-to-end tests.
public enum PhiguardProcess {
    /// The binary built alongside the test runner (same build folder), or
    /// `PHIGUARD_TEST_BINARY` when set (e.g. to test a release build).
    public static var binary: String {
        if let override = ProcessInfo.processInfo.environment["PHIGUARD_TEST_BINARY"] { return override }
        let runner = (try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe")) ?? CommandLine.arguments[0]
        return URL(fileURLWithPath: runner).deletingLastPathComponent().appendingPathComponent("phiguard").path
    }

    public struct Result: Sendable {
        public let status: Int32
        public let stdout: String
        public let stderr: String
        /// Everything the process printed, for leak checks.
        public var output: String { stdout + stderr }
    }

    /// Runs `phiguard arguments` in `directory` with the clean fixture environment.
    public static func run(_ arguments: [String], in directory: String, environment: [String: String] = [:],
                           stdin: String? = nil) throws -> Result {
        try execute([binary] + arguments, in: directory, environment: environment, stdin: stdin)
    }

    /// Runs any command (e.g. `git commit`, which then runs the installed hook).
    public static func execute(_ command: [String], in directory: String, environment: [String: String] = [:],
                               stdin: String? = nil) throws -> Result {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = command
        process.currentDirectoryURL = URL(fileURLWithPath: directory)
        process.environment = TestEnvironment.childEnvironment.merging(environment) { $1 }
        let output = Pipe(), errors = Pipe(), input = Pipe()
        process.standardOutput = output
        process.standardError = errors
        process.standardInput = input
        try process.run()
        // A child may exit without reading its input (an error, or nothing to do): the
        // write must then fail quietly rather than kill the test runner with SIGPIPE, which
        // happened once phiguard got fast enough to win that race.
        _ = ignoreBrokenPipes
        if let stdin { try? input.fileHandleForWriting.write(contentsOf: Data(stdin.utf8)) }
        try? input.fileHandleForWriting.close()
        // Read both pipes concurrently so a chatty stderr cannot block stdout.
        let collected = StderrBox()
        let done = DispatchSemaphore(value: 0)
        Thread {
            collected.data = errors.fileHandleForReading.readDataToEndOfFile()
            done.signal()
        }.start()
        let stdoutData = output.fileHandleForReading.readDataToEndOfFile()
        done.wait()
        let stderrData = collected.data
        process.waitUntilExit()
        return Result(status: process.terminationStatus, stdout: String(decoding: stdoutData, as: UTF8.self),
                      stderr: String(decoding: stderrData, as: UTF8.self))
    }
}

/// Writes to a pipe whose reader is gone return EPIPE instead of raising SIGPIPE.
private let ignoreBrokenPipes: Void = { signal(SIGPIPE, SIG_IGN) }()

/// Carries stderr out of the reader thread; the semaphore orders the write before the read.
private final class StderrBox: @unchecked Sendable {
    var data = Data()
}
