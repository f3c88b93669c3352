/// The written reason every bypass must carry. One definition for all of them (path
/// allows, inline allows, commit-time overrides), so "ok" is rejected everywhere alike.
public enum Justification {
    public static let minimumLength = 12

    private static let placeholders: Set<String> = [
        "ok", "okay", "fp", "false positive", "todo", "fixme", "tbd", "n/a", "na", "none", "test",
        "testing", "temp", "temporary", "ignore", "skip", "wip", "reason", "because", "x", "-", "...",
    ]

    /// The reason as it is stored and shown: one line, and nothing value-shaped in it —
    /// a justification must not carry the SSN it justifies into the log or a trailer.
    public static func sanitized(_ reason: String) -> String {
        let flat = reason.split(whereSeparator: \.isNewline).joined(separator: " ")
        return Redaction.scrub(flat, maskStrings: false).trimmingWhitespace()
    }

    /// Why `reason` is not an acceptable justification, or nil when it is.
    public static func problem(with reason: String?) -> String? {
        guard let reason else { return "a reason is required" }
        let text = reason.trimmingWhitespace()
        if text.isEmpty { return "a reason is required" }
        if placeholders.contains(text.lowercased()) { return "'\(text)' is a placeholder, not a reason" }
        if text.count < minimumLength {
            return "the reason must say why in at least \(minimumLength) characters"
        }
        // What is stored is the sanitized reason; it must still say why once value-shaped
        // tokens are cut ("synt5555…0th" is long enough, but stored as "<redacted>").
        let words = sanitized(text).replacing(Redaction.placeholder, with: "").trimmingWhitespace()
        if words.count < minimumLength {
            return "the reason must say why in words (at least \(minimumLength) characters besides values, which are never stored)"
        }
        return nil
    }
}
