/// One reported problem, as it leaves the engine. It deliberately has no field for the
/// matched value: the raw secret or PHI is dropped when the match becomes a finding, so no
/// reporter, log or error message can print it by accident.
public struct Finding: Sendable, Equatable {
    /// `category.short-name` of the rule that fired.
    public let ruleID: String
    public let category: Category
    public var severity: Severity
    /// Repository-relative path in the new version.
    public let file: String
    /// 1-based line in the new version of the file.
    public let line: Int
    /// 1-based column, counted in Unicode scalars (not bytes) from the start of the line.
    public let column: Int
    /// Full commit id for range scans; nil for a staged scan.
    public var commit: String?
    /// Author (`Name <email>`) and UTC date of that commit, for range scans.
    public var commitAuthor: String? = nil
    public var commitDate: String? = nil
    public let message: String
    public let hipaa: String
    public let remediation: String
    /// Keyed hash of rule, file and the normalised matched text: stable across line moves,
    /// and not reversible to the value (see `Fingerprinter`).
    public let fingerprint: String
    /// The offending line with every sensitive part replaced by `<redacted>`.
    public let snippet: String
    /// Whether a recorded, justified override covers this finding.
    public var overridden: Bool = false
    /// The written justification of that override, if any.
    public var overrideReason: String? = nil
    /// How it was overridden (inline allow, path allow, bypass, ...).
    public var overrideKind: OverrideKind? = nil

    public init(ruleID: String, category: Category, severity: Severity, file: String, line: Int,
                column: Int, commit: String?, message: String, hipaa: String, remediation: String,
                fingerprint: String, snippet: String) {
        self.ruleID = ruleID
        self.category = category
        self.severity = severity
        self.file = file
        self.line = line
        self.column = column
        self.commit = commit
        self.message = message
        self.hipaa = hipaa
        self.remediation = remediation
        self.fingerprint = fingerprint
        self.snippet = snippet
    }

    /// True when this finding stops the commit.
    public var blocks: Bool { severity == .block && !overridden }
}
