import _PhiguardTestSupport
import Foundation
import Testing

/// The binary as users and CI call it: output formats and the exit-code contract.
@Suite struct ScanCommandTests {
    @Test func blockingFindingExitsOneWithRuleFileLineCitationFixAndBypass() throws {
        let fixture = try CLIFixture()
        try fixture.write("src/records.py", "def f(patient_record):\n    print(patient_record)\n")
        try fixture.repository.git(["add", "."])
        let result = try fixture.phiguard(["scan", "--staged"])
        #expect(result.status == 1)
        #expect(result.stdout.contains("src/records.py"))
        #expect(result.stdout.contains("2:5"))
        #expect(result.stdout.contains("phi-logging.fixture-print-record"))
        #expect(result.stdout.contains("HIPAA 45 CFR 164.312(b)"))
        #expect(result.stdout.contains("fix: "))
        #expect(result.stdout.contains("phiguard override phi-logging.fixture-print-record --reason"))
        #expect(!result.stdout.contains("\u{1B}["), "no colour when stdout is not a terminal")
    }

    @Test func jsonIsTheContractObject() throws {
        let fixture = try CLIFixture()
        try fixture.write("a.py", "print(record)\n")
        try fixture.repository.git(["add", "."])
        let result = try fixture.phiguard(["scan", "--staged", "--format", "json"])
        #expect(result.status == 1)
        let object = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        #expect(object["tool"] as? String == "phiguard")
        let finding = try #require((object["findings"] as? [[String: Any]])?.first)
        #expect(finding["rule"] as? String == "phi-logging.fixture-print-record")
        #expect(finding["line"] as? Int == 1 && finding["column"] as? Int == 1)
        #expect(finding["commit"] is NSNull)
        #expect(finding["snippet"] as? String == "print(<redacted>)")
    }

    @Test func cleanChangeExitsZero() throws {
        let fixture = try CLIFixture()
        try fixture.write("a.py", "print(len(records))\n")
        try fixture.repository.git(["add", "."])
        let result = try fixture.phiguard(["scan", "--staged"])
        #expect(result.status == 0)
        #expect(result.stdout.contains("scanned 1 file, 1 hunk, 1 added line"))
    }

    @Test func warningsOnlyExitZero() throws {
        let fixture = try CLIFixture()
        try fixture.write("app.js", "res.cookie('sid', token, { secure: true });\n")
        try fixture.repository.git(["add", "."])
        let result = try fixture.phiguard(["scan", "--staged", "--format", "json"])
        #expect(result.status == 0)
        #expect(result.stdout.contains("\"severity\": \"warn\""))
    }

    @Test(arguments: [
        ["scan"], ["scan", "--staged", "HEAD"], ["scan", "--staged", "--format", "xml"], ["frobnicate"], ["scan", "--nope"],
    ])
    func usageErrorsExitTwo(_ arguments: [String]) throws {
        let fixture = try CLIFixture()
        let result = try fixture.phiguard(arguments, fixtureRules: false)
        #expect(result.status == 2, "\(arguments): \(result.stderr)")
        #expect(!result.stderr.isEmpty)
    }

    @Test func brokenConfigurationExitsTwoWithTheFileAndLine() throws {
        let fixture = try CLIFixture()
        try fixture.write(".phiguard.toml", "disable = [\n")
        try fixture.write("a.py", "x = 1\n")
        try fixture.repository.git(["add", "."])
        let result = try fixture.phiguard(["scan", "--staged"])
        #expect(result.status == 2)
        #expect(result.stderr.contains(".phiguard.toml"))
        #expect(result.stderr.contains("line"))
    }

    @Test func outsideARepositoryExitsTwo() throws {
        let directory = NSTemporaryDirectory() + "not-a-repo-\(UUID().uuidString)"
        try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: directory) }
        let result = try PhiguardProcess.run(["scan", "--staged"], in: directory, environment: ["GIT_CEILING_DIRECTORIES": NSTemporaryDirectory()])
        #expect(result.status == 2)
        #expect(result.stderr.contains("phiguard: error:"))
    }

    @Test func runsFromASubdirectory() throws {
        let fixture = try CLIFixture()
        try fixture.write("deep/er/a.py", "print(record)\n")
        try fixture.repository.git(["add", "."])
        let result = try fixture.phiguard(["scan", "--staged"], in: fixture.repository.path("deep/er"))
        #expect(result.status == 1)
        #expect(result.stdout.contains("deep/er/a.py"))
    }

    @Test func rangeScanCarriesCommitIds() throws {
        let fixture = try CLIFixture()
        try fixture.write("a.py", "x = 1\n")
        try fixture.repository.commitAll("base")
        try fixture.write("b.py", "print(patient)\n")
        let leak = try fixture.repository.commitAll("leak")
        let result = try fixture.phiguard(["scan", "HEAD~1..HEAD", "--format", "json"])
        #expect(result.status == 1)
        #expect(result.stdout.contains("\"commit\": \"\(leak)\""))
        #expect(try fixture.phiguard(["scan", "HEAD~1"]).status == 0)
        #expect(try fixture.phiguard(["scan", "no-such-rev"]).status == 2)
    }

    @Test func rulesListsAndProvesThePack() throws {
        let fixture = try CLIFixture()
        let list = try fixture.phiguard(["rules"])
        #expect(list.status == 0)
        #expect(list.stdout.contains("phi-logging.fixture-print-record"))
        #expect(list.stdout.contains("4 rules in 4 categories"))
        let json = try fixture.phiguard(["rules", "--format", "json"])
        #expect(json.stdout.contains("\"hipaa\": \"45 CFR 164.312(b)\""))
        let test = try fixture.phiguard(["rules", "--test"])
        #expect(test.status == 0)
        #expect(test.stdout.contains("4 passed, 0 failed"))
        #expect(try fixture.phiguard(["version"], fixtureRules: false).stdout.hasPrefix("phiguard "))
    }
}

/// The exact invocations of the hooks take a fast path past argument parsing; they must
/// behave like the parsed commands: repository config, exit codes, output, effects.
@Suite struct HookFastPathTests {
    /// `hook commit-msg FILE` and `hook post-commit` as the hook scripts run them (fast)
    /// and with one option more (parsed): same status, output and message file.
    @Test func commitHooksBehaveTheSameWithAndWithoutTheParser() throws {
        let fixture = try CLIFixture()
        let file = fixture.repository.scratch + "/COMMIT_EDITMSG"
        func both(_ message: String) throws -> (fast: PhiguardProcess.Result, parsed: PhiguardProcess.Result, files: [String]) {
            var files: [String] = []
            var results: [PhiguardProcess.Result] = []
            for extra in [[], ["--format", "text"]] {
                try message.write(toFile: file, atomically: true, encoding: .utf8)
                results.append(try fixture.phiguard(["hook", "commit-msg", file] + extra, fixtureRules: false))
                files.append(try String(contentsOfFile: file, encoding: .utf8))
            }
            return (results[0], results[1], files)
        }
        for (message, status) in [("Fix the export\n", Int32(0)), ("Fix the export for 524-71-3302\n", 1)] {
            let (fast, parsed, files) = try both(message)
            #expect(fast.status == status && parsed.status == status, "\(fast.output)\n\(parsed.output)")
            #expect(fast.stdout == parsed.stdout && fast.stderr == parsed.stderr && files[0] == files[1])
        }

        // A pending bypass becomes the same trailer either way.
        try fixture.write("export.py", "def f(patient_record):\n    print(patient_record)\n")
        try fixture.repository.git(["add", "."])
        #expect(try fixture.phiguard(["scan", "--staged"], fixtureRules: false).status == 1)
        let granted = try fixture.phiguard(["override", "phi-logging.python-print-record", "--reason",
                                            "debug print reviewed: fixture data only"], fixtureRules: false)
        #expect(granted.status == 0, "\(granted.output)")
        #expect(try fixture.phiguard(["scan", "--staged"], fixtureRules: false).status == 0, "the bypass applies")
        let (fast, parsed, files) = try both("Export the visit list\n")
        #expect(fast.status == 0 && parsed.status == 0, "\(fast.output)\n\(parsed.output)")
        #expect(files[0].contains("Phiguard-Override: phi-logging.python-print-record "))
        #expect(files[0] == files[1] && fast.output == parsed.output)

        let missing = fixture.repository.scratch + "/no-such-message"
        let fastMissing = try fixture.phiguard(["hook", "commit-msg", missing], fixtureRules: false)
        let parsedMissing = try fixture.phiguard(["hook", "commit-msg", missing, "--format", "text"], fixtureRules: false)
        #expect(fastMissing.status == 2 && parsedMissing.status == 2)
        #expect(fastMissing.stderr == parsedMissing.stderr && fastMissing.stderr.contains("no-such-message"))

        // post-commit logs the commit's bypass, once per commit: each form gets a commit of its own.
        var posts: [PhiguardProcess.Result] = []
        for (index, extra) in [[], ["--repo", "."]].enumerated() {
            if index > 0 {
                try fixture.write("export.py", "def f(patient_record):\n    print(patient_record)  # \(index)\n")
                try fixture.repository.git(["add", "."])
                #expect(try fixture.phiguard(["scan", "--staged"], fixtureRules: false).status == 1)
                _ = try fixture.phiguard(["override", "phi-logging.python-print-record", "--reason",
                                          "debug print reviewed: fixture data only"], fixtureRules: false)
                #expect(try fixture.phiguard(["scan", "--staged"], fixtureRules: false).status == 0)
                _ = try both("Export the visit list\n")
            }
            try fixture.repository.git(["commit", "-q", "--no-verify", "-F", file])
            posts.append(try fixture.phiguard(["hook", "post-commit"] + extra, fixtureRules: false))
        }
        #expect(posts.allSatisfy { $0.status == 0 } && posts[0].output == posts[1].output, "\(posts.map(\.output))")
        #expect(posts[0].stderr.contains("logged 1 override"))
        let log = try fixture.phiguard(["log", "--format", "csv"], fixtureRules: false)
        #expect(log.stdout.components(separatedBy: "phi-logging.python-print-record").count == 3, "\(log.stdout)")
    }

    @Test func fastPathHonoursConfigurationAndExitCodes() throws {
        let fixture = try CLIFixture()
        try fixture.write(".phiguard.toml", """
            [[rule]]
            id = "access-control.team-bypass-token"
            category = "access-control"
            message = "team bypass token in the change"
            hipaa = "45 CFR 164.312(d)"
            remediation = "Read the token from the secret manager at run time."
            keywords = ["teamtok_"]
            pattern = 'teamtok_(?<value>[a-z0-9]{12})'
            triggers = ['t = "↓teamtok_k3j4h5g6a7b8"', 'x=↓teamtok_abcdefabcdef']
            near_misses = ['t = "teamtok_"', 't = "teamtok_short"']
            """)
        try fixture.write("app.py", "x = 1\n")
        try fixture.repository.git(["add", "."])
        let clean = try fixture.phiguard(["scan", "--staged"], fixtureRules: false)
        #expect(clean.status == 0, "\(clean.output)")
        try fixture.write("app.py", "x = 1\nallow_if(teamtok_k3j4h5g6a7b8)\n")
        try fixture.repository.git(["add", "."])
        let blocked = try fixture.phiguard(["scan", "--staged"], fixtureRules: false)
        #expect(blocked.status == 1)
        #expect(blocked.stdout.contains("access-control.team-bypass-token"))
        #expect(!blocked.output.contains("k3j4h5g6a7b8"))
        try fixture.write(".phiguard.toml", "disable = [\n")
        try fixture.repository.git(["add", "."])
        #expect(try fixture.phiguard(["scan", "--staged"], fixtureRules: false).status == 2)
    }
}
