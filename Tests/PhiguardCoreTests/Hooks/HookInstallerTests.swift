import Foundation
import Testing
@testable import PhiguardCore

@Suite("HookInstaller")
struct HookInstallerTests {
    let foreignHook = "#!/bin/sh\n# someone else's hook\necho lint >&2\nexit 0\n"

    @Test("a fresh install creates the hooks directory and writes the shim, mode 0755, atomically")
    func freshInstall() throws {
        let sandbox = try HookSandbox()
        let hooks = sandbox.path + "/custom/hooks"  // core.hooksPath may name a new directory
        let installer = HookInstaller(hooksDirectory: hooks + "/")
        let changes = try installer.install([.preCommit])
        let hook = hooks + "/pre-commit"
        #expect(changes == [HookChange(kind: .preCommit, action: .installed, path: hook)])
        #expect(changes.map(\.description) == ["installed pre-commit"])
        #expect(try hookFileText(hook) == HookScript.text(for: .preCommit))
        #expect(hookFileMode(hook) == 0o755)
        #expect(hookDirectoryEntries(hooks) == ["pre-commit"])  // no temporary file left behind
        #expect(installer.status([.preCommit]) == [HookStatus(kind: .preCommit, state: .installed, chained: false, path: hook)])
    }

    @Test("installing twice changes nothing")
    func idempotent() throws {
        let sandbox = try HookSandbox()
        let installer = HookInstaller(hooksDirectory: sandbox.path)
        try installer.install([.preCommit])
        let inode = hookFileInode(sandbox.path + "/pre-commit")
        let again = try installer.install([.preCommit, .preCommit])
        #expect(again.map(\.action) == [.alreadyInstalled])
        #expect(again.map(\.description) == ["pre-commit already installed"])
        #expect(hookFileInode(sandbox.path + "/pre-commit") == inode)
        #expect(hookDirectoryEntries(sandbox.path) == ["pre-commit"])
    }

    @Test("an older phiguard shim, or one that lost its execute bits, is upgraded in place")
    func upgradesOwnShim() throws {
        let sandbox = try HookSandbox()
        let old = try sandbox.write("#!/bin/sh\n\(HookScript.marker)\nexec phiguard scan --cached\n",
                                    to: "pre-commit", mode: 0o755)
        let installer = HookInstaller(hooksDirectory: sandbox.path)
        #expect(installer.status([.preCommit]).map(\.state) == [.outdated])
        #expect(try installer.install([.preCommit]).map(\.action) == [.upgraded])
        #expect(try hookFileText(old) == HookScript.text(for: .preCommit))
        #expect(hookDirectoryEntries(sandbox.path) == ["pre-commit"])  // not chained: it was ours

        chmod(old, 0o644)
        #expect(try installer.install([.preCommit]).map(\.description) == ["upgraded pre-commit"])
        #expect(hookFileMode(old) == 0o755)
    }

    @Test("a foreign hook is kept as pre-commit.pre-phiguard, unchanged, and chained")
    func chainsForeignHook() throws {
        let sandbox = try HookSandbox()
        try sandbox.write(foreignHook, to: "pre-commit", mode: 0o750)
        let installer = HookInstaller(hooksDirectory: sandbox.path)
        #expect(installer.status([.preCommit]).map(\.state) == [.foreign])

        let changes = try installer.install([.preCommit])
        #expect(changes.map(\.action) == [.chained])
        #expect(changes.map(\.description) == ["chained existing pre-commit (kept as pre-commit.pre-phiguard)"])
        #expect(try hookFileText(sandbox.path + "/pre-commit.pre-phiguard") == foreignHook)
        #expect(hookFileMode(sandbox.path + "/pre-commit.pre-phiguard") == 0o750)
        #expect(try hookFileText(sandbox.path + "/pre-commit") == HookScript.text(for: .preCommit))
        #expect(installer.status([.preCommit]).map(\.description) == ["pre-commit: installed, chaining pre-commit.pre-phiguard"])

        // And again: still one chain, nothing moved.
        #expect(try installer.install([.preCommit]).map(\.action) == [.alreadyInstalled])
        #expect(try hookFileText(sandbox.path + "/pre-commit.pre-phiguard") == foreignHook)
    }

    @Test("uninstall puts the foreign hook back byte for byte, mode included")
    func uninstallRestores() throws {
        let sandbox = try HookSandbox()
        let bytes: [UInt8] = Array(foreignHook.utf8) + [0xFF, 0x00, 0x0D, 0x0A]  // not even UTF-8
        let hook = sandbox.path + "/pre-commit"
        try Data(bytes).write(to: URL(fileURLWithPath: hook))
        chmod(hook, 0o700)
        let installer = HookInstaller(hooksDirectory: sandbox.path)
        try installer.install([.preCommit])

        let changes = try installer.uninstall([.preCommit])
        #expect(changes == [HookChange(kind: .preCommit, action: .restored, path: hook)])
        #expect(changes.map(\.description) == ["restored previous pre-commit"])
        #expect(try hookFileBytes(hook) == bytes)
        #expect(hookFileMode(hook) == 0o700)
        #expect(hookDirectoryEntries(sandbox.path) == ["pre-commit"])
        // The restored hook is foreign again: a second uninstall leaves it alone.
        #expect(try installer.uninstall([.preCommit]).map(\.action) == [.leftForeign])
        #expect(try hookFileBytes(hook) == bytes)
    }

    @Test("uninstall removes only phiguard's own hook")
    func uninstallOwnOnly() throws {
        let sandbox = try HookSandbox()
        let installer = HookInstaller(hooksDirectory: sandbox.path)
        try installer.install([.preCommit])
        #expect(try installer.uninstall([.preCommit]).map(\.description) == ["removed pre-commit"])
        #expect(hookDirectoryEntries(sandbox.path) == [])
        #expect(try installer.uninstall([.preCommit]).map(\.action) == [.notInstalled])
        #expect(try HookInstaller(hooksDirectory: sandbox.path + "/missing").uninstall([.preCommit]).map(\.action) == [.notInstalled])

        try sandbox.write(foreignHook, to: "pre-commit", mode: 0o755)
        let changes = try installer.uninstall([.preCommit])
        #expect(changes.map(\.description) == ["pre-commit is not a phiguard hook, left alone"])
        #expect(try hookFileText(sandbox.path + "/pre-commit") == foreignHook)
    }

    @Test("a foreign hook plus an existing pre-commit.pre-phiguard is refused, nothing touched")
    func refusesToDestroyEither() throws {
        let sandbox = try HookSandbox()
        let hook = try sandbox.write(foreignHook, to: "pre-commit", mode: 0o755)
        let backup = try sandbox.write("#!/bin/sh\necho older\n", to: "pre-commit.pre-phiguard", mode: 0o755)
        let installer = HookInstaller(hooksDirectory: sandbox.path)
        let error = try #require(throws: PhiguardError.self) { try installer.install([.preCommit]) }
        guard case let .hookInstallation(reason) = error else {
            Issue.record("unexpected error \(error)")
            return
        }
        #expect(reason.contains(hook) && reason.contains(backup) && reason.contains("already exists"))
        #expect(try hookFileText(hook) == foreignHook)
        #expect(try hookFileText(backup) == "#!/bin/sh\necho older\n")
        #expect(hookDirectoryEntries(sandbox.path) == ["pre-commit", "pre-commit.pre-phiguard"])
    }

    @Test("a symlinked hook (pre-commit framework, husky) is chained as the link itself")
    func chainsSymlink() throws {
        let sandbox = try HookSandbox()
        try sandbox.write(foreignHook, to: "tools/run-hooks", mode: 0o755)
        let hooks = sandbox.path + "/.git/hooks"
        try FileManager.default.createDirectory(atPath: hooks, withIntermediateDirectories: true)
        #expect(symlink("../../tools/run-hooks", hooks + "/pre-commit") == 0)
        let installer = HookInstaller(hooksDirectory: hooks)

        #expect(try installer.install([.preCommit]).map(\.action) == [.chained])
        let moved = hooks + "/pre-commit.pre-phiguard"
        #expect(try FileManager.default.destinationOfSymbolicLink(atPath: moved) == "../../tools/run-hooks")
        #expect(try hookFileText(moved) == foreignHook)  // still resolves from its new name
        #expect(hookFileMode(hooks + "/pre-commit") == 0o755)

        #expect(try installer.uninstall([.preCommit]).map(\.action) == [.restored])
        #expect(try FileManager.default.destinationOfSymbolicLink(atPath: hooks + "/pre-commit") == "../../tools/run-hooks")
        #expect(try hookFileText(sandbox.path + "/tools/run-hooks") == foreignHook)
    }

    @Test("a symlink to a phiguard shim is still foreign: never followed and rewritten")
    func symlinkToOwnShimIsForeign() throws {
        let sandbox = try HookSandbox()
        let shared = try sandbox.write(HookScript.text(for: .preCommit), to: "shared/pre-commit", mode: 0o755)
        let hooks = sandbox.path + "/hooks"
        try FileManager.default.createDirectory(atPath: hooks, withIntermediateDirectories: true)
        #expect(symlink(shared, hooks + "/pre-commit") == 0)
        let installer = HookInstaller(hooksDirectory: hooks)
        #expect(installer.status([.preCommit]).map(\.state) == [.foreign])
        #expect(try installer.uninstall([.preCommit]).map(\.action) == [.leftForeign])
        #expect(try FileManager.default.destinationOfSymbolicLink(atPath: hooks + "/pre-commit") == shared)
    }

    @Test("an unwritable hooks directory is an error naming the directory and the reason")
    func unwritableDirectory() throws {
        let sandbox = try HookSandbox()
        let directory: String
        if geteuid() == 0 {
            // Root ignores mode bits; sysfs refuses new files even to root.
            directory = "/sys"
        } else {
            directory = sandbox.path + "/hooks"
            try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
            chmod(directory, 0o555)
        }
        let error = try #require(throws: PhiguardError.self) {
            try HookInstaller(hooksDirectory: directory).install([.preCommit])
        }
        #expect(error == .hookInstallation(reason: "cannot write to \(directory): Permission denied"))
        #expect(error.description == "cannot install hooks: cannot write to \(directory): Permission denied")
        #expect(!FileManager.default.fileExists(atPath: directory + "/pre-commit"))
    }

    @Test("a hooks directory that cannot be created is an error naming what is in the way")
    func uncreatableDirectory() throws {
        let sandbox = try HookSandbox()
        let file = try sandbox.write("not a directory\n", to: "file")
        let error = try #require(throws: PhiguardError.self) {
            try HookInstaller(hooksDirectory: file + "/hooks").install([.preCommit])
        }
        #expect(error == .hookInstallation(reason: "\(file) exists and is not a directory"))
    }

    @Test("a directory where the hook should be is refused")
    func directoryInTheWay() throws {
        let sandbox = try HookSandbox()
        try FileManager.default.createDirectory(atPath: sandbox.path + "/pre-commit", withIntermediateDirectories: true)
        let error = try #require(throws: PhiguardError.self) {
            try HookInstaller(hooksDirectory: sandbox.path).install([.preCommit])
        }
        #expect(error == .hookInstallation(reason: "\(sandbox.path)/pre-commit is a directory, not a hook script"))
    }

    @Test("uninstall after the shim was deleted by hand still brings the previous hook back")
    func orphanedBackup() throws {
        let sandbox = try HookSandbox()
        try sandbox.write(foreignHook, to: "pre-commit", mode: 0o755)
        let installer = HookInstaller(hooksDirectory: sandbox.path)
        try installer.install([.preCommit])
        unlink(sandbox.path + "/pre-commit")
        #expect(installer.status([.preCommit]).map(\.description) == ["pre-commit: not installed"])
        #expect(try installer.uninstall([.preCommit]).map(\.action) == [.restored])
        #expect(try hookFileText(sandbox.path + "/pre-commit") == foreignHook)
    }
}
