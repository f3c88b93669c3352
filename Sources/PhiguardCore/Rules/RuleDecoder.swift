/// Turns `[[rule]]` tables into `Rule` values, refusing anything that would make an
/// unproven or ambiguous rule: unknown keys, unknown categories or languages, missing
/// citation, remediation or examples, a pattern that does not compile.
enum RuleDecoder {
    static let keys: Set<String> = [
        "id", "category", "severity", "message", "hipaa", "remediation", "languages", "keywords",
        "pattern", "unless", "unless_lines", "context", "context_lines", "validators", "min_entropy",
        "paths", "exclude_paths", "overridable", "max_age", "triggers", "near_misses",
    ]

    /// - Parameter compilePatterns: compile each pattern now, so a broken one is an error
    ///   naming its rule before anything is scanned. The built-in pack skips it (its
    ///   patterns are proven by the test suite) so that start-up compiles only what a
    ///   commit's keywords call for.
    static func rules(in document: TOMLTable, path: String, compilePatterns: Bool) throws -> [Rule] {
        let top = TOMLFields(table: document, location: "top level", path: path)
        try top.rejectUnknownKeys(allowed: ["rule"])
        return try top.tables("rule").enumerated().map { index, table in
            try rule(from: table, index: index + 1, path: path, compilePattern: compilePatterns)
        }
    }

    static func rule(from table: TOMLTable, index: Int, path: String, compilePattern: Bool) throws -> Rule {
        var fields = TOMLFields(table: table, location: "[[rule]] #\(index)", path: path)
        let id = try fields.requiredString("id")
        fields = TOMLFields(table: table, location: "rule \(id)", path: path)
        try fields.rejectUnknownKeys(allowed: keys)

        let categoryName = try fields.requiredString("category")
        guard let category = Category(rawValue: categoryName), category != .meta else {
            throw fields.failure("unknown category '\(categoryName)'")
        }
        guard id.hasPrefix(category.rawValue + "."), id.count > category.rawValue.count + 1,
              id.allSatisfy({ $0.isLowercase || $0.isNumber || $0 == "-" || $0 == "." }) else {
            throw fields.failure("id must be '\(category.rawValue).short-name' in lower-case kebab case")
        }
        let severityName = try fields.string("severity") ?? Severity.block.rawValue
        guard let severity = Severity(rawValue: severityName) else {
            throw fields.failure("severity must be 'block' or 'warn'")
        }
        var languages = LanguageSet()
        for name in try fields.strings("languages") {
            if let group = Language.groups[name] {
                languages.formUnion(group)
            } else if let language = Language(rawValue: name) {
                languages.insert(language)
            } else {
                throw fields.failure("unknown language '\(name)'")
            }
        }
        var validators: [Validator] = []
        for name in try fields.strings("validators") {
            guard let validator = Validator.named(name) else {
                throw fields.failure("unknown validator '\(name)' (known: \(Validator.names.joined(separator: ", ")))")
            }
            validators.append(validator)
        }
        if let bits = try fields.double("min_entropy") { validators.append(.minEntropy(bits)) }

        let triggers = try fields.strings("triggers").map(Example.init)
        let nearMisses = try fields.strings("near_misses").map(Example.init)
        guard triggers.count >= 2 else { throw fields.failure("needs at least two examples in 'triggers'") }
        guard nearMisses.count >= 2 else { throw fields.failure("needs at least two examples in 'near_misses'") }
        for trigger in triggers where trigger.markerLine == nil {
            throw fields.failure("trigger '\(trigger.source.prefix(40))' has no ↓ marker")
        }

        var rule = Rule(
            id: id, category: category, severity: severity,
            message: try fields.requiredString("message"),
            hipaa: try fields.requiredString("hipaa"),
            remediation: try fields.requiredString("remediation"),
            languages: languages,
            keywords: try fields.strings("keywords"),
            pattern: try fields.requiredString("pattern"),
            unless: try fields.string("unless"),
            unlessLines: try fields.int("unless_lines", range: 0...20) ?? 0,
            contextWords: try fields.strings("context"),
            contextLines: try fields.int("context_lines", range: 0...50) ?? 3,
            validators: validators,
            paths: try fields.strings("paths").map(Glob.init),
            excludePaths: try fields.strings("exclude_paths").map(Glob.init),
            overridable: try fields.bool("overridable") ?? true,
            triggers: triggers, nearMisses: nearMisses)
        rule.maxAgeDays = try fields.int("max_age", range: 1...3650)
        if compilePattern {
            do {
                _ = try Pattern(rule.pattern, owner: id)
                if let unless = rule.unless { _ = try Pattern(unless, owner: id + " (unless)") }
            } catch let PhiguardError.invalidRule(_, reason) {
                throw fields.failure(reason)
            }
        }
        return rule
    }
}
