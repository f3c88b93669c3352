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
    static let formatVersion: UInt8 = 2

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
            key.mix([0])
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

    struct Writer {
        var bytes: [UInt8] = [formatVersion]

        mutating func int(_ value: Int) {
            var v = UInt64(bitPattern: Int64(value))
            for _ in 0..<8 { bytes.append(UInt8(v & 0xFF)); v >>= 8 }
        }
        mutating func string(_ value: String) { int(value.utf8.count); bytes += value.utf8 }
        mutating func strings(_ values: [String]) { int(values.count); values.forEach { string($0) } }
        mutating func optional(_ value: String?) { int(value == nil ? 0 : 1); if let value { string(value) } }

        mutating func rules(_ rules: [Rule]) {
            int(rules.count)
            for rule in rules {
                string(rule.id); string(rule.category.rawValue); string(rule.severity.rawValue); string(rule.message)
                string(rule.hipaa); string(rule.remediation); strings(rule.languages.map(\.rawValue).sorted())
                strings(rule.keywords); string(rule.pattern); optional(rule.unless); int(rule.unlessLines)
                strings(rule.contextWords); int(rule.contextLines)
                strings(rule.validators.map(\.encoded))
                strings(rule.paths.map(\.pattern)); strings(rule.excludePaths.map(\.pattern))
                int(rule.overridable ? 1 : 0)
                int(rule.maxAgeDays ?? 0)
                strings(rule.triggerSources); strings(rule.nearMissSources)
            }
        }
    }

    /// Bounds-checked all the way: a truncated or foreign file yields nil, never a crash.
    struct Reader {
        private let file: ReadOnlyBytes
        private let bytes: UnsafeRawBufferPointer
        var offset = 1
        var failed = false
        /// When false, example lists are checked and skipped, and come back empty.
        var examples = true

        init(file: ReadOnlyBytes) {
            self.file = file
            bytes = file.bytes
            failed = bytes.first != formatVersion
        }

        init(bytes: [UInt8]) { self.init(file: bytes.withUnsafeBytes { ReadOnlyBytes(copying: $0) }) }

        mutating func int() -> Int {
            guard !failed, offset + 8 <= bytes.count else { failed = true; return 0 }
            var v: UInt64 = 0
            for i in (0..<8).reversed() { v = (v << 8) | UInt64(bytes[offset + i]) }
            offset += 8
            return Int(Int64(bitPattern: v))
        }
        /// The next string; with `decode` off it is checked and stepped over ("").
        mutating func string(decode: Bool = true) -> String {
            let count = int()
            guard !failed, count >= 0, offset + count <= bytes.count else { failed = true; return "" }
            defer { offset += count }
            return decode ? String(decoding: UnsafeRawBufferPointer(rebasing: bytes[offset..<(offset + count)]), as: UTF8.self) : ""
        }
        mutating func strings(decode: Bool = true) -> [String] {
            let count = int()
            guard !failed, count >= 0, count <= bytes.count else { failed = true; return [] }
            let values = (0..<count).map { _ in string(decode: decode) }
            return decode ? values : []
        }
        mutating func optional() -> String? { int() == 1 ? string() : nil }

        mutating func rules() -> [Rule]? {
            let count = int()
            guard !failed, count >= 0, count <= bytes.count else { return nil }
            var rules: [Rule] = []
            // Rules share most of their language lists and path globs (30 rules exclude the
            // same lock files): each distinct one is built once and shared.
            var languageSets: [[String]: Set<Language>] = [:]
            var globs: [String: Glob] = [:]
            func glob(_ pattern: String) -> Glob {
                if let known = globs[pattern] { return known }
                let made = Glob(pattern)
                globs[pattern] = made
                return made
            }
            for _ in 0..<count {
                let id = string(), categoryName = string(), severityName = string(), message = string()
                let hipaa = string(), remediation = string(), languageNames = strings(), keywords = strings()
                let pattern = string(), unless = optional(), unlessLines = int(), contextWords = strings()
                let contextLines = int(), validatorNames = strings(), paths = strings(), excludePaths = strings()
                let overridable = int() == 1, maxAge = int(), triggers = strings(decode: examples), nearMisses = strings(decode: examples)
                guard !failed, let category = Category(rawValue: categoryName), let severity = Severity(rawValue: severityName)
                else { return nil }
                let languages: Set<Language>
                if let known = languageSets[languageNames] {
                    languages = known
                } else {
                    let named = languageNames.compactMap { Language.named[$0] }
                    guard named.count == languageNames.count else { return nil }
                    languages = Set(named)
                    languageSets[languageNames] = languages
                }
                let validators = validatorNames.compactMap(Validator.init(encoded:))
                guard validators.count == validatorNames.count else { return nil }
                let rule = Rule(
                    id: id, category: category, severity: severity, message: message, hipaa: hipaa, remediation: remediation,
                    languages: languages, keywords: keywords, pattern: pattern, unless: unless, unlessLines: unlessLines,
                    contextWords: contextWords, contextLines: contextLines, validators: validators,
                    paths: paths.map(glob), excludePaths: excludePaths.map(glob), overridable: overridable,
                    triggers: [], nearMisses: [])
                var copy = Rule(copying: rule, triggerSources: triggers, nearMissSources: nearMisses)
                copy.maxAgeDays = maxAge > 0 ? maxAge : nil
                rules.append(copy)
            }
            return offset == bytes.count ? rules : nil
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
