#if canImport(Glibc)
import Glibc
#endif

/// The built-in pack in a compact binary form, cached per pack, so the hook does not parse
/// 270 rules of TOML on every commit (parsing was the largest part of start-up in the
/// profile). The TOML stays the source of truth: the cache is keyed by what `stat` says of
/// every rule file (path, inode, size, modification time) and by phiguard's version, the
/// way git's index trusts stat data, so a hit costs no read of the TOML at all; anything
/// unreadable in the cache is ignored and rebuilt.
enum CompiledPack {
    static let formatVersion: UInt8 = 3

    /// Where caches live: `$XDG_CACHE_HOME/phiguard`, else `~/.cache/phiguard`.
    static func cacheDirectory() -> String? {
        if let xdg = getenv("XDG_CACHE_HOME").map({ String(cString: $0) }), xdg.hasPrefix("/") { return xdg + "/phiguard" }
        if let home = getenv("HOME").map({ String(cString: $0) }), home.hasPrefix("/") { return home + "/.cache/phiguard" }
        return nil
    }

    /// A key over the files' stat data (see `CacheKey`); nil when a file cannot be stat'ed.
    static func key(directory: String, names: [String]) -> String? {
        var key = CacheKey(format: formatVersion)
        key.mix(directory.utf8)
        for name in names {
            var info = stat()
            guard stat(directory + "/" + name, &info) == 0 else { return nil }
            key.mix(name.utf8)
            key.mix(byte: 0)
            key.mix(Int64(bitPattern: UInt64(info.st_ino)))
            key.mix(Int64(info.st_size))
            key.mix(Int64(info.st_mtim.tv_sec))
            key.mix(Int64(info.st_mtim.tv_nsec))
        }
        return key.text
    }

    /// - Parameter examples: decode every rule's triggers and near-misses; a scan never
    ///   reads them, and they were a third of the decoding.
    static func load(key: String, examples: Bool = true) -> [Rule]? {
        // Mapped, not read: the file is decoded once, in place (a read into a buffer faulted
        // in its 180 pages a second time).
        guard let directory = cacheDirectory(), let file = ReadOnlyBytes(mapping: directory + "/pack-\(key).bin") else { return nil }
        var reader = Reader(file: file)
        reader.examples = examples
        return reader.rules()
    }

    static func store(_ rules: [Rule], key: String) {
        guard let directory = cacheDirectory() else { return }
        var writer = Writer()
        writer.rules(rules)
        // Best effort: a read-only home only costs the parse next time.
        try? FileLock.createDirectory(directory)
        try? FileLock.replaceDurably(writer.bytes, at: directory + "/pack-\(key).bin", sync: false)
        prune(directory: directory, prefix: "pack-", keep: directory + "/pack-\(key).bin")
    }

    /// Cache files kept per kind; older ones (a previous version, an edited pack) go.
    static let keptPerKind = 8

    /// Deletes all but the `keptPerKind` newest files named `prefix*` in `directory`
    /// (never `keep`), so the cache does not grow with every pack it has seen.
    static func prune(directory: String, prefix: String, keep: String) {
        guard let names = FileSystem.listDirectory(directory) else { return }
        var files: [(path: String, modified: Int)] = []
        for name in names where name.hasPrefix(prefix) && name.hasSuffix(".bin") {
            var info = stat()
            let path = directory + "/" + name
            if path != keep, stat(path, &info) == 0 { files.append((path, info.st_mtim.tv_sec)) }
        }
        guard files.count >= keptPerKind else { return }
        for file in files.sorted(by: { $0.modified > $1.modified }).dropFirst(keptPerKind - 1) { unlink(file.path) }
    }

    /// Version 3 layout (8-byte little-endian integers; strings are a length and UTF-8):
    /// the distinct language sets (as case indices) and path globs, which rules share (30
    /// rules exclude the same lock files), then each rule with its category, severity,
    /// language set and globs as indices into those tables, and its examples last behind
    /// their byte length, so a scan steps over them in one move.
    struct Writer {
        var bytes: [UInt8] = [formatVersion]

        mutating func int(_ value: Int) {
            var v = UInt64(bitPattern: Int64(value))
            for _ in 0..<8 { bytes.append(UInt8(v & 0xFF)); v >>= 8 }
        }
        mutating func string(_ value: String) { int(value.utf8.count); bytes += value.utf8 }
        mutating func strings(_ values: [String]) { int(values.count); values.forEach { string($0) } }
        mutating func ints(_ values: [Int]) { int(values.count); values.forEach { int($0) } }
        mutating func optional(_ value: String?) { int(value == nil ? 0 : 1); if let value { string(value) } }

        mutating func rules(_ rules: [Rule]) {
            var languageSets: [[Int]] = [], languageSetIndex: [[Int]: Int] = [:]
            var globs: [String] = [], globIndex: [String: Int] = [:]
            func index<Key: Hashable>(_ key: Key, in table: inout [Key], _ lookup: inout [Key: Int]) -> Int {
                if let known = lookup[key] { return known }
                table.append(key)
                lookup[key] = table.count - 1
                return table.count - 1
            }
            // A language is stored as its case number, which is its index in `allCases`;
            // a LanguageSet lists its languages in that order already.
            let languageSetOfRule = rules.map { rule in
                index(rule.languages.map { Int($0.ordinal) }, in: &languageSets, &languageSetIndex)
            }
            let globsOfRule = rules.map { rule in
                (rule.paths.map { index($0.pattern, in: &globs, &globIndex) },
                 rule.excludePaths.map { index($0.pattern, in: &globs, &globIndex) })
            }
            int(languageSets.count)
            languageSets.forEach { ints($0) }
            strings(globs)
            int(rules.count)
            for (number, rule) in rules.enumerated() {
                string(rule.id)
                int(Category.allCases.firstIndex(of: rule.category) ?? -1)
                int(Severity.allCases.firstIndex(of: rule.severity) ?? -1)
                string(rule.message); string(rule.hipaa); string(rule.remediation)
                int(languageSetOfRule[number])
                strings(rule.keywords); string(rule.pattern); optional(rule.unless); int(rule.unlessLines)
                strings(rule.contextWords); int(rule.contextLines)
                strings(rule.validators.map(\.encoded))
                ints(globsOfRule[number].0); ints(globsOfRule[number].1)
                int(rule.overridable ? 1 : 0)
                int(rule.maxAgeDays ?? 0)
                var examples = Writer(bytes: [])
                examples.strings(rule.triggerSources)
                examples.strings(rule.nearMissSources)
                int(examples.bytes.count)
                bytes += examples.bytes
            }
        }
    }

    /// Bounds-checked all the way: a truncated or foreign file yields nil, never a crash.
    struct Reader {
        private let file: ReadOnlyBytes
        private let bytes: UnsafeRawBufferPointer
        var offset = 1
        var failed = false
        /// When false, example lists are stepped over and come back empty.
        var examples = true

        init(file: ReadOnlyBytes) {
            self.file = file
            bytes = file.bytes
            failed = bytes.first != formatVersion
        }

        init(bytes: [UInt8]) { self.init(file: bytes.withUnsafeBytes { ReadOnlyBytes(copying: $0) }) }

        mutating func int() -> Int {
            guard !failed, offset + 8 <= bytes.count else { failed = true; return 0 }
            let value = Int64(littleEndian: bytes.loadUnaligned(fromByteOffset: offset, as: Int64.self))
            offset += 8
            return Int(value)
        }
        /// A count of items of at least `size` bytes each that the rest of the file can hold.
        mutating func count(itemSize size: Int) -> Int {
            let count = int()
            guard !failed, count >= 0, count <= (bytes.count - offset) / size else { failed = true; return 0 }
            return count
        }
        /// The entry of `table` the next integer names; nil (and the file refused) when it
        /// names none, an empty table included.
        mutating func entry<Element>(of table: [Element]) -> Element? {
            let index = int()
            guard !failed, index >= 0, index < table.count else { failed = true; return nil }
            return table[index]
        }
        mutating func string() -> String {
            let count = count(itemSize: 1)
            guard !failed else { return "" }
            defer { offset += count }
            return String(decoding: UnsafeRawBufferPointer(rebasing: bytes[offset..<(offset + count)]), as: UTF8.self)
        }
        mutating func strings() -> [String] {
            let count = count(itemSize: 8)
            var values: [String] = []
            values.reserveCapacity(count)
            for _ in 0..<count where !failed { values.append(string()) }
            return values
        }
        /// A word list left in the file (`RuleWords`), its entries' bounds checked now.
        mutating func words() -> RuleWords {
            let count = count(itemSize: 8)
            let start = offset
            for _ in 0..<count where !failed {
                let length = self.count(itemSize: 1)
                offset += length
            }
            return failed ? RuleWords([]) : RuleWords(mapped: file, range: start..<offset, count: count)
        }
        mutating func optional() -> String? { int() == 1 ? string() : nil }
        /// A string left in the file, read when the rule's text is used (`RuleText`).
        mutating func text() -> RuleText {
            let count = count(itemSize: 1)
            guard !failed else { return RuleText("") }
            defer { offset += count }
            return RuleText(mapped: file, range: offset..<(offset + count))
        }
        mutating func optionalText() -> RuleText? { int() == 1 ? text() : nil }

        mutating func rules() -> [Rule]? {
            let allLanguages = Language.allCases, categories = Category.allCases, severities = Severity.allCases
            var languageSets: [LanguageSet] = []
            for _ in 0..<count(itemSize: 8) where !failed {
                var languages = LanguageSet()
                for _ in 0..<count(itemSize: 8) where !failed {
                    if let language = entry(of: allLanguages) { languages.insert(language) }
                }
                languageSets.append(languages)
            }
            let globs = strings().map(Glob.init)
            func globList() -> [Glob] {
                let length = self.count(itemSize: 8)
                var list: [Glob] = []
                list.reserveCapacity(length)
                for _ in 0..<length where !failed {
                    if let glob = entry(of: globs) { list.append(glob) }
                }
                return list
            }
            let ruleCount = count(itemSize: 8)
            var rules: [Rule] = []
            rules.reserveCapacity(ruleCount)
            for _ in 0..<ruleCount {
                let id = string(), category = entry(of: categories), severity = entry(of: severities)
                let message = text(), hipaa = text(), remediation = text()
                let languages = entry(of: languageSets)
                let keywords = words(), pattern = text(), unless = optionalText(), unlessLines = int()
                let contextWords = words(), contextLines = int(), validatorNames = strings()
                let paths = globList(), excludePaths = globList(), overridable = int() == 1, maxAge = int()
                let examplesEnd = count(itemSize: 1) + offset
                var triggers: [String] = [], nearMisses: [String] = []
                if examples {
                    triggers = strings()
                    nearMisses = strings()
                    if offset != examplesEnd { failed = true }
                } else if !failed {
                    offset = examplesEnd
                }
                guard !failed, let category, let severity, let languages else { return nil }
                let validators = validatorNames.compactMap(Validator.init(encoded:))
                guard validators.count == validatorNames.count else { return nil }
                rules.append(Rule(
                    compiledID: id, category: category, severity: severity, message: message, hipaa: hipaa,
                    remediation: remediation, languages: languages, keywords: keywords, pattern: pattern, unless: unless,
                    unlessLines: unlessLines, contextWords: contextWords, contextLines: contextLines, validators: validators,
                    paths: paths, excludePaths: excludePaths, overridable: overridable, maxAgeDays: maxAge > 0 ? maxAge : nil,
                    triggerSources: triggers, nearMissSources: nearMisses))
            }
            return !failed && offset == bytes.count ? rules : nil
        }
    }
}

extension Validator {
    /// `name` or `min-entropy:3.5`, for the compiled pack.
    var encoded: String {
        if case let .minEntropy(bits) = self { return "min-entropy:\(bits)" }
        return Validator.names.first { Validator.named($0) == self } ?? ""
    }

    init?(encoded: String) {
        if encoded.hasPrefix("min-entropy:"), let bits = Double(encoded.dropFirst("min-entropy:".count)) {
            self = .minEntropy(bits)
        } else if let named = Validator.named(encoded) {
            self = named
        } else {
            return nil
        }
    }
}
