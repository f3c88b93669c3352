import GitKit

/// `phiguard override`: after a blocked commit, allow exactly the findings the last
/// staged scan reported (bound to their fingerprints) for the next commit.
public enum CommitBypass {
    public enum Selection: Sendable, Equatable {
        /// Every blocking finding of this rule id (or category).
        case rule(String)
        /// Every blocking finding.
        case all
        /// The finding whose fingerprint starts with this.
        case fingerprint(String)
    }

    /// Records the bypass and returns the findings it covers.
    public static func grant(_ selection: Selection, reason: String, repositoryPath: String?,
                             configPath: String? = nil, rulesDirectory: String? = nil) throws -> [OverrideState.RecordedFinding] {
        if let problem = Justification.problem(with: reason) { throw PhiguardError.usage("--reason: \(problem)") }
        let repository = try repositoryPath.map { try Repository.discover(startingAt: $0) } ?? Repository.openFromEnvironment()
        let state = OverrideState(gitDirectory: repository.gitDirectory)
        guard let last = try state.lastScan() else {
            throw PhiguardError.usage("no staged scan recorded yet: run 'git commit' (or 'phiguard scan --staged') first, then override what it reports")
        }
        let open = last.findings.filter { !$0.overridden && $0.severity == Severity.block.rawValue && !$0.rule.hasPrefix("meta.") }
        let chosen: [OverrideState.RecordedFinding]
        switch selection {
        case let .rule(rule): chosen = open.filter { $0.rule == rule || $0.category == rule }
        case .all: chosen = open
        case let .fingerprint(prefix):
            guard prefix.count >= 8 else { throw PhiguardError.usage("--fingerprint needs at least 8 hex digits") }
            chosen = open.filter { $0.fingerprint.hasPrefix(prefix.lowercased()) }
        }
        guard !chosen.isEmpty else {
            let rules = Set(open.map(\.rule)).sorted()
            throw PhiguardError.usage("the last scan reported no blocking finding that matches; "
                + (rules.isEmpty ? "it reported none at all" : "it reported: \(rules.joined(separator: ", "))"))
        }
        let rules = try RuleSet.load(configPath: configPath, workingDirectory: repository.workingDirectory,
                                     rulesDirectory: rulesDirectory).pack
        for finding in chosen {
            if let rule = rules.rule(withID: finding.rule), !rule.overridable {
                throw PhiguardError.usage("\(rule.id) cannot be overridden: a real credential or private key must be revoked, "
                    + "rotated and removed from the change, not allowed (\(finding.file):\(finding.line))")
            }
        }
        let now = Int64(Clock.now())
        let reason = Justification.sanitized(reason)
        try state.addBypasses(chosen.map {
            OverrideState.Bypass(rule: $0.rule, fingerprint: $0.fingerprint, reason: reason, kind: .bypass, created: now)
        })
        return chosen
    }
}
