import Foundation
import Testing
import _PhiguardTestSupport
#if canImport(Glibc)
import Glibc
#endif

/// Ctrl-C and kill -9 at any moment of a scan or an override: the override log stays a
/// valid chain, no half-written state file is left behind, and no lock outlives its holder.
@Suite(.serialized) struct SignalTests {
    static let reason = "synthetic SSN from the test generator"

    /// A repository with one staged finding and a recorded scan, ready for `override`.
    static func stagedFinding() throws -> CLIFixture {
        let fixture = try CLIFixture()
        try fixture.write("a.txt", "fine\n")
        try fixture.repository.commitAll("base")
        try fixture.write("b.txt", "ssn 524-71-3302\n")
        try fixture.repository.git(["add", "b.txt"])
        let scan = try fixture.phiguard(["scan", "--staged"])
        #expect(scan.status == 1, "\(scan.output)")
        return fixture
    }

    /// Starts `phiguard arguments`, sends `signal` after `delay` microseconds, and waits.
    static func interrupt(_ fixture: CLIFixture, _ arguments: [String], after delay: useconds_t, with signal: Int32) throws {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: PhiguardProcess.binary)
        process.arguments = arguments + ["--rules-dir", CLIFixture.rulesDirectory]
        process.currentDirectoryURL = URL(fileURLWithPath: fixture.root)
        process.environment = TestEnvironment.childEnvironment
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        process.standardInput = FileHandle.nullDevice
        try process.run()
        usleep(delay)
        kill(process.processIdentifier, signal)
        process.waitUntilExit()
    }

    static func stateDirectory(_ fixture: CLIFixture) -> String { fixture.repository.path(".git/phiguard") }

    /// Leftovers of an interrupted write: temporary files that were never renamed.
    static func temporaries(_ fixture: CLIFixture) -> [String] {
        ((try? FileManager.default.contentsOfDirectory(atPath: stateDirectory(fixture))) ?? []).filter { $0.contains(".tmp.") }
    }

    /// Interrupts land at every point of the override, from start-up to the ledger write
    /// (delays spread over the command's whole run time); each time the log must verify.
    @Test(arguments: [SIGINT, SIGTERM, SIGKILL])
    func interruptedOverrideLeavesAVerifiableLog(_ signal: Int32) throws {
        let fixture = try Self.stagedFinding()
        for step in 0..<16 {
            try Self.interrupt(fixture, ["override", "phi-literal.fixture-ssn", "--reason", Self.reason],
                               after: useconds_t(step * 2_500), with: signal)
            let verify = try fixture.phiguard(["log", "--verify"])
            #expect(verify.status == 0, "after a \(signal) at \(step * 2_500) µs: \(verify.output)")
            if signal != SIGKILL { #expect(Self.temporaries(fixture).isEmpty, "\(Self.temporaries(fixture))") }
        }
        // Nothing is left locked: the next override goes through at once.
        let granted = try fixture.phiguard(["override", "phi-literal.fixture-ssn", "--reason", Self.reason])
        #expect(granted.status == 0, "\(granted.output)")
        #expect(try fixture.phiguard(["log", "--verify"]).status == 0)
        #expect(try fixture.phiguard(["scan", "--staged"]).status == 0, "the override applies")
    }

    /// Ctrl-C during a scan: the state the next `phiguard override` reads is either the
    /// previous scan's or the new one, never a torn file.
    @Test func interruptedScanLeavesNoTornState() throws {
        let fixture = try Self.stagedFinding()
        for step in 0..<16 {
            try Self.interrupt(fixture, ["scan", "--staged"], after: useconds_t(step * 2_500), with: SIGINT)
            #expect(Self.temporaries(fixture).isEmpty, "\(Self.temporaries(fixture))")
            let lastScan = Self.stateDirectory(fixture) + "/last-scan.json"
            if let data = FileManager.default.contents(atPath: lastScan) {
                #expect((try? JSONSerialization.jsonObject(with: data)) != nil, "last-scan.json is not valid JSON after step \(step)")
            }
        }
        let granted = try fixture.phiguard(["override", "phi-literal.fixture-ssn", "--reason", Self.reason])
        #expect(granted.status == 0, "\(granted.output)")
    }

    /// A process killed (SIGKILL) while holding the log's lock leaves the lock file behind,
    /// but not the lock: it is an flock, which the kernel releases with the process.
    @Test func lockOfAKilledProcessIsNotStale() throws {
        let fixture = try Self.stagedFinding()
        try FileManager.default.createDirectory(atPath: Self.stateDirectory(fixture), withIntermediateDirectories: true)
        // One process holds the lock (no child inherits it): sh takes it on fd 9 and
        // becomes `sleep`, which is then killed.
        let holder = Process()
        holder.executableURL = URL(fileURLWithPath: "/bin/sh")
        holder.arguments = ["-c", "exec 9>>\"$0\" && flock 9 && echo locked && exec sleep 60", Self.stateDirectory(fixture) + "/overrides.lock"]
        let ready = Pipe()
        holder.standardOutput = ready
        try holder.run()
        #expect(String(decoding: ready.fileHandleForReading.availableData, as: UTF8.self).contains("locked"))
        kill(holder.processIdentifier, SIGKILL)
        holder.waitUntilExit()
        #expect(FileManager.default.fileExists(atPath: Self.stateDirectory(fixture) + "/overrides.lock"))
        let started = Date()
        let granted = try fixture.phiguard(["override", "phi-literal.fixture-ssn", "--reason", Self.reason])
        #expect(granted.status == 0, "\(granted.output)")
        #expect(Date().timeIntervalSince(started) < 5, "waited for a dead holder's lock")
        #expect(try fixture.phiguard(["log", "--verify"]).status == 0)
    }
}
