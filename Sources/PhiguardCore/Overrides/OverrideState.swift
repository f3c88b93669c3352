#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
#if canImport(Glibc)
import Glibc
#endif

/// What passes between the hooks of one commit, in `<git-dir>/phiguard/` (per worktree,
/// since each worktree has its own index): the last staged scan's findings (for
/// `phiguard override`), the bypasses granted since, and the overrides the last scan
/// applied (for the commit-msg trailers and the post-commit ledger entries).
/// None of it holds a matched value: findings are identified by keyed fingerprints.
public struct OverrideState: Sendable {
    public let directory: String

    public init(gitDirectory: String) { directory = gitDirectory + "/phiguard" }

    /// A bypass lasts for the next commit, and at most this long.
    public static let bypassLifetime: Int64 = 3600

    public struct RecordedFinding: Codable, Sendable, Equatable {
        public let rule: String
        public let category: String
        public let severity: String
        public let file: String
        public let line: Int
        public let fingerprint: String
        public let overridden: Bool
    }

    public struct LastScan: Codable, Sendable {
        public let time: Int64
        public let findings: [RecordedFinding]
    }

    public struct Bypass: Codable, Sendable, Equatable {
        public let rule: String
        public let fingerprint: String
        public let reason: String
        public let kind: OverrideKind
        /// Seconds since the epoch.
        public let created: Int64
    }

    public struct Applied: Codable, Sendable {
        /// Set by the commit-msg hook, the last step before git creates the commit: a
        /// scan whose commit was abandoned (or skipped with --no-verify) is never logged.
        public var confirmed: Bool
        public let overrides: [AppliedOverride]
    }

    var lastScanPath: String { directory + "/last-scan.json" }
    var bypassPath: String { directory + "/bypass.json" }
    var appliedPath: String { directory + "/applied.json" }

    public func recordScan(_ findings: [Finding]) throws {
        // A scan without findings, what most commits record, is written as the encoder
        // would write it but without it: the encoder's generic machinery was two fifths of
        // a hook run with nothing staged.
        // When the file already records no findings it is left alone: a rename over it is a
        // write the file system may flush, on every commit, for nothing ("time" says when
        // the recorded findings last changed; nothing reads it as the time of the scan).
        if findings.isEmpty {
            if startsWith(lastScanPath, "{\"findings\":[],") { return }
            return try write(bytes: Array("{\"findings\":[],\"time\":\(Int64(time(nil)))}".utf8), to: lastScanPath)
        }
        let recorded = findings.map {
            RecordedFinding(rule: $0.ruleID, category: $0.category.rawValue, severity: $0.severity.rawValue, file: $0.file,
                            line: $0.line, fingerprint: $0.fingerprint, overridden: $0.overridden)
        }
        try write(LastScan(time: Int64(time(nil)), findings: recorded), to: lastScanPath)
    }

    public func lastScan() throws -> LastScan? { try read(LastScan.self, from: lastScanPath) }

    /// Bypasses granted and not yet expired.
    public func bypasses(now: Int64 = Int64(time(nil))) throws -> [Bypass] {
        (try read([Bypass].self, from: bypassPath) ?? []).filter { now - $0.created < OverrideState.bypassLifetime }
    }

    public func addBypasses(_ new: [Bypass]) throws {
        let kept = try bypasses().filter { old in !new.contains { $0.fingerprint == old.fingerprint && $0.rule == old.rule } }
        try write(kept + new, to: bypassPath)
    }

    public func recordApplied(_ applied: Applied) throws {
        if applied.overrides.isEmpty {
            return try write(bytes: Array("{\"confirmed\":\(applied.confirmed),\"overrides\":[]}".utf8), to: appliedPath)
        }
        try write(applied, to: appliedPath)
    }

    public func applied() throws -> Applied? { try read(Applied.self, from: appliedPath) }

    /// After a commit: bypasses are used up and the applied list is logged or dropped.
    public func clearAfterCommit() {
        unlink(bypassPath)
        unlink(appliedPath)
    }

    public func clearApplied() { unlink(appliedPath) }

    private func write<T: Encodable>(_ value: T, to path: String) throws {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        try write(bytes: Array(try encoder.encode(value)), to: path)
    }

    /// Whether the file at `path` begins with `prefix` (is exactly it, with `wholeFile`).
    private func startsWith(_ path: String, _ prefix: String) -> Bool { startsWith(path, Array(prefix.utf8)) }

    private func startsWith(_ path: String, _ prefix: [UInt8], wholeFile: Bool = false) -> Bool {
        let fd = open(path, O_RDONLY | O_CLOEXEC | O_NONBLOCK)
        guard fd >= 0 else { return false }
        defer { close(fd) }
        var buffer = [UInt8](repeating: 0, count: prefix.count + 1)
        let count = buffer.withUnsafeMutableBytes { Glibc.read(fd, $0.baseAddress, $0.count) }
        guard count >= prefix.count, buffer.prefix(prefix.count).elementsEqual(prefix) else { return false }
        return !wholeFile || count == prefix.count
    }

    /// Replaces the file, unless it already holds exactly `bytes`: a rename over a file is a
    /// write the file system may flush, and most hook runs record what the last one did.
    private func write(bytes: [UInt8], to path: String) throws {
        if startsWith(path, bytes, wholeFile: true) { return }
        try FileLock.createDirectory(directory)
        try FileLock.replaceDurably(bytes, at: path, sync: false)
    }

    private func read<T: Decodable>(_ type: T.Type, from path: String) throws -> T? {
        guard let bytes = try FileSystem.readFile(path) else { return nil }
        do {
            return try JSONDecoder().decode(type, from: Data(bytes))
        } catch {
            throw PhiguardError.repository("\(path) is damaged (\(error)); delete it and run the scan again")
        }
    }
}
