import _PhiguardTestSupport
import Foundation
import Testing

/// The built binary behind real git hooks: `phiguard install`, then plain `git commit`
/// and `git push`, as an engineer uses it.
@Suite struct HookEndToEndTests {
    func installed() throws -> (CLIFixture, [String: String]) {
        let fixture = try CLIFixture()
        let install = try fixture.phiguard(["install"], fixtureRules: false)
        #expect(install.status == 0, "\(install.stderr)")
        #expect(install.stdout.contains("pre-commit"))
        return (fixture, try fixture.hookEnvironment())
    }

    @Test func blockedCommitThenCleanCommit() throws {
        let (fixture, env) = try installed()
        try fixture.write("records.py", "def f(patient_record):\n    print(patient_record)\n")
        try fixture.git(["add", "records.py"])
        let blocked = try fixture.git(["commit", "-m", "export"], environment: env)
        #expect(blocked.status != 0)
        #expect(blocked.output.contains("phi-logging.fixture-print-record"))
        #expect(blocked.output.contains("records.py"))
        #expect(try fixture.git(["rev-parse", "--verify", "HEAD"]).status != 0, "nothing was committed")

        try fixture.write("records.py", "def f(patient_record):\n    print(len(patient_record))\n")
        try fixture.git(["add", "records.py"])
        let clean = try fixture.git(["commit", "-q", "-m", "export"], environment: env)
        #expect(clean.status == 0, "\(clean.output)")
    }

    #if os(Linux)
    /// Kerberos and libssh2 are linked lazily (Sources/CLazyGSSAPI, Sources/CLazySSH2): a
    /// hook run must not load them, nor the libraries they need (libssh2 brings OpenSSL's
    /// libcrypto). The dynamic loader lists what it loads.
    @Test func theHookLoadsNoKerberosNorSSH() throws {
        let fixture = try CLIFixture()
        try fixture.write("records.py", "def f(patient_record):\n    print(patient_record)\n")
        try fixture.git(["add", "records.py"])
        let scan = try fixture.phiguard(["scan", "--staged"], environment: ["LD_DEBUG": "libs"])
        #expect(scan.status == 1, "\(scan.stderr)")
        #expect(scan.stderr.contains("calling init: "), "LD_DEBUG had no effect: \(scan.stderr.prefix(500))")
        for library in ["libgssapi_krb5", "libkrb5", "libk5crypto", "libcom_err", "libkeyutils", "libssh2", "libcrypto"] {
            #expect(!scan.stderr.contains(library), "\(library) was loaded")
        }
    }
    #endif

    @Test func commitAllUsesGitsTemporaryIndex() throws {
        let (fixture, env) = try installed()
        try fixture.write("a.py", "x = 1\n")
        try fixture.git(["add", "."])
        #expect(try fixture.git(["commit", "-q", "-m", "base"], environment: env).status == 0)
        try fixture.write("a.py", "x = 1\nprint(record)\n")
        let blocked = try fixture.git(["commit", "-a", "-m", "sneak"], environment: env)
        #expect(blocked.status != 0)
        #expect(blocked.output.contains("a.py"))
    }

    @Test func missingBinaryFailsClosed() throws {
        let (fixture, _) = try installed()
        try fixture.write("a.py", "x = 1\n")
        try fixture.git(["add", "."])
        let result = try fixture.git(["commit", "-m", "x"], environment: ["PHIGUARD_BIN": "/nonexistent/phiguard", "PATH": "/usr/bin:/bin"])
        #expect(result.status != 0)
        #expect(result.output.contains("phiguard binary was not found"))
    }

    @Test func overrideFlowWritesTrailerAndLedgerAndBindsToFingerprints() throws {
        let (fixture, env) = try installed()
        try fixture.write("a.txt", "ssn 524-71-3302\n")
        try fixture.git(["add", "."])
        #expect(try fixture.git(["commit", "-m", "fixture"], environment: env).status != 0)
        let weak = try fixture.phiguard(["override", "phi-literal.fixture-ssn", "--reason", "ok"])
        #expect(weak.status == 2)
        let granted = try fixture.phiguard(["override", "phi-literal.fixture-ssn", "--reason", "synthetic SSN reviewed by compliance"])
        #expect(granted.status == 0, "\(granted.output)")
        let committed = try fixture.git(["commit", "-q", "-m", "fixture"], environment: env)
        #expect(committed.status == 0, "\(committed.output)")

        let message = try fixture.git(["log", "-1", "--format=%B"]).stdout
        #expect(message.contains("Phiguard-Override: phi-literal.fixture-ssn "))
        #expect(message.contains("synthetic SSN reviewed by compliance"))

        let log = try fixture.phiguard(["log", "--format", "json"], fixtureRules: false)
        #expect(log.status == 0)
        let entries = try #require(try JSONSerialization.jsonObject(with: Data(log.stdout.utf8)) as? [[String: Any]])
        #expect(entries.count == 1)
        let head = try fixture.git(["rev-parse", "HEAD"]).stdout.trimmingCharacters(in: .whitespacesAndNewlines)
        #expect(entries.first?["commit"] as? String == head)
        #expect(entries.first?["kind"] as? String == "bypass")
        #expect(entries.first?["email"] as? String == "author@example.com")
        #expect(try fixture.phiguard(["log", "--verify"], fixtureRules: false).status == 0)
        let byRule = try fixture.phiguard(["log", "--by-rule"], fixtureRules: false)
        #expect(byRule.stdout.contains("phi-literal.fixture-ssn  1 override"))

        // The bypass was used up: the same kind of finding in a new commit blocks again.
        try fixture.write("b.txt", "ssn 524-71-3302\n")
        try fixture.git(["add", "."])
        #expect(try fixture.git(["commit", "-m", "again"], environment: env).status != 0)

        // The range scan accepts the overridden commit and reconstructs the log from trailers.
        let range = try fixture.phiguard(["scan", "HEAD", "--format", "json"])
        #expect(range.status == 0, "\(range.output)")
        #expect(range.stdout.contains("\"overridden\": true"))
        let fromTrailers = try fixture.phiguard(["log", "--range", "HEAD", "--format", "csv"], fixtureRules: false)
        #expect(fromTrailers.stdout.contains("trailer,phi-literal.fixture-ssn"))
        for output in [log.stdout, message, fromTrailers.stdout, range.stdout, granted.stdout] {
            #expect(!output.contains("524-71-3302"), "raw value leaked")
        }
    }

    @Test func environmentOverrideForGUIClients() throws {
        let (fixture, env) = try installed()
        try fixture.write("a.txt", "ssn 524-71-3302\n")
        try fixture.git(["add", "."])
        var withOverride = env
        withOverride["PHIGUARD_OVERRIDE"] = "phi-literal.fixture-ssn: synthetic SSN from the test generator"
        let result = try fixture.git(["commit", "-q", "-m", "gui"], environment: withOverride)
        #expect(result.status == 0, "\(result.output)")
        #expect(try fixture.git(["log", "-1", "--format=%B"]).stdout.contains("Phiguard-Override: phi-literal.fixture-ssn"))
    }

    @Test func commitMessageWithPHIIsBlocked() throws {
        let (fixture, env) = try installed()
        try fixture.write("a.txt", "fine\n")
        try fixture.git(["add", "."])
        let result = try fixture.git(["commit", "-m", "Fix chart for SSN 524-71-3302"], environment: env)
        #expect(result.status != 0)
        #expect(result.output.contains("(commit message)"))
        #expect(!result.output.contains("524-71-3302"))
    }

    @Test func noVerifyCommitIsCaughtByTheRangeScan() throws {
        let (fixture, env) = try installed()
        try fixture.write("a.txt", "fine\n")
        try fixture.git(["add", "."])
        #expect(try fixture.git(["commit", "-q", "-m", "base"], environment: env).status == 0)
        try fixture.write("b.py", "print(patient)\n")
        try fixture.git(["add", "."])
        #expect(try fixture.git(["commit", "-q", "--no-verify", "-m", "sneak"], environment: env).status == 0)
        #expect(try fixture.phiguard(["scan", "HEAD~1..HEAD"]).status == 1)
    }

    @Test func prePushScansOnlyNewCommitsAndIgnoresDeletions() throws {
        let (fixture, env) = try installed()
        let remote = fixture.repository.scratch + "/remote.git"
        try fixture.repository.git(["init", "-q", "--bare", remote])
        try fixture.repository.git(["remote", "add", "origin", remote])
        try fixture.write("a.txt", "fine\n")
        try fixture.git(["add", "."])
        #expect(try fixture.git(["commit", "-q", "-m", "base"], environment: env).status == 0)
        #expect(try fixture.git(["push", "-q", "origin", "main"], environment: env).status == 0)
        // A leak committed with --no-verify on a new branch: the push is refused.
        try fixture.repository.git(["checkout", "-q", "-b", "feature"])
        try fixture.write("b.py", "print(patient)\n")
        try fixture.git(["add", "."])
        #expect(try fixture.git(["commit", "-q", "--no-verify", "-m", "sneak"], environment: env).status == 0)
        let refused = try fixture.git(["push", "origin", "feature"], environment: env)
        #expect(refused.status != 0)
        #expect(refused.output.contains("b.py"))
        // An existing branch with a clean new commit goes through.
        try fixture.repository.git(["checkout", "-q", "main"])
        try fixture.write("c.txt", "fine too\n")
        try fixture.git(["add", "."])
        #expect(try fixture.git(["commit", "-q", "-m", "clean"], environment: env).status == 0)
        #expect(try fixture.git(["push", "-q", "origin", "main"], environment: env).status == 0)
        // Deleting a remote branch pushes no content.
        #expect(try fixture.git(["push", "-q", "origin", "main:gone"], environment: env).status == 0)
        #expect(try fixture.git(["push", "-q", "origin", ":gone"], environment: env).status == 0)
        // A force push of the rewritten feature branch without the leak passes.
        try fixture.repository.git(["checkout", "-q", "feature"])
        try fixture.repository.git(["reset", "-q", "--hard", "main"])
        #expect(try fixture.git(["push", "-q", "-f", "origin", "feature"], environment: env).status == 0)
    }

    @Test func uninstallRestoresAForeignHook() throws {
        let fixture = try CLIFixture()
        let hooks = fixture.repository.path(".git/hooks")
        try FileManager.default.createDirectory(atPath: hooks, withIntermediateDirectories: true)
        try "#!/bin/sh\necho foreign\n".write(toFile: hooks + "/pre-commit", atomically: true, encoding: .utf8)
        chmod(hooks + "/pre-commit", 0o755)
        #expect(try fixture.phiguard(["install"], fixtureRules: false).stdout.contains("chained"))
        #expect(try fixture.phiguard(["install"], fixtureRules: false).status == 0)
        #expect(try fixture.phiguard(["uninstall"], fixtureRules: false).status == 0)
        #expect(try String(contentsOfFile: hooks + "/pre-commit", encoding: .utf8) == "#!/bin/sh\necho foreign\n")
    }

    @Test func respectsCoreHooksPath() throws {
        let fixture = try CLIFixture()
        try fixture.repository.git(["config", "core.hooksPath", ".githooks"])
        #expect(try fixture.phiguard(["install"], fixtureRules: false).status == 0)
        #expect(FileManager.default.fileExists(atPath: fixture.repository.path(".githooks/pre-commit")))
    }
}
