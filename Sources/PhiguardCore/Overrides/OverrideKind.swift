/// How a finding was let through. Every kind needs a written reason and is logged.
public enum OverrideKind: String, Sendable, Codable, CaseIterable {
    /// `phiguard:allow <rule> -- <reason>` on the line or the line above.
    case inline
    /// An `[[allow]]` entry in `.phiguard.toml`.
    case path
    /// `phiguard override <rule> --reason ...` after a blocked commit.
    case bypass
    /// `PHIGUARD_OVERRIDE='<rule>: <reason>'` for GUI clients and scripts.
    case env
    /// A `Phiguard-Override:` trailer read back from a commit in a range scan.
    case trailer
    /// `--fail-open`: the scan failed and the team chose to let commits through.
    case failOpen = "fail-open"
}

/// One override that took effect on one finding, before it is written to the ledger.
/// Like `Finding`, it carries the fingerprint and never the matched value.
public struct AppliedOverride: Sendable, Equatable, Codable {
    public let kind: OverrideKind
    public let rule: String
    public let category: String
    public let severity: String
    public let file: String
    public let line: Int
    public let fingerprint: String
    public let reason: String

    public init(kind: OverrideKind, finding: Finding, reason: String) {
        self.kind = kind
        rule = finding.ruleID
        category = finding.category.rawValue
        severity = finding.severity.rawValue
        file = finding.file
        line = finding.line
        fingerprint = finding.fingerprint
        self.reason = reason
    }
}
