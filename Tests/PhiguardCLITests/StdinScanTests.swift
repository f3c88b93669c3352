import _PhiguardTestSupport
import Foundation
import Testing

/// `phiguard scan --stdin --path P`: text that is not in git yet (an editor buffer, what an
/// AI agent is about to write), scanned as a new file at P; and the agent hooks of
/// docs/agents/ that call it, which must block a PHI write and fail closed.
@Suite struct StdinScanTests {
    static let printRecord = "def f(patient_record):\n    print(patient_record)\n"
    /// The synthetic SSN the fixtures leak; it must never appear in any output.
    static let ssn = "524-71-3302"

    /// A directory outside any repository; discovery stops at the temporary directory.
    static func outsideARepository() throws -> (String, [String: String]) {
        let directory = NSTemporaryDirectory() + "phiguard-stdin-\(UUID().uuidString)"
        try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        return (directory, ["GIT_CEILING_DIRECTORIES": NSTemporaryDirectory()])
    }

    func stdinScan(_ fixture: CLIFixture, path: String, _ text: String, format: String = "text",
                   in directory: String? = nil, environment: [String: String] = [:]) throws -> PhiguardProcess.Result {
        try PhiguardProcess.run(["scan", "--stdin", "--path", path, "--format", format, "--rules-dir", CLIFixture.rulesDirectory],
                                in: directory ?? fixture.root, environment: environment, stdin: text)
    }

    @Test func blockingContentExitsOneAsANewFileAtThePath() throws {
        let fixture = try CLIFixture()
        let text = try stdinScan(fixture, path: "src/records.py", StdinScanTests.printRecord)
        #expect(text.status == 1, "\(text.output)")
        #expect(text.stdout.contains("src/records.py"))
        #expect(text.stdout.contains("2:5"))
        #expect(text.stdout.contains("phi-logging.fixture-print-record"))

        let json = try stdinScan(fixture, path: "src/records.py", StdinScanTests.printRecord, format: "json")
        #expect(json.status == 1)
        let object = try #require(try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any])
        let finding = try #require((object["findings"] as? [[String: Any]])?.first)
        #expect(finding["file"] as? String == "src/records.py")
        #expect(finding["line"] as? Int == 2 && finding["column"] as? Int == 5)
        #expect(finding["commit"] is NSNull)
        #expect(finding["snippet"] as? String == "print(<redacted>)")
        let summary = try #require(object["summary"] as? [String: Any])
        #expect(summary["files"] as? Int == 1 && summary["lines"] as? Int == 2 && summary["blocking"] as? Int == 1)
        #expect(try fixture.git(["status", "--porcelain"]).stdout.isEmpty, "nothing is written or staged")
    }

    @Test func theLanguageComesFromThePath() throws {
        let fixture = try CLIFixture()
        // The print rule is a Python rule: the same text elsewhere is not Python.
        #expect(try stdinScan(fixture, path: "tools/export.py", StdinScanTests.printRecord).status == 1)
        #expect(try stdinScan(fixture, path: "web/export.js", StdinScanTests.printRecord).status == 0)
        #expect(try stdinScan(fixture, path: "docs/export.md", StdinScanTests.printRecord).status == 0)
        // The cookie rule is a JavaScript rule (and only warns).
        let cookie = "res.cookie('sid', token, { secure: true });\n"
        let js = try stdinScan(fixture, path: "web/session.js", cookie, format: "json")
        #expect(js.status == 0)
        #expect(js.stdout.contains("session-security.fixture-cookie-httponly"))
        #expect(!(try stdinScan(fixture, path: "session.py", cookie, format: "json")).stdout.contains("session-security"))
        // Language-independent rules apply to any path.
        let ssn = try stdinScan(fixture, path: "notes.txt", "patient ssn \(StdinScanTests.ssn)\n")
        #expect(ssn.status == 1)
        #expect(!ssn.output.contains(StdinScanTests.ssn), "raw value leaked")
    }

    @Test func cleanAndEmptyContentExitZero() throws {
        let fixture = try CLIFixture()
        let clean = try stdinScan(fixture, path: "src/records.py", "def f(patient_record):\n    print(len(patient_record))\n")
        #expect(clean.status == 0, "\(clean.output)")
        #expect(clean.stdout.contains("no findings"))
        let empty = try stdinScan(fixture, path: "src/empty.py", "")
        #expect(empty.status == 0, "\(empty.output)")
    }

    @Test(arguments: [
        ["scan", "--stdin"], ["scan", "--stdin", "--path", ""], ["scan", "--path", "a.py"],
        ["scan", "--stdin", "--staged", "--path", "a.py"], ["scan", "--stdin", "--path", "a.py", "HEAD"],
    ])
    func usageErrorsExitTwo(_ arguments: [String]) throws {
        let fixture = try CLIFixture()
        let result = try PhiguardProcess.run(arguments, in: fixture.root, stdin: StdinScanTests.printRecord)
        #expect(result.status == 2, "\(arguments): \(result.output)")
        #expect(!result.stderr.isEmpty)
    }

    @Test func missingPathSaysWhy() throws {
        let fixture = try CLIFixture()
        let result = try PhiguardProcess.run(["scan", "--stdin"], in: fixture.root, stdin: StdinScanTests.printRecord)
        #expect(result.status == 2)
        #expect(result.stderr.contains("--path"))
    }

    @Test func worksOutsideARepository() throws {
        let fixture = try CLIFixture()
        let (directory, environment) = try StdinScanTests.outsideARepository()
        defer { try? FileManager.default.removeItem(atPath: directory) }
        let blocked = try stdinScan(fixture, path: "src/records.py", StdinScanTests.printRecord, in: directory, environment: environment)
        #expect(blocked.status == 1, "\(blocked.output)")
        #expect(blocked.stdout.contains("src/records.py"))
        let clean = try stdinScan(fixture, path: "src/records.py", "x = 1\n", in: directory, environment: environment)
        #expect(clean.status == 0, "\(clean.output)")
        let absolute = try stdinScan(fixture, path: directory + "/a.txt", "ssn \(StdinScanTests.ssn)\n", format: "json",
                                     in: directory, environment: environment)
        #expect(absolute.status == 1)
        #expect(absolute.stdout.contains("\"file\": \"\(directory)/a.txt\""))
    }

    @Test func theRepositoryConfigurationAndInlineAllowsApply() throws {
        let fixture = try CLIFixture()
        try fixture.write(".phiguard.toml", """
            [[allow]]
            paths  = ["fixtures/**"]
            rules  = ["phi-literal"]
            reason = "synthetic patients generated by phiguard synth"
            """)
        let text = "name,ssn\nJane Roe,\(StdinScanTests.ssn)\n"
        let allowed = try stdinScan(fixture, path: "fixtures/patients.csv", text, format: "json")
        #expect(allowed.status == 0, "\(allowed.output)")
        #expect(allowed.stdout.contains("\"overridden\": true"))
        #expect(allowed.stdout.contains("synthetic patients generated by phiguard synth"))
        #expect(try stdinScan(fixture, path: "src/patients.csv", text).status == 1)
        // From a subdirectory, the configuration is still the repository's.
        try FileManager.default.createDirectory(atPath: fixture.repository.path("src"), withIntermediateDirectories: true)
        #expect(try stdinScan(fixture, path: "fixtures/patients.csv", text, in: fixture.repository.path("src")).status == 0)

        let inline = "def f(patient_record):\n"
            + "    print(patient_record)  # phiguard:allow phi-logging.fixture-print-record -- synthetic record in a demo\n"
        #expect(try stdinScan(fixture, path: "demo.py", inline).status == 0)
        let brokenConfig = try CLIFixture()
        try brokenConfig.write(".phiguard.toml", "disable = [\n")
        #expect(try stdinScan(brokenConfig, path: "a.py", "x = 1\n").status == 2)
    }

    // MARK: - docs/agents: the hooks that run the scan before an agent writes

    static let agents: String = {
        let file = "\(#filePath)"
        return String(file[..<file.range(of: "/Tests/PhiguardCLITests/")!.lowerBound]) + "/docs/agents"
    }()

    /// Runs an agent script with an interpreter; a missing interpreter fails the test with
    /// the command that installs it (the hooks are part of the product, so never a skip).
    func runScript(_ interpreter: String, _ script: String, _ arguments: [String] = [], stdin: String, in directory: String,
                   environment: [String: String]) throws -> PhiguardProcess.Result {
        let result = try PhiguardProcess.execute([interpreter, StdinScanTests.agents + "/" + script] + arguments,
                                                 in: directory, environment: environment, stdin: stdin)
        if result.status == 127 && result.stderr.contains(interpreter) {
            Issue.record("\(interpreter) is needed to test docs/agents/\(script) and was not found: apt-get install -y \(interpreter)")
        }
        return result
    }

    /// The JSON Claude Code gives a PreToolUse hook on stdin.
    static func toolCall(_ tool: String, _ input: [String: Any], cwd: String) throws -> String {
        let event: [String: Any] = ["session_id": "test", "hook_event_name": "PreToolUse", "cwd": cwd,
                                    "tool_name": tool, "tool_input": input]
        return String(decoding: try JSONSerialization.data(withJSONObject: event), as: UTF8.self)
    }

    func claudeHook(_ fixture: CLIFixture, _ tool: String, _ input: [String: Any],
                    environment extra: [String: String] = [:]) throws -> PhiguardProcess.Result {
        let environment = try fixture.hookEnvironment().merging(extra) { $1 }
        return try runScript("python3", "claude-code/phiguard-pretooluse.py",
                             stdin: try StdinScanTests.toolCall(tool, input, cwd: fixture.root),
                             in: fixture.root, environment: environment)
    }

    @Test func claudeCodeHookBlocksAPHIWriteWithExitTwoAndAllowsACleanOne() throws {
        let fixture = try CLIFixture()
        let blocked = try claudeHook(fixture, "Write", ["file_path": fixture.repository.path("src/new/records.py"),
                                                        "content": StdinScanTests.printRecord])
        #expect(blocked.status == 2, "Claude Code blocks only on exit 2: \(blocked.output)")
        #expect(blocked.stderr.contains("phi-logging.fixture-print-record"))
        #expect(blocked.stderr.contains("src/new/records.py"), "the path is repository-relative")
        #expect(blocked.stderr.contains("45 CFR 164.312(b)"))

        let clean = try claudeHook(fixture, "Write", ["file_path": fixture.repository.path("src/new/records.py"),
                                                      "content": "def f(patient_record):\n    print(len(patient_record))\n"])
        #expect(clean.status == 0, "\(clean.output)")

        let ssn = try claudeHook(fixture, "Write", ["file_path": "notes/intake.txt", "content": "ssn \(StdinScanTests.ssn)\n"])
        #expect(ssn.status == 2, "a relative file_path is taken from the session's cwd")
        #expect(!ssn.output.contains(StdinScanTests.ssn), "raw value leaked")
    }

    @Test func claudeCodeHookScansTheNewTextOfEdits() throws {
        let fixture = try CLIFixture()
        try fixture.write("src/records.py", "def f(patient_record):\n    pass\n")
        let file = fixture.repository.path("src/records.py")
        let edit = try claudeHook(fixture, "Edit", ["file_path": file, "old_string": "pass", "new_string": "print(patient_record)"])
        #expect(edit.status == 2, "\(edit.output)")
        #expect(edit.stderr.contains("phi-logging.fixture-print-record"))
        let safe = try claudeHook(fixture, "Edit", ["file_path": file, "old_string": "pass", "new_string": "return None"])
        #expect(safe.status == 0, "\(safe.output)")

        let multi = try claudeHook(fixture, "MultiEdit", ["file_path": file, "edits": [
            ["old_string": "a", "new_string": "x = 1"],
            ["old_string": "b", "new_string": "ssn = '\(StdinScanTests.ssn)'"],
        ]])
        #expect(multi.status == 2, "\(multi.output)")
        #expect(multi.stderr.contains("edit 2"))
        #expect(!multi.output.contains(StdinScanTests.ssn))
        #expect(try claudeHook(fixture, "Read", ["file_path": file]).status == 0, "other tools pass through")
    }

    @Test func theHookReadsApplyPatchEditsOfCodexStyleAgents() throws {
        let fixture = try CLIFixture()
        let leak = "*** Begin Patch\n*** Add File: src/export.py\n+def f(patient_record):\n+    print(patient_record)\n"
            + "*** Update File: src/util.py\n@@ def g():\n-    pass\n+    return 1\n*** End Patch\n"
        let blocked = try claudeHook(fixture, "apply_patch", ["command": ["apply_patch", leak]])
        #expect(blocked.status == 2, "\(blocked.output)")
        #expect(blocked.stderr.contains("src/export.py"))
        #expect(blocked.stderr.contains("line 2:5"))
        let update = "*** Begin Patch\n*** Update File: src/util.py\n@@ def g():\n-    pass\n+    return len(patient_record)\n*** End Patch\n"
        #expect(try claudeHook(fixture, "apply_patch", ["input": update]).status == 0)
        let updateLeak = update.replacingOccurrences(of: "return len(patient_record)", with: "print(patient_record)")
        #expect(try claudeHook(fixture, "apply_patch", ["input": updateLeak]).status == 2, "added lines of an update")
        #expect(try claudeHook(fixture, "Bash", ["command": "ls -la"]).status == 0)
    }

    @Test func claudeCodeHookHonoursTheRepositoryConfiguration() throws {
        let fixture = try CLIFixture()
        try fixture.write(".phiguard.toml", """
            [[allow]]
            paths  = ["fixtures/**"]
            rules  = ["phi-literal"]
            reason = "synthetic patients generated by phiguard synth"
            """)
        let text = "name,ssn\nJane Roe,\(StdinScanTests.ssn)\n"
        #expect(try claudeHook(fixture, "Write", ["file_path": fixture.repository.path("fixtures/p.csv"), "content": text]).status == 0)
        #expect(try claudeHook(fixture, "Write", ["file_path": fixture.repository.path("src/p.csv"), "content": text]).status == 2)
    }

    @Test func claudeCodeHookFailsClosed() throws {
        let fixture = try CLIFixture()
        let write: [String: Any] = ["file_path": fixture.repository.path("a.py"), "content": "x = 1\n"]
        #expect(try claudeHook(fixture, "Write", write).status == 0)

        let missing = try claudeHook(fixture, "Write", write, environment: ["PHIGUARD_BIN": "/nonexistent/phiguard"])
        #expect(missing.status == 2)
        #expect(missing.stderr.contains("not found"))
        let impostor = try claudeHook(fixture, "Write", write, environment: ["PHIGUARD_BIN": "true"])
        #expect(impostor.status == 2, "exit 0 without a phiguard report is not an answer")
        try fixture.write(".phiguard.toml", "disable = [\n")
        let broken = try claudeHook(fixture, "Write", write)
        #expect(broken.status == 2)
        #expect(broken.stderr.contains(".phiguard.toml"))

        let garbage = try runScript("python3", "claude-code/phiguard-pretooluse.py", stdin: "{not json",
                                    in: fixture.root, environment: try fixture.hookEnvironment())
        #expect(garbage.status == 2)
        #expect(try claudeHook(fixture, "Write", ["file_path": fixture.repository.path("a.py")]).status == 2, "no content")
    }

    @Test func claudeCodeSettingsRunTheHookOnEveryWriteTool() throws {
        let data = try Data(contentsOf: URL(fileURLWithPath: StdinScanTests.agents + "/claude-code/settings.json"))
        let settings = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
        let entries = try #require((settings["hooks"] as? [String: Any])?["PreToolUse"] as? [[String: Any]])
        let entry = try #require(entries.first)
        let matcher = try #require(entry["matcher"] as? String)
        for tool in ["Write", "Edit", "MultiEdit"] {
            #expect(matcher.split(separator: "|").contains(Substring(tool)), "matcher misses \(tool)")
        }
        let command = try #require((entry["hooks"] as? [[String: Any]])?.first?["command"] as? String)
        #expect(command.contains("phiguard-pretooluse.py"))
        #expect(command.hasSuffix("|| exit 2"), "a hook that cannot start must block too")
    }

    @Test func genericGuardBlocksAPHIWriteAndAllowsACleanOne() throws {
        let fixture = try CLIFixture()
        let environment = try fixture.hookEnvironment()
        let blocked = try runScript("sh", "phiguard-guard", [fixture.repository.path("src/new/records.py")],
                                    stdin: StdinScanTests.printRecord, in: fixture.root, environment: environment)
        #expect(blocked.status == 2, "\(blocked.output)")
        #expect(blocked.stderr.contains("src/new/records.py:2:5"))
        #expect(blocked.stderr.contains("phi-logging.fixture-print-record"))

        let clean = try runScript("sh", "phiguard-guard", ["src/records.py"], stdin: "x = 1\n", in: fixture.root,
                                  environment: environment)
        #expect(clean.status == 0, "\(clean.output)")

        let ssn = try runScript("sh", "phiguard-guard", ["notes.txt"], stdin: "ssn \(StdinScanTests.ssn)\n", in: fixture.root,
                                environment: environment.merging(["PHIGUARD_BLOCK_STATUS": "1"]) { $1 })
        #expect(ssn.status == 1, "the block status is configurable for agents that want another code")
        #expect(!ssn.output.contains(StdinScanTests.ssn))

        try fixture.write("src/records.py", StdinScanTests.printRecord)
        try fixture.write("src/ok.py", "x = 1\n")
        let files = try runScript("sh", "phiguard-guard", ["--files", "src/ok.py", "src/records.py"], stdin: "", in: fixture.root,
                                  environment: environment)
        #expect(files.status == 2, "\(files.output)")
        #expect(try runScript("sh", "phiguard-guard", ["--files", "src/ok.py"], stdin: "", in: fixture.root,
                              environment: environment).status == 0)

        let (outside, ceiling) = try StdinScanTests.outsideARepository()
        defer { try? FileManager.default.removeItem(atPath: outside) }
        let elsewhere = try runScript("sh", "phiguard-guard", ["a/b/records.py"], stdin: StdinScanTests.printRecord, in: outside,
                                      environment: environment.merging(ceiling) { $1 })
        #expect(elsewhere.status == 2, "\(elsewhere.output)")
    }

    @Test func genericGuardFailsClosed() throws {
        let fixture = try CLIFixture()
        let environment = try fixture.hookEnvironment()
        func guardStatus(_ arguments: [String], _ extra: [String: String] = [:]) throws -> Int32 {
            try runScript("sh", "phiguard-guard", arguments, stdin: "x = 1\n", in: fixture.root,
                          environment: environment.merging(extra) { $1 }).status
        }
        #expect(try guardStatus(["a.py"]) == 0)
        #expect(try guardStatus(["a.py"], ["PHIGUARD_BIN": "/nonexistent/phiguard"]) == 2)
        #expect(try guardStatus(["a.py"], ["PHIGUARD_BIN": "true"]) == 2, "exit 0 without a phiguard report")
        #expect(try guardStatus([]) == 2)
        #expect(try guardStatus(["a.py", "b.py"]) == 2)
        #expect(try guardStatus(["--files", "no-such-file.py"]) == 2)
        try fixture.write(".phiguard.toml", "disable = [\n")
        #expect(try guardStatus(["a.py"]) == 2)
    }
}
