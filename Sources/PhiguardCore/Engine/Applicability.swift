/// Which rules look at a given file, decided without copying rules or matching the same
/// glob twice: the pack's distinct globs are numbered once, each file evaluates each glob
/// at most once, and rules refer to globs by number. In the profile of a 400-file commit,
/// per-rule glob matching (and the rule copies it caused) was a fifth of the scan.
///
/// A range scan asks about the same paths commit after commit, so answers are kept per
/// language and path, and the rules a language admits are listed once per language: in
/// the profile of a 1,000-commit scan this function was a sixth of all instructions.
/// One instance per engine, and an engine per thread.
final class Applicability {
    private let languages: [LanguageSet]
    private let includes: [[Int]]
    private let excludes: [[Int]]
    private let globs: [Glob]
    /// By language ordinal: no hashing, and no dictionary keyed by Language, whose first
    /// use costs the runtime a search of every conformance in the binary.
    private var byLanguage = [[Int]?](repeating: nil, count: Language.allCases.count)
    private var answers: [String: [Int]] = [:]
    /// Answers kept at most (a range over a huge history must not grow without bound).
    private static let memoLimit = 20_000

    init(rules: [Rule]) {
        var index: [String: Int] = [:]
        var globs: [Glob] = []
        func number(_ glob: Glob) -> Int {
            if let known = index[glob.pattern] { return known }
            globs.append(glob)
            index[glob.pattern] = globs.count - 1
            return globs.count - 1
        }
        languages = rules.map(\.languages)
        includes = rules.map { $0.paths.map(number) }
        excludes = rules.map { $0.excludePaths.map(number) }
        self.globs = globs
    }

    /// Indices of the rules that apply to a file of this language at this path.
    func rules(for language: Language, path: String) -> [Int] {
        let key = language.rawValue + "\u{0}" + path
        if let known = answers[key] { return known }
        let candidates = rules(for: language)
        let components = PathComponents(path)
        var memo = [Int8](repeating: -1, count: globs.count)
        func matches(_ glob: Int) -> Bool {
            if memo[glob] < 0 { memo[glob] = globs[glob].matches(components) ? 1 : 0 }
            return memo[glob] == 1
        }
        var result: [Int] = []
        result.reserveCapacity(candidates.count)
        for rule in candidates {
            if !includes[rule].isEmpty && !includes[rule].contains(where: matches) { continue }
            if excludes[rule].contains(where: matches) { continue }
            result.append(rule)
        }
        if answers.count >= Applicability.memoLimit { answers.removeAll(keepingCapacity: true) }
        answers[key] = result
        return result
    }

    /// The rules whose language list admits `language` (an empty list admits all).
    private func rules(for language: Language) -> [Int] {
        if let known = byLanguage[Int(language.ordinal)] { return known }
        let admitted = languages.indices.filter { languages[$0].isEmpty || languages[$0].contains(language) }
        byLanguage[Int(language.ordinal)] = admitted
        return admitted
    }
}
