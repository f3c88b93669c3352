#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// One thing `install` or `uninstall` did (or found already done) to one hook.
public struct HookChange: Sendable, Equatable, CustomStringConvertible {
    public enum Action: String, Sendable, Equatable {
        /// The shim was written where there was no hook.
        case installed
        /// A foreign hook was kept as `<name>.pre-phiguard` and the shim, which runs it
        /// first, was written in its place (or an existing `.pre-phiguard` is chained).
        case chained
        /// The hook is already the current shim: nothing written.
        case alreadyInstalled
        /// An older phiguard shim (or one with the wrong mode) was replaced by the current one.
        case upgraded
        /// The shim was removed; there was no previous hook.
        case removed
        /// The shim was removed and the previous hook moved back.
        case restored
        /// Nothing to remove.
        case notInstalled
        /// `uninstall` found a hook that is not phiguard's and left it alone.
        case leftForeign
    }

    public let kind: HookKind
    public let action: Action
    /// The hook's path: `<hooks directory>/<name>`.
    public let path: String

    public init(kind: HookKind, action: Action, path: String) {
        self.kind = kind
        self.action = action
        self.path = path
    }

    /// True when the action wrote, moved or removed a file.
    public var changedFiles: Bool {
        switch action {
        case .installed, .chained, .upgraded, .removed, .restored: return true
        case .alreadyInstalled, .notInstalled, .leftForeign: return false
        }
    }

    public var description: String {
        let name = kind.fileName
        switch action {
        case .installed: return "installed \(name)"
        case .chained: return "chained existing \(name) (kept as \(name)\(HookScript.chainedSuffix))"
        case .alreadyInstalled: return "\(name) already installed"
        case .upgraded: return "upgraded \(name)"
        case .removed: return "removed \(name)"
        case .restored: return "restored previous \(name)"
        case .notInstalled: return "\(name) not installed"
        case .leftForeign: return "\(name) is not a phiguard hook, left alone"
        }
    }
}

/// What is at a hook's path right now.
public struct HookStatus: Sendable, Equatable, CustomStringConvertible {
    public enum State: String, Sendable, Equatable {
        /// The current phiguard shim.
        case installed
        /// A phiguard shim from another version: `install` upgrades it.
        case outdated
        /// A hook phiguard did not write (including any symlink): `install` chains it.
        case foreign
        /// No hook.
        case absent
    }

    public let kind: HookKind
    public let state: State
    /// A `<name>.pre-phiguard` exists, which phiguard's shim runs first.
    public let chained: Bool
    public let path: String

    public var description: String {
        let name = kind.fileName
        let chain = chained ? ", chaining \(name)\(HookScript.chainedSuffix)" : ""
        switch state {
        case .installed: return "\(name): installed\(chain)"
        case .outdated: return "\(name): older phiguard hook, run phiguard install to upgrade\(chain)"
        case .foreign: return "\(name): not a phiguard hook"
        case .absent: return "\(name): not installed"
        }
    }
}

/// Installs and removes phiguard's hook shims in one hooks directory (`.git/hooks`, or
/// wherever `core.hooksPath` points: the caller resolves it). Never overwrites a hook it
/// did not write: a foreign hook is moved to `<name>.pre-phiguard` and run first by the
/// shim, and `uninstall` moves it back. Scripts are written to a temporary file and
/// renamed into place, mode 0755.
public struct HookInstaller: Sendable {
    public let hooksDirectory: String

    public init(hooksDirectory: String) {
        var directory = hooksDirectory
        while directory.count > 1 && directory.hasSuffix("/") { directory.removeLast() }
        self.hooksDirectory = directory
    }

    public func path(of kind: HookKind) -> String { hooksDirectory + "/" + kind.fileName }

    public func chainedPath(of kind: HookKind) -> String { path(of: kind) + HookScript.chainedSuffix }

    public func status(_ kinds: [HookKind] = HookKind.allCases) -> [HookStatus] {
        kinds.map { kind in
            let state: HookStatus.State
            switch inspect(kind) {
            case .absent: state = .absent
            case .current: state = .installed
            case .outdated: state = .outdated
            case .foreign, .unsupported: state = .foreign
            }
            return HookStatus(kind: kind, state: state, chained: HookFiles.exists(chainedPath(of: kind)),
                              path: path(of: kind))
        }
    }

    /// Installs the shims. Every conflict is found before any file is touched; an I/O
    /// failure part way leaves the hooks already handled in their new, working state.
    @discardableResult
    public func install(_ kinds: [HookKind] = HookKind.allCases) throws -> [HookChange] {
        let kinds = unique(kinds)
        let found = kinds.map { ($0, inspect($0)) }
        for (kind, entry) in found {
            switch entry {
            case .foreign where HookFiles.exists(chainedPath(of: kind)):
                throw PhiguardError.hookInstallation(reason:
                    "\(path(of: kind)) is not a phiguard hook and \(chainedPath(of: kind)) already exists; "
                    + "move one of them away (or merge them into one) and install again")
            case .unsupported(let what):
                throw PhiguardError.hookInstallation(reason: "\(path(of: kind)) is \(what), not a hook script")
            default:
                break
            }
        }
        if !found.isEmpty { try HookFiles.makeDirectories(hooksDirectory) }

        return try found.map { kind, entry in
            let target = path(of: kind)
            switch entry {
            case .current:
                return HookChange(kind: kind, action: .alreadyInstalled, path: target)
            case .outdated:
                try HookFiles.replace(target, with: HookScript.text(for: kind), in: hooksDirectory)
                return HookChange(kind: kind, action: .upgraded, path: target)
            case .absent:
                try HookFiles.replace(target, with: HookScript.text(for: kind), in: hooksDirectory)
                let chains = HookFiles.exists(chainedPath(of: kind))
                return HookChange(kind: kind, action: chains ? .chained : .installed, path: target)
            case .foreign:
                // Shim first in a temporary file, then move the foreign hook (a symlink moves
                // as the link itself) and the shim into place: no moment without a hook.
                let temporary = try HookFiles.writeTemporary(HookScript.text(for: kind), near: target,
                                                             in: hooksDirectory)
                let chained = chainedPath(of: kind)
                guard rename(target, chained) == 0 else {
                    let reason = HookFiles.lastError()
                    unlink(temporary)
                    throw PhiguardError.hookInstallation(reason: "cannot move \(target) to \(chained): \(reason)")
                }
                guard rename(temporary, target) == 0 else {
                    let reason = HookFiles.lastError()
                    unlink(temporary)
                    _ = rename(chained, target)
                    throw PhiguardError.hookInstallation(reason: "cannot write \(target): \(reason)")
                }
                return HookChange(kind: kind, action: .chained, path: target)
            case .unsupported:
                fatalError("unreachable: rejected above")
            }
        }
    }

    /// Removes phiguard's shims and moves each `<name>.pre-phiguard` back. A hook that is
    /// not phiguard's is left alone and reported as such.
    @discardableResult
    public func uninstall(_ kinds: [HookKind] = HookKind.allCases) throws -> [HookChange] {
        try unique(kinds).map { kind in
            let target = path(of: kind)
            let chained = chainedPath(of: kind)
            switch inspect(kind) {
            case .foreign, .unsupported:
                return HookChange(kind: kind, action: .leftForeign, path: target)
            case .absent, .current, .outdated:
                if HookFiles.exists(chained) {
                    // One rename replaces the shim (if any) with the previous hook.
                    guard rename(chained, target) == 0 else {
                        throw PhiguardError.hookInstallation(reason:
                            "cannot move \(chained) back to \(target): \(HookFiles.lastError())")
                    }
                    return HookChange(kind: kind, action: .restored, path: target)
                }
                guard HookFiles.exists(target) else {
                    return HookChange(kind: kind, action: .notInstalled, path: target)
                }
                guard unlink(target) == 0 else {
                    throw PhiguardError.hookInstallation(reason: "cannot remove \(target): \(HookFiles.lastError())")
                }
                return HookChange(kind: kind, action: .removed, path: target)
            }
        }
    }

    // MARK: - What is there

    private enum Entry {
        case absent
        case current
        case outdated
        case foreign
        case unsupported(String)
    }

    private func inspect(_ kind: HookKind) -> Entry {
        let target = path(of: kind)
        var info = stat()
        guard lstat(target, &info) == 0 else { return .absent }
        switch info.st_mode & S_IFMT {
        case S_IFLNK:
            return .foreign
        case S_IFREG:
            guard let bytes = HookFiles.readPrefix(target, limit: 256 * 1024),
                  HookFiles.hasMarker(bytes) else { return .foreign }
            let executable = (info.st_mode & 0o755) == 0o755
            return executable && bytes.elementsEqual(HookScript.text(for: kind).utf8) ? .current : .outdated
        case S_IFDIR:
            return .unsupported("a directory")
        default:
            return .unsupported("a special file")
        }
    }

    private func unique(_ kinds: [HookKind]) -> [HookKind] {
        var seen = Set<HookKind>()
        return kinds.filter { seen.insert($0).inserted }
    }
}

/// The few POSIX file operations the installer needs, with errors that name the path.
private enum HookFiles {
    static func lastError() -> String { String(cString: strerror(errno)) }

    static func exists(_ path: String) -> Bool {
        var info = stat()
        return lstat(path, &info) == 0
    }

    static func isDirectory(_ path: String) -> Bool {
        var info = stat()
        return stat(path, &info) == 0 && (info.st_mode & S_IFMT) == S_IFDIR
    }

    /// `mkdir -p`.
    static func makeDirectories(_ path: String) throws {
        if isDirectory(path) { return }
        if let slash = path.lastIndex(of: "/"), slash != path.startIndex {
            try makeDirectories(String(path[..<slash]))
        }
        if mkdir(path, 0o755) != 0 && errno != EEXIST {
            throw PhiguardError.hookInstallation(reason: "cannot create directory \(path): \(lastError())")
        }
        guard isDirectory(path) else {
            throw PhiguardError.hookInstallation(reason: "\(path) exists and is not a directory")
        }
    }

    /// Up to `limit` bytes from the start of the file, nil if it cannot be read.
    static func readPrefix(_ path: String, limit: Int) -> [UInt8]? {
        let fd = open(path, O_RDONLY | O_CLOEXEC)
        guard fd >= 0 else { return nil }
        defer { close(fd) }
        var bytes: [UInt8] = []
        var chunk = [UInt8](repeating: 0, count: 16 * 1024)
        while bytes.count < limit {
            let count = chunk.withUnsafeMutableBytes { read(fd, $0.baseAddress, $0.count) }
            if count < 0 {
                if errno == EINTR { continue }
                return nil
            }
            if count == 0 { break }
            bytes.append(contentsOf: chunk[0..<count])
        }
        return bytes
    }

    /// True when one of the lines is exactly the marker (a CRLF line ending tolerated).
    static func hasMarker(_ bytes: [UInt8]) -> Bool {
        let marker = Array(HookScript.marker.utf8)
        return bytes.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: true).contains { line in
            let trimmed = line.last == UInt8(ascii: "\r") ? line.dropLast() : line
            return trimmed.elementsEqual(marker)
        }
    }

    /// Writes `text` to a new temporary file beside `target`, mode 0755, flushed to disk.
    /// Returns its path.
    static func writeTemporary(_ text: String, near target: String, in directory: String) throws -> String {
        let name = target[target.index(after: target.lastIndex(of: "/") ?? target.startIndex)...]
        var attempt = 0
        while true {
            let temporary = "\(directory)/.\(name).phiguard-\(getpid())-\(attempt)"
            let fd = open(temporary, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, mode_t(0o755))
            if fd < 0 {
                if errno == EEXIST && attempt < 100 { attempt += 1; continue }
                throw PhiguardError.hookInstallation(reason: "cannot write to \(directory): \(lastError())")
            }
            var failure: String?
            let bytes = Array(text.utf8)
            var offset = 0
            while offset < bytes.count && failure == nil {
                let written = bytes[offset...].withUnsafeBytes { write(fd, $0.baseAddress, $0.count) }
                if written < 0 {
                    if errno != EINTR { failure = lastError() }
                } else {
                    offset += written
                }
            }
            // The umask must not strip the execute bits git needs.
            if failure == nil && fchmod(fd, mode_t(0o755)) != 0 { failure = lastError() }
            if failure == nil && fsync(fd) != 0 { failure = lastError() }
            if close(fd) != 0 && failure == nil { failure = lastError() }
            if let failure {
                unlink(temporary)
                throw PhiguardError.hookInstallation(reason: "cannot write to \(directory): \(failure)")
            }
            return temporary
        }
    }

    /// Atomically puts `text` at `target` (temporary file, then rename).
    static func replace(_ target: String, with text: String, in directory: String) throws {
        let temporary = try writeTemporary(text, near: target, in: directory)
        guard rename(temporary, target) == 0 else {
            let reason = lastError()
            unlink(temporary)
            throw PhiguardError.hookInstallation(reason: "cannot write \(target): \(reason)")
        }
    }
}
