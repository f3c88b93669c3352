import GitKit

/// `--fail-open` (or `git config phiguard.failOpen true`): for teams that choose to let a
/// commit through when the scan itself fails. phiguard fails closed by default; when a
/// team opts out, every commit let through this way is written to the override log, so
/// the choice stays visible to an auditor.
public enum FailOpen {
    /// Whether the repository opted in through git config.
    public static func configured(repositoryPath: String?) -> Bool {
        guard let repository = try? repositoryPath.map({ try Repository.discover(startingAt: $0) }) ?? Repository.openFromEnvironment(),
              let value = try? repository.configString("phiguard.failopen") else { return false }
        return ["true", "yes", "on", "1"].contains(value.lowercased())
    }

    /// Logs that a failed scan let the commit through. Throws when even that is impossible,
    /// and the caller then fails closed after all.
    public static func record(_ error: any Error, repositoryPath: String?) throws {
        let repository = try repositoryPath.map { try Repository.discover(startingAt: $0) } ?? Repository.openFromEnvironment()
        let message = "\(error)"
        let marker = Finding(
            ruleID: "meta.fail-open", category: .meta, severity: .block, file: "-", line: 0, column: 0, commit: nil,
            message: "scan failed and the commit was let through (fail-open)", hipaa: Category.meta.hipaaAnchor,
            remediation: "Fix the cause and re-scan the commit: phiguard scan HEAD",
            fingerprint: Digest.sha256Hex(message), snippet: "")
        let reason = "scan failed: " + Redaction.scrub(String(message.prefix(300)), maskStrings: false)
        try Ledger(directory: repository.commonDirectory + "/phiguard").append(
            [AppliedOverride(kind: .failOpen, finding: marker, reason: reason)], commit: nil,
            user: (try? repository.configString("user.name")) ?? nil ?? "unknown",
            email: (try? repository.configString("user.email")) ?? nil ?? "unknown")
    }
}
