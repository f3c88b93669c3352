import PhiguardRules

/// The active rules: the built-in pack, as shipped beside the executable, with a
/// repository's configuration layered on top.
public struct RulePack: Sendable {
    public private(set) var rules: [Rule]

    public init(rules: [Rule]) throws {
        // By index: iterating the rules would copy each one (a dozen references) to read its id.
        var seen = Set<String>(minimumCapacity: rules.count)
        for index in rules.indices where !seen.insert(rules[index].id).inserted {
            throw PhiguardError.invalidRule(id: rules[index].id, reason: "defined twice")
        }
        self.rules = rules
    }

    /// Rules that passed `init(rules:)` before: the compiled pack is written only from a
    /// pack that did, under a key of the same rule files. (The check hashes every id: a
    /// tenth of what loading the compiled pack costs a hook run.)
    private init(checked rules: [Rule]) { self.rules = rules }

    /// The name of the resource bundle SwiftPM copies next to the executable.
    static let bundleName = String(cString: phiguard_rules_bundle)

    /// Loads every `*.toml` file of the built-in pack.
    /// - Parameter directory: a rule directory to use instead of the bundled one (for
    ///   rule authors: `--rules-dir`).
    /// - Parameter examples: keep each rule's triggers and near-misses (a scan does not
    ///   need them; `rules --test` and the documentation do).
    public static func builtIn(directory: String? = nil, examples: Bool = true) throws -> RulePack {
        let folder = try directory ?? locateBuiltInDirectory()
        return try load(directory: folder, compilePatterns: directory != nil, cached: directory == nil, examples: examples)
    }

    /// Every `*.toml` file in `directory`, in name order.
    /// - Parameter cached: use (and refresh) the compiled form of these exact files.
    public static func load(directory: String, compilePatterns: Bool, cached: Bool = false, examples: Bool = true) throws -> RulePack {
        guard let names = FileSystem.listDirectory(directory) else {
            throw PhiguardError.configuration(path: directory, reason: "rule directory not found")
        }
        let tomlNames = names.filter { $0.hasSuffix(".toml") }
        let key = cached ? CompiledPack.key(directory: directory, names: tomlNames) : nil
        if let key, let rules = CompiledPack.load(key: key, examples: examples), !rules.isEmpty {
            PatternCache.use(key: key)
            return RulePack(checked: rules)
        }
        var files: [(name: String, bytes: [UInt8])] = []
        for name in tomlNames {
            if let bytes = try FileSystem.readFile(directory + "/" + name) { files.append((name, bytes)) }
        }
        var rules: [Rule] = []
        for file in files {
            let path = directory + "/" + file.name
            let document = try TOMLFields.parse(bytes: file.bytes, path: path)
            rules += try RuleDecoder.rules(in: document, path: path, compilePatterns: compilePatterns)
        }
        guard !rules.isEmpty else {
            throw PhiguardError.configuration(path: directory, reason: "no rules found (expected *.toml files with [[rule]] tables)")
        }
        let pack = try RulePack(rules: rules)
        if let key {
            CompiledPack.store(rules, key: key)
            PatternCache.store(rules, key: key)
            PatternCache.use(key: key)
        }
        return pack
    }

    /// Where the bundled pack lives: beside the real executable (a build tree or an
    /// install made by install.sh), never a guess that could pick up a stale copy.
    static func locateBuiltInDirectory() throws -> String {
        var searched: [String] = []
        if let executableDirectory = FileSystem.executableDirectory() {
            for candidate in [executableDirectory + "/" + bundleName + "/rules",
                              executableDirectory + "/../share/phiguard/rules"] {
                if FileSystem.isDirectory(candidate) { return candidate }
                searched.append(candidate)
            }
        }
        throw PhiguardError.builtInPackMissing(searched: searched)
    }

    public func rule(withID id: String) -> Rule? { rules.first { $0.id == id } }

    mutating func append(_ extra: [Rule]) throws {
        guard !extra.isEmpty else { return }
        self = try RulePack(rules: rules + extra)
    }

    mutating func update(_ body: (inout [Rule]) throws -> Void) rethrows { try body(&rules) }
}
