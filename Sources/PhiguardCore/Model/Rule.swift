/// A rule is data: what it looks for, where, how to tell a real hit from a look-alike, and
/// the examples that prove it. Built-in rules and a repository's own rules share this type,
/// and neither can exist without triggering examples and near-misses.
public struct Rule: Sendable, Identifiable {
    /// `category.short-name`, kebab case.
    public let id: String
    public let category: Category
    public var severity: Severity
    /// One line saying what is wrong, shown with every finding.
    public var message: String { messageText.string }
    /// The HIPAA section the defect puts at risk, e.g. `45 CFR 164.312(b)`.
    public var hipaa: String { hipaaText.string }
    /// The safe alternative, in one or two sentences.
    public var remediation: String { remediationText.string }
    /// The languages the rule applies to; empty means every file.
    public let languages: LanguageSet
    /// Lower-cased words of which at least one must occur in a scan window before the
    /// pattern runs at all (the prefilter). Empty means the pattern always runs.
    public var keywords: [String] { keywordList.strings }
    let keywordList: RuleWords
    /// A PCRE2 pattern, compiled with UTF and MULTILINE. A named group `value` marks the
    /// sensitive part: validators look at it and redaction hides it.
    public var pattern: String { patternText.string }
    /// A PCRE2 pattern that cancels a match when it occurs on the lines the match spans
    /// (widened by `unlessLines`): the cheap way to say "unless it also sets httpOnly".
    public var unless: String? { unlessText?.string }
    public let unlessLines: Int
    /// Words of which one must appear within `contextLines` lines of the match.
    public var contextWords: [String] { contextWordList.strings }
    let contextWordList: RuleWords
    public let contextLines: Int
    /// Checks run on the `value` group (or the whole match) after the pattern matched.
    public let validators: [Validator]
    /// Path globs the rule is limited to, and globs it never applies to.
    public let paths: [Glob]
    public private(set) var excludePaths: [Glob]
    /// Whether a justified override may let a finding of this rule through.
    public let overridable: Bool
    /// Days an override of this rule stays current; older overrides found by a range scan
    /// are reported as stale (`meta.stale-override`). Nil: no expiry.
    public internal(set) var maxAgeDays: Int? = nil
    /// The examples as written; parsed only when they are run or shown, since the hook
    /// itself never needs them.
    public private(set) var triggerSources: [String]
    public private(set) var nearMissSources: [String]
    public var triggers: [Example] { triggerSources.map(Example.init) }
    public var nearMisses: [Example] { nearMissSources.map(Example.init) }
    private let messageText: RuleText, hipaaText: RuleText, remediationText: RuleText
    private let patternText: RuleText, unlessText: RuleText?

    public init(id: String, category: Category, severity: Severity, message: String, hipaa: String,
                remediation: String, languages: LanguageSet, keywords: [String], pattern: String,
                unless: String? = nil, unlessLines: Int = 0, contextWords: [String] = [],
                contextLines: Int = 0, validators: [Validator] = [], paths: [Glob] = [],
                excludePaths: [Glob] = [], overridable: Bool = true, triggers: [Example],
                nearMisses: [Example]) {
        self.init(compiledID: id, category: category, severity: severity, message: RuleText(message),
                  hipaa: RuleText(hipaa), remediation: RuleText(remediation), languages: languages,
                  keywords: RuleWords(keywords.map { $0.lowercased() }), pattern: RuleText(pattern),
                  unless: unless.map(RuleText.init), unlessLines: unlessLines,
                  contextWords: RuleWords(contextWords.map { $0.lowercased() }), contextLines: contextLines, validators: validators,
                  paths: paths, excludePaths: excludePaths, overridable: overridable, maxAgeDays: nil,
                  triggerSources: triggers.map(\.source), nearMissSources: nearMisses.map(\.source))
    }

    /// Every field as given: the compiled pack stores rules made by the public initialiser,
    /// so their keywords and context words are lower-case already, and the examples are
    /// their sources as written.
    init(compiledID id: String, category: Category, severity: Severity, message: RuleText, hipaa: RuleText,
         remediation: RuleText, languages: LanguageSet, keywords: RuleWords, pattern: RuleText, unless: RuleText?,
         unlessLines: Int, contextWords: RuleWords, contextLines: Int, validators: [Validator], paths: [Glob],
         excludePaths: [Glob], overridable: Bool, maxAgeDays: Int?, triggerSources: [String], nearMissSources: [String]) {
        self.id = id
        self.category = category
        self.severity = severity
        messageText = message
        hipaaText = hipaa
        remediationText = remediation
        self.languages = languages
        keywordList = keywords
        patternText = pattern
        unlessText = unless
        self.unlessLines = unlessLines
        contextWordList = contextWords
        self.contextLines = contextLines
        self.validators = validators
        self.paths = paths
        self.excludePaths = excludePaths
        self.overridable = overridable
        self.maxAgeDays = maxAgeDays
        self.triggerSources = triggerSources
        self.nearMissSources = nearMissSources
    }

    /// The same rule, never applied to files matching `glob`.
    func excluding(_ glob: Glob) -> Rule {
        var copy = self
        copy.excludePaths.append(glob)
        return copy
    }

    /// The same rule applied to any text whatever its language and path: commit messages
    /// are prose, and a secret or an SSN in one is as permanent as in a file.
    public func anywhere() -> Rule {
        Rule(id: id, category: category, severity: severity, message: message, hipaa: hipaa, remediation: remediation,
             languages: [], keywords: keywords, pattern: pattern, unless: unless, unlessLines: unlessLines,
             contextWords: contextWords, contextLines: contextLines, validators: validators, paths: [], excludePaths: [],
             overridable: overridable, triggers: triggers, nearMisses: nearMisses)
    }

    /// Whether the rule looks at a file of this language and path at all.
    public func applies(to language: Language, path: String) -> Bool {
        applies(to: language, path: PathComponents(path))
    }

    public func applies(to language: Language, path: PathComponents) -> Bool {
        if !languages.isEmpty && !languages.contains(language) { return false }
        if !paths.isEmpty && !paths.contains(where: { $0.matches(path) }) { return false }
        return !excludePaths.contains(where: { $0.matches(path) })
    }
}
