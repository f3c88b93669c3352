import Foundation
import Testing
@testable import PhiguardCore

/// The repository root, from this file's real location (Tests/PhiguardCoreTests/Hooks/).
private let hooksRepositoryRoot: URL = {
    var url = URL(fileURLWithPath: "\(#filePath)").resolvingSymlinksInPath()
    for _ in 0..<4 { url.deleteLastPathComponent() }
    return url
}()

/// Records its arguments and standard input in $LOG, then exits with $FAKE_STATUS.
private let fakePhiguardScript = """
    #!/bin/sh
    printf 'phiguard %s|%s\\n' "$*" "$(cat)" >>"$LOG"
    exit "${FAKE_STATUS:-0}"

    """

/// A foreign hook: records the same way, exits with $FOREIGN_STATUS.
private let foreignHookScript = """
    #!/bin/sh
    printf 'foreign %s|%s\\n' "$*" "$(cat)" >>"$LOG"
    exit "${FOREIGN_STATUS:-0}"

    """

@Suite("Hook scripts")
struct HookScriptTests {
    @Test("each hooks/<name> file in the repository is byte-identical to the embedded script")
    func checkedInCopiesMatch() throws {
        let directory = hooksRepositoryRoot.appendingPathComponent("hooks").path
        for kind in HookKind.allCases {
            let file = directory + "/" + kind.fileName
            if ProcessInfo.processInfo.environment["PHIGUARD_WRITE_HOOKS"] == "1" {  // regenerate
                try Data(HookScript.text(for: kind).utf8).write(to: URL(fileURLWithPath: file))
                chmod(file, 0o755)
            }
            #expect(try hookFileText(file) == HookScript.text(for: kind),
                    "hooks/\(kind.fileName) differs from HookScript; run the tests with PHIGUARD_WRITE_HOOKS=1 to rewrite it")
            #expect(hookFileMode(file).map { $0 & 0o111 } == 0o111, "hooks/\(kind.fileName) must be executable")
        }
        let names = hookDirectoryEntries(directory)
        #expect(names == HookKind.allCases.map(\.fileName).sorted(), "every file in hooks/ must be a HookKind")
    }

    @Test("every shim is valid sh carrying the marker on its second line", arguments: HookKind.allCases)
    func shimShape(kind: HookKind) throws {
        let sandbox = try HookSandbox()
        let text = HookScript.text(for: kind)
        #expect(text.split(separator: "\n", omittingEmptySubsequences: false).prefix(2) == ["#!/bin/sh", "# phiguard-managed-hook"])
        let file = try sandbox.write(text, to: kind.fileName, mode: 0o755)
        #expect(try runHookProcess("/bin/sh", ["-n", file], in: sandbox.path, environment: [:]).status == 0)
    }

    @Test("the chained hook runs first with the arguments and standard input, then phiguard scan --staged")
    func chainedRunsFirst() throws {
        let shim = try HookShim()
        let result = try shim.run(["one", "two words"], input: "from git")
        #expect(result.status == 0, "\(result.stderr)")
        #expect(shim.log == ["foreign one two words|from git", "phiguard scan --staged|"])
    }

    @Test("a failing chained hook blocks with its own status and phiguard never runs")
    func chainedFailureBlocks() throws {
        let shim = try HookShim()
        let result = try shim.run(extra: ["FOREIGN_STATUS": "3"])
        #expect(result.status == 3)
        #expect(shim.log == ["foreign |"])
    }

    @Test("phiguard's exit status is the hook's")
    func phiguardStatusPropagates() throws {
        let shim = try HookShim()
        let result = try shim.run(extra: ["FAKE_STATUS": "1"])
        #expect(result.status == 1)
        #expect(shim.log == ["foreign |", "phiguard scan --staged|"])
    }

    @Test("with no phiguard anywhere the hook fails closed and says what to do")
    func failsClosedWithoutBinary() throws {
        for directory in ["/usr/bin", "/bin"] {
            try #require(!FileManager.default.fileExists(atPath: directory + "/phiguard"),
                         "a phiguard in \(directory) would be found")
        }
        let shim = try HookShim(chained: false)
        let result = try shim.run(extra: ["PHIGUARD_BIN": nil])
        #expect(result.status == 1)
        #expect(result.stderr.contains("commit blocked: the phiguard binary was not found."))
        #expect(result.stderr.contains("./install.sh") && result.stderr.contains("PHIGUARD_BIN"))
        #expect(result.stderr.contains("git commit --no-verify"))
        #expect(shim.log == [])

        // A chained hook that passes does not change that.
        let chained = try HookShim()
        #expect(try chained.run(extra: ["PHIGUARD_BIN": nil]).status == 1)
        #expect(chained.log == ["foreign |"])
    }

    @Test("a PHIGUARD_BIN that does not exist fails closed, naming it")
    func missingConfiguredBinary() throws {
        let shim = try HookShim(chained: false)
        let result = try shim.run(extra: ["PHIGUARD_BIN": "/nonexistent/phiguard"])
        #expect(result.status == 1)
        #expect(result.stderr.contains("not found at /nonexistent/phiguard"))
    }

    @Test("without PHIGUARD_BIN the binary is looked up on PATH, then in ~/.local/bin")
    func binaryLookup() throws {
        let shim = try HookShim(chained: false)
        try shim.sandbox.write(fakePhiguardScript.replacingOccurrences(of: "phiguard %s", with: "home %s"),
                               to: "home/.local/bin/phiguard", mode: 0o755)
        #expect(try shim.run(extra: ["PHIGUARD_BIN": nil]).status == 0)
        #expect(shim.log == ["home scan --staged|"])

        try shim.sandbox.write(fakePhiguardScript.replacingOccurrences(of: "phiguard %s", with: "path %s"),
                               to: "path/phiguard", mode: 0o755)
        let path = shim.sandbox.path + "/path:/usr/bin:/bin"
        #expect(try shim.run(extra: ["PHIGUARD_BIN": nil, "PATH": path]).status == 0)
        #expect(shim.log == ["home scan --staged|", "path scan --staged|"])
    }

    @Test("a hook that shares standard input gives the same input to the chained hook and to phiguard")
    func sharedInputShape() throws {
        // pre-push is not a HookKind yet; its shape is, so it is tested here.
        let shape = HookScript.Shape(blocks: "push", invocation: "hook pre-push \"$@\"", sharesInput: true)
        let shim = try HookShim(script: HookScript.render(hook: "pre-push", shape), name: "pre-push")
        try FileManager.default.createDirectory(atPath: shim.sandbox.path + "/tmp", withIntermediateDirectories: true)
        let refs = "refs/heads/main 1111 refs/heads/main 0000"
        let result = try shim.run(["origin", "url"], input: refs, extra: ["TMPDIR": shim.sandbox.path + "/tmp"])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(shim.log == ["foreign origin url|\(refs)", "phiguard hook pre-push origin url|\(refs)"])
        #expect(hookDirectoryEntries(shim.sandbox.path + "/tmp") == [], "the temporary copy is removed")

        let failed = try shim.run(input: refs, extra: ["TMPDIR": shim.sandbox.path + "/tmp", "FOREIGN_STATUS": "4"])
        #expect(failed.status == 4)
        #expect(hookDirectoryEntries(shim.sandbox.path + "/tmp") == [])
    }

    @Test("end to end with git: the installed hook chains, passes and blocks real commits")
    func realGitCommit() throws {
        let gitPath = try #require(["/usr/bin/git", "/bin/git", "/usr/local/bin/git"].first {
            FileManager.default.isExecutableFile(atPath: $0)
        }, "git is needed")
        let sandbox = try HookSandbox()
        let repo = sandbox.path + "/repo"
        let log = sandbox.path + "/log"
        let fake = try sandbox.write(fakePhiguardScript, to: "bin/fake-phiguard", mode: 0o755)
        var environment = ["PATH": "/usr/bin:/bin", "HOME": sandbox.path, "GIT_CONFIG_NOSYSTEM": "1",
                           "LOG": log, "PHIGUARD_BIN": fake]
        func git(_ arguments: [String]) throws -> HookProcessResult {
            try runHookProcess(gitPath, ["-c", "user.name=T", "-c", "user.email=t@example.com"] + arguments,
                               in: repo, environment: environment)
        }
        try FileManager.default.createDirectory(atPath: repo, withIntermediateDirectories: true)
        #expect(try git(["init", "-q"]).status == 0)
        try sandbox.write(foreignHookScript, to: "repo/.git/hooks/pre-commit", mode: 0o755)
        #expect(try HookInstaller(hooksDirectory: repo + "/.git/hooks").install([.preCommit]).map(\.action) == [.chained])

        try sandbox.write("hello\n", to: "repo/a.txt")
        #expect(try git(["add", "a.txt"]).status == 0)
        environment["FAKE_STATUS"] = "1"
        #expect(try git(["commit", "-q", "-m", "blocked"]).status != 0)
        #expect(try git(["rev-parse", "--verify", "-q", "HEAD"]).status != 0, "no commit was made")
        environment["FAKE_STATUS"] = "0"
        #expect(try git(["commit", "-q", "-m", "allowed"]).status == 0)
        #expect(try git(["rev-parse", "--verify", "-q", "HEAD"]).status == 0)
        #expect(try hookFileText(log).split(separator: "\n") ==
                ["foreign |", "phiguard scan --staged|", "foreign |", "phiguard scan --staged|"])
    }
}

/// A hooks directory holding a shim (and, unless told otherwise, a chained foreign hook),
/// run with `sh` and a minimal environment so that no real phiguard can be found.
private struct HookShim {
    let sandbox: HookSandbox
    let hook: String

    init(chained: Bool = true, script: String = HookScript.text(for: .preCommit), name: String = "pre-commit") throws {
        sandbox = try HookSandbox()
        hook = try sandbox.write(script, to: "repo/.git/hooks/\(name)", mode: 0o755)
        if chained {
            try sandbox.write(foreignHookScript, to: "repo/.git/hooks/\(name).pre-phiguard", mode: 0o755)
        }
        try sandbox.write(fakePhiguardScript, to: "bin/fake-phiguard", mode: 0o755)
        try FileManager.default.createDirectory(atPath: sandbox.path + "/home", withIntermediateDirectories: true)
    }

    var log: [String] {
        ((try? hookFileText(sandbox.path + "/log")) ?? "").split(separator: "\n").map(String.init)
    }

    /// Runs the hook as git would from the work tree: `sh .git/hooks/<name> ARGS`.
    func run(_ arguments: [String] = [], input: String = "", extra: [String: String?] = [:]) throws -> HookProcessResult {
        var environment = ["PATH": "/usr/bin:/bin", "HOME": sandbox.path + "/home", "LOG": sandbox.path + "/log",
                           "PHIGUARD_BIN": sandbox.path + "/bin/fake-phiguard"]
        for (key, value) in extra { environment[key] = value }
        let relative = String(hook.dropFirst(sandbox.path.count + "/repo/".count))
        return try runHookProcess("/bin/sh", [relative] + arguments, in: sandbox.path + "/repo",
                                  environment: environment, input: input)
    }
}
