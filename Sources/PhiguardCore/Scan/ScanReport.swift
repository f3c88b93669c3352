/// What a scan found and what it looked at — the single input of every reporter.
public struct ScanReport: Sendable {
    public var findings: [Finding]
    public var summary: ScanSummary
    /// The rules that were in force, for formats that describe them (SARIF).
    public var rules: [Rule]
    /// Overrides that took effect in this scan (recorded in the ledger once committed).
    public var applied: [AppliedOverride]
    /// Things the user should know that are not findings (a refused override), for stderr.
    public var notes: [String]

    public init(findings: [Finding], summary: ScanSummary, rules: [Rule] = [], applied: [AppliedOverride] = [],
                notes: [String] = []) {
        self.findings = findings
        self.summary = summary
        self.rules = rules
        self.applied = applied
        self.notes = notes
    }

    /// True when at least one finding blocks: exit code 1.
    public var blocks: Bool { findings.contains { $0.blocks } }
}

/// The counts that prove a scan read what it should have: a pass over zero files while
/// the index differs from HEAD is never reported as clean.
public struct ScanSummary: Sendable, Equatable {
    public var commits = 0
    public var files = 0
    public var hunks = 0
    /// Added lines scanned.
    public var lines = 0
    /// Bytes of added lines scanned.
    public var bytes = 0
    /// Added or modified binary files, skipped.
    public var binaryFiles: [String] = []
    public var deletedFiles = 0
    public var blocking = 0
    public var warnings = 0
    public var overridden = 0

    public init() {}

    /// Adds another part's counts (one commit of a range scan).
    mutating func add(_ other: ScanSummary) {
        files += other.files
        hunks += other.hunks
        lines += other.lines
        bytes += other.bytes
        binaryFiles += other.binaryFiles
        deletedFiles += other.deletedFiles
    }

    mutating func count(_ findings: [Finding]) {
        blocking = findings.filter(\.blocks).count
        warnings = findings.filter { $0.severity == .warn && !$0.overridden }.count
        overridden = findings.filter(\.overridden).count
    }
}
