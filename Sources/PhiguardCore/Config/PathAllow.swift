/// An `[[allow]]` entry of `.phiguard.toml`: findings of the named rules or categories in
/// the matching paths are recorded as overridden, with the entry's reason, instead of
/// blocking (typical use: a folder of synthetic fixtures).
public struct PathAllow: Sendable, Equatable {
    public let paths: [Glob]
    /// Rule ids or category names; empty means every rule.
    public let rules: [String]
    public let reason: String

    public func covers(ruleID: String, category: Category, path: String) -> Bool {
        guard paths.contains(where: { $0.matches(path) }) else { return false }
        return rules.isEmpty || rules.contains(ruleID) || rules.contains(category.rawValue)
    }
}
