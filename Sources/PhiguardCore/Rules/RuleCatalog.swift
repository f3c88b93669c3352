import GitKit

/// The active rules for `phiguard rules`: the pack and, inside a repository, its
/// configuration — listed as a table or as JSON.
public enum RuleCatalog {
    public static func load(repositoryPath: String?, configPath: String?, rulesDirectory: String?) throws -> [Rule] {
        var workingDirectory: String? = nil
        if let repositoryPath {
            workingDirectory = try Repository.discover(startingAt: repositoryPath).workingDirectory
        } else if configPath == nil {
            // Outside a repository the built-in pack alone is listed.
            workingDirectory = (try? Repository.openFromEnvironment())?.workingDirectory
        }
        return try RuleSet.load(configPath: configPath, workingDirectory: workingDirectory,
                                rulesDirectory: rulesDirectory).pack.rules
    }

    public static func text(_ rules: [Rule]) -> String {
        let width = rules.map(\.id.count).max() ?? 10
        var out = ""
        for rule in rules {
            let id = rule.id + String(repeating: " ", count: width - rule.id.count)
            let category = rule.category.rawValue + String(repeating: " ", count: max(0, 20 - rule.category.rawValue.count))
            out += "\(id)  \(category)  \(rule.severity.rawValue)  \(rule.hipaa)\n"
        }
        let categories = Set(rules.map(\.category)).count
        out += "\(rules.count) rules in \(categories) categories\n"
        return out
    }

    public static func json(_ rules: [Rule]) -> String {
        let list: [JSONValue] = rules.map { rule in
            .object([
                ("id", .string(rule.id)),
                ("category", .string(rule.category.rawValue)),
                ("severity", .string(rule.severity.rawValue)),
                ("hipaa", .string(rule.hipaa)),
                ("message", .string(rule.message)),
                ("remediation", .string(rule.remediation)),
                ("languages", .array(rule.languages.map(\.rawValue).sorted().map(JSONValue.string))),
                ("overridable", .bool(rule.overridable)),
                ("triggers", .array(rule.triggers.map { .string($0.source) })),
                ("near_misses", .array(rule.nearMisses.map { .string($0.source) })),
            ])
        }
        return JSONValue.object([("tool", .string("phiguard")), ("version", .string(PhiguardVersion.current)),
                                 ("rules", .array(list))]).serialized(indent: 2) + "\n"
    }
}
