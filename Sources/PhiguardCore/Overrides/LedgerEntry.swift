/// One line of the override log: who let which finding through, when, why, in which
/// commit — chained to the line before by `prev` and sealed by `hash`.
public struct LedgerEntry: Sendable, Equatable, Codable {
    /// UTC, ISO 8601 (`2026-11-29T02:15:00Z`).
    public let time: String
    public let user: String
    public let email: String
    public let kind: OverrideKind
    public let rule: String
    public let category: String
    public let severity: String
    public let file: String
    public let line: Int
    public let fingerprint: String
    public let reason: String
    /// The commit the override went into; nil for overrides recorded outside a commit.
    public let commit: String?
    /// `hash` of the previous entry; 64 zeros for the first.
    public let prev: String
    /// SHA-256 (hex) over this entry's canonical encoding without `hash`.
    public let hash: String

    public static let genesis = String(repeating: "0", count: 64)

    public init(time: String, user: String, email: String, override: AppliedOverride, commit: String?, prev: String, hash: String = "") {
        self.time = time
        self.user = user
        self.email = email
        kind = override.kind
        rule = override.rule
        category = override.category
        severity = override.severity
        file = override.file
        line = override.line
        fingerprint = override.fingerprint
        reason = override.reason
        self.commit = commit
        self.prev = prev
        self.hash = hash
    }

    private init(copying entry: LedgerEntry, hash: String) {
        time = entry.time; user = entry.user; email = entry.email; kind = entry.kind; rule = entry.rule
        category = entry.category; severity = entry.severity; file = entry.file; line = entry.line
        fingerprint = entry.fingerprint; reason = entry.reason; commit = entry.commit; prev = entry.prev
        self.hash = hash
    }

    /// The fields in a fixed order: the bytes that are hashed, and the line as written
    /// (before `hash` is appended). Any edit to a stored line changes these bytes.
    var canonicalBody: [(String, JSONValue)] {
        [
            ("time", .string(time)), ("user", .string(user)), ("email", .string(email)),
            ("kind", .string(kind.rawValue)), ("rule", .string(rule)), ("category", .string(category)),
            ("severity", .string(severity)), ("file", .string(file)), ("line", .int(line)),
            ("fingerprint", .string(fingerprint)), ("reason", .string(reason)),
            ("commit", commit.map(JSONValue.string) ?? .null), ("prev", .string(prev)),
        ]
    }

    var computedHash: String { Digest.sha256Hex(JSONValue.object(canonicalBody).serialized()) }

    /// This entry sealed with its hash.
    func sealed() -> LedgerEntry { LedgerEntry(copying: self, hash: computedHash) }

    /// The exact line stored in the ledger (without the newline).
    var storedLine: String { JSONValue.object(canonicalBody + [("hash", .string(hash))]).serialized() }
}
