#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
#if canImport(Glibc)
import Glibc
#endif

/// The per-rule override log: append-only JSON Lines in the repository's common git
/// directory (`.git/phiguard/overrides.jsonl`, shared by all worktrees), hash-chained so
/// that any edit, deletion, reordering or truncation is detected by `verify()`.
///
/// Appends take an exclusive `flock` (released by the kernel if the process dies, so a
/// killed commit never leaves a stale lock), block SIGINT/SIGTERM/SIGHUP while writing,
/// write all new lines with one `write(2)` and `fsync` before the lock is released.
public struct Ledger: Sendable {
    public let directory: String
    public var path: String { directory + "/overrides.jsonl" }
    /// Count and last hash, so that entries cut from the end are noticed too.
    var headPath: String { directory + "/overrides.head" }
    /// The head an append is about to make true; see `append`.
    var pendingHeadPath: String { directory + "/overrides.head.pending" }
    var lockPath: String { directory + "/overrides.lock" }

    public init(directory: String) { self.directory = directory }

    /// What `verify()` concluded.
    public enum Verification: Equatable, Sendable {
        case intact(entries: Int)
        /// `line` is 1-based in the ledger file.
        case broken(line: Int, reason: String)
    }

    /// Appends `overrides` as sealed entries, in order.
    public func append(_ overrides: [AppliedOverride], commit: String?, user: String, email: String,
                       lockTimeout: Double = 10) throws {
        guard !overrides.isEmpty else { return }
        try FileLock.createDirectory(directory)
        try FileLock.withExclusiveLock(at: lockPath, timeout: lockTimeout) {
            let existing = try readLines()
            if let torn = existing.torn {
                throw PhiguardError.repository(
                    "override log \(path) ends in an incomplete line (\(torn) bytes); run 'phiguard log --verify' and repair it before new overrides")
            }
            var prev = LedgerEntry.genesis
            if let last = existing.lines.last {
                guard let entry = try? JSONDecoder().decode(LedgerEntry.self, from: Data(last)) else {
                    throw PhiguardError.repository("override log \(path) has an unreadable last entry; run 'phiguard log --verify'")
                }
                prev = entry.hash
            }
            let time = Clock.isoNow()
            var text = ""
            for override in overrides {
                let entry = LedgerEntry(time: time, user: user, email: email, override: override, commit: commit, prev: prev).sealed()
                text += entry.storedLine + "\n"
                prev = entry.hash
            }
            // The new head is written aside first and moved into place after the append:
            // a kill -9 (which no signal mask holds off) between the two leaves a log that
            // matches the pending head, which verify() accepts — and nothing else.
            try SignalShield.run {
                try FileLock.replaceDurably(Array("\(existing.lines.count + overrides.count) \(prev)\n".utf8), at: pendingHeadPath)
                try FileLock.appendDurably(Array(text.utf8), to: path)
                try FileLock.move(pendingHeadPath, over: headPath)
            }
        }
    }

    /// Every entry, oldest first. A damaged log is an error; `verify()` says where.
    public func entries() throws -> [LedgerEntry] {
        let content = try readLines()
        if content.torn != nil {
            throw PhiguardError.repository("override log \(path) ends in an incomplete line; run 'phiguard log --verify'")
        }
        return try content.lines.enumerated().map { index, line in
            do {
                guard String(validating: line, as: UTF8.self) != nil else { throw PhiguardError.usage("not UTF-8") }
                return try JSONDecoder().decode(LedgerEntry.self, from: Data(line))
            } catch {
                throw PhiguardError.repository("override log \(path) line \(index + 1) is not a valid entry; run 'phiguard log --verify'")
            }
        }
    }

    /// Walks the chain: each line must be canonical, hash to its own `hash`, and name the
    /// previous line's hash; the head file must agree on count and last hash.
    public func verify() throws -> Verification {
        let content = try readLines()
        var prev = LedgerEntry.genesis
        for (index, line) in content.lines.enumerated() {
            let number = index + 1
            guard String(validating: line, as: UTF8.self) != nil else {
                return .broken(line: number, reason: "is not valid UTF-8 (bytes were changed)")
            }
            guard let entry = try? JSONDecoder().decode(LedgerEntry.self, from: Data(line)) else {
                return .broken(line: number, reason: "not a valid ledger entry")
            }
            if entry.prev != prev {
                return .broken(line: number, reason: "does not follow the entry before it (an entry was deleted, inserted or reordered)")
            }
            if !entry.storedLine.utf8.elementsEqual(line) || entry.computedHash != entry.hash {
                return .broken(line: number, reason: "was edited after it was written (hash mismatch)")
            }
            prev = entry.hash
        }
        if let torn = content.torn {
            return .broken(line: content.lines.count + 1, reason: "is incomplete (\(torn) bytes without a line end: a write was cut off)")
        }
        let head = (try FileSystem.readFile(headPath)).map { String(decoding: $0, as: UTF8.self).trimmingWhitespace() }
        // An append killed after writing the log but before moving its head into place.
        let pending = (try FileSystem.readFile(pendingHeadPath)).map { String(decoding: $0, as: UTF8.self).trimmingWhitespace() }
        if let pending, pending == "\(content.lines.count) \(prev)" {
            return .intact(entries: content.lines.count)
        }
        if let head {
            let parts = head.split(separator: " ", omittingEmptySubsequences: false)
            guard parts.count == 2, let count = Int(parts[0]) else {
                return .broken(line: content.lines.count, reason: "the head record \(headPath) is unreadable")
            }
            if count != content.lines.count || parts[1] != prev {
                return .broken(line: content.lines.count,
                               reason: "the log holds \(content.lines.count) entries but \(count) were recorded (entries were removed from the end, or the log was replaced)")
            }
        } else if !content.lines.isEmpty {
            return .broken(line: content.lines.count, reason: "the head record \(headPath) is missing")
        }
        return .intact(entries: content.lines.count)
    }

    /// Complete lines as stored (bytes, never decoded lossily: an edit must not hide
    /// behind a replacement character), and the byte count of a final unterminated line.
    private func readLines() throws -> (lines: [ArraySlice<UInt8>], torn: Int?) {
        guard let bytes = try FileSystem.readFile(path) else { return ([], nil) }
        var lines = bytes.split(separator: 0x0A, omittingEmptySubsequences: false)
        let last = lines.removeLast()
        return (lines, last.isEmpty ? nil : last.count)
    }
}

/// UTC timestamps without Foundation's calendar machinery.
enum Clock {
    static func isoNow() -> String { iso(time(nil)) }

    static func now() -> time_t { time(nil) }

    static func iso(_ seconds: time_t) -> String {
        var value = seconds
        var parts = tm()
        gmtime_r(&value, &parts)
        var buffer = [Int8](repeating: 0, count: 32)
        let count = strftime(&buffer, buffer.count, "%Y-%m-%dT%H:%M:%SZ", &parts)
        return String(decoding: buffer.prefix(count).map { UInt8(bitPattern: $0) }, as: UTF8.self)
    }

    /// Parses `YYYY-MM-DD` or `YYYY-MM-DDTHH:MM:SSZ` (UTC) into seconds since the epoch.
    static func parse(_ text: String) -> time_t? {
        let fields = text.split(whereSeparator: { "-T:Z".contains($0) }).map { Int($0) }
        guard (fields.count == 3 || fields.count == 6), fields.allSatisfy({ $0 != nil }) else { return nil }
        let values = fields.map { $0! }
        guard (1970...9999).contains(values[0]), (1...12).contains(values[1]), (1...31).contains(values[2]) else { return nil }
        var parts = tm()
        parts.tm_year = Int32(values[0] - 1900)
        parts.tm_mon = Int32(values[1] - 1)
        parts.tm_mday = Int32(values[2])
        if values.count == 6 {
            guard (0...23).contains(values[3]), (0...59).contains(values[4]), (0...60).contains(values[5]) else { return nil }
            parts.tm_hour = Int32(values[3]); parts.tm_min = Int32(values[4]); parts.tm_sec = Int32(values[5])
        }
        return timegm(&parts)
    }
}
