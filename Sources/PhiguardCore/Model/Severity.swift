/// What a finding does to the commit: `block` fails the hook (exit 1), `warn` is reported only.
public enum Severity: String, CaseIterable, Sendable, Codable {
    case block
    case warn
}
