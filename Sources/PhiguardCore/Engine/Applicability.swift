/// Which rules look at a given file, decided without copying rules or matching the same
/// glob twice: the pack's distinct globs are numbered once, each file evaluates each glob
/// at most once, and rules refer to globs by number. In the profile of a 400-file commit,
/// per-rule glob matching (and the rule copies it caused) was a fifth of the scan.
struct Applicability {
    private let languages: [Set<Language>]
    private let includes: [[Int]]
    private let excludes: [[Int]]
    private let globs: [Glob]

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
        let components = PathComponents(path)
        var memo = [Int8](repeating: -1, count: globs.count)
        func matches(_ glob: Int) -> Bool {
            if memo[glob] < 0 { memo[glob] = globs[glob].matches(components) ? 1 : 0 }
            return memo[glob] == 1
        }
        var result: [Int] = []
        result.reserveCapacity(languages.count)
        for rule in languages.indices {
            if !languages[rule].isEmpty && !languages[rule].contains(language) { continue }
            if !includes[rule].isEmpty && !includes[rule].contains(where: matches) { continue }
            if excludes[rule].contains(where: matches) { continue }
            result.append(rule)
        }
        return result
    }
}
