/// `PHIGUARD_OVERRIDE='<rule-id>: <reason>'`, one per line: the bypass for GUI git
/// clients and scripts that cannot run `phiguard override` between two commit attempts.
/// It allows the rule's findings of this commit only, and needs the same kind of reason.
struct EnvironmentOverride: Sendable, Equatable {
    let rule: String
    let reason: String

    func matches(_ finding: Finding) -> Bool {
        finding.ruleID == rule || finding.category.rawValue == rule
    }

    static func parse(_ value: String?) throws -> [EnvironmentOverride] {
        guard let value, !value.trimmingWhitespace().isEmpty else { return [] }
        return try value.split(whereSeparator: \.isNewline).map { line in
            guard let colon = line.firstIndex(of: ":") else {
                throw PhiguardError.usage("PHIGUARD_OVERRIDE must be '<rule-id>: <reason>'")
            }
            let rule = String(line[..<colon]).trimmingWhitespace()
            let reason = String(line[line.index(after: colon)...]).trimmingWhitespace()
            if let problem = Justification.problem(with: reason) {
                throw PhiguardError.usage("PHIGUARD_OVERRIDE for \(rule): \(problem)")
            }
            return EnvironmentOverride(rule: rule, reason: Justification.sanitized(reason))
        }
    }
}
