#if canImport(Glibc)
import Glibc
#endif

/// Runs a rule pack over the added lines of files.
///
/// For each file: windows around the added lines (plus context lines from the new
/// version) → the keyword prefilter → the context gate → the PCRE2 patterns of the rules
/// that passed both → `unless`, context words and validators → a `Finding` for every
/// match that touches an added line. The raw matched bytes never leave `scan(_:)`: they
/// are hashed into the fingerprint and cut out of the snippet right here.
///
/// An engine holds mutable match state and is used by one thread at a time; make one per
/// worker.
public final class Engine {
    public let rules: [Rule]
    private let prefilter: Prefilter
    private let applicability: Applicability
    private let fingerprinter: Fingerprinter
    private let contextLines: Int
    private let matcher = Matcher()
    /// Compiled lazily: a commit that mentions no cookie never compiles a cookie rule.
    private var patterns: [Pattern?]
    private var unlessPatterns: [Pattern?]
    private var hits: [Bool]
    /// The context gate: one pass of an automaton of every rule's context words over the
    /// window and the lines around it. A rule that needs a context word within N lines of
    /// its match, and has none within N lines of the window, cannot report there, so its
    /// pattern is neither compiled nor run. Built on first use.
    private lazy var contextPrefilter = PrefilterCache.prefilter(words: rules.map(\.contextWordList), kind: .contextWords)
    private var contextNear: [Bool]
    private var decodedContextWords: [[[UInt8]]?]
    /// Off only in tests, which check that the gate never changes what is reported.
    var usesContextGate = true
    /// (category, line) pairs already reported in the current file: only one finding per
    /// category and line is kept, so later matches there skip the costly checks.
    private var reported = Set<Int>()
    /// When the scan must stop (monotonic nanoseconds); nil for no limit.
    public var deadline: UInt64?
    /// Severity of the findings that say "not fully scanned".
    public var limitSeverity = Severity.block

    /// - Parameters:
    ///   - fingerprintKey: the repository's fingerprint key (see `Fingerprinter`).
    ///   - contextLines: lines of the new file included around each hunk.
    public init(pack: RulePack, fingerprintKey: String, contextLines: Int = 3) {
        rules = pack.rules
        prefilter = PrefilterCache.prefilter(words: rules.map(\.keywordList))
        applicability = Applicability(rules: rules)
        fingerprinter = Fingerprinter(key: fingerprintKey)
        self.contextLines = contextLines
        patterns = Array(repeating: nil, count: rules.count)
        unlessPatterns = Array(repeating: nil, count: rules.count)
        hits = Array(repeating: false, count: rules.count)
        contextNear = Array(repeating: false, count: rules.count)
        decodedContextWords = Array(repeating: nil, count: rules.count)
    }

    /// Findings in the added lines of one file, in line order.
    public func scan(_ input: ScanInput) throws -> [Finding] {
        guard !input.addedLines.isEmpty, !input.content.isEmpty else { return [] }
        let applicable = applicability.rules(for: input.language, path: input.path)
        guard !applicable.isEmpty else { return [] }
        return try input.content.withUnsafeBufferPointer { bytes in
            let lines = input.lines
            var added = [Bool](repeating: false, count: lines.count + 2)
            for line in input.addedLines where line >= 1 && line <= lines.count { added[line] = true }
            var findings: [Finding] = []
            reported.removeAll(keepingCapacity: true)
            for window in windows(addedLines: input.addedLines, lineCount: lines.count) {
                let range = lines.range(lines: window.lowerBound, through: window.upperBound)
                for index in hits.indices { hits[index] = false }
                prefilter.mark(UnsafeBufferPointer(rebasing: bytes[range]), into: &hits)
                var gated = false
                for ruleIndex in applicable where hits[ruleIndex] {
                    if usesContextGate && !rules[ruleIndex].contextWordList.isEmpty {
                        if !gated {
                            markContextNear(window: window, applicable: applicable, bytes: bytes, lines: lines)
                            gated = true
                        }
                        if !contextNear[ruleIndex] { continue }
                    }
                    if let deadline, Monotonic.nanoseconds() > deadline {
                        findings.append(limitFinding(reason: "the scan's time budget ran out before all rules ran on this file",
                                                     line: window.lowerBound, input: input))
                        return deduplicated(findings)
                    }
                    try scan(ruleIndex, window: range, bytes: bytes, lines: lines, added: added, input: input, into: &findings)
                }
            }
            return deduplicated(findings)
        }
    }

    /// Added lines grouped into line ranges widened by the context, overlaps merged.
    func windows(addedLines: [Int], lineCount: Int) -> [ClosedRange<Int>] {
        var result: [ClosedRange<Int>] = []
        for line in addedLines where line >= 1 && line <= lineCount {
            let low = max(1, line - contextLines), high = min(lineCount, line + contextLines)
            if let last = result.last, low <= last.upperBound + 1 {
                result[result.count - 1] = last.lowerBound...max(last.upperBound, high)
            } else {
                result.append(low...high)
            }
        }
        return result
    }

    /// Marks in `contextNear` the rules among `applicable` (those the keywords let through)
    /// that have one of their context words within their context lines of `window`: the
    /// only ones whose matches there can pass the context check in `scan(_:window:...)`.
    /// Matches lie inside the window, so their context lines lie inside these; a word is
    /// counted when it ends inside them, which lets through at most a word the check would
    /// not see (one that starts before), never the reverse.
    private func markContextNear(window: ClosedRange<Int>, applicable: [Int], bytes: UnsafeBufferPointer<UInt8>,
                                 lines: LineIndex) {
        var reach = 0
        for ruleIndex in applicable where hits[ruleIndex] {
            contextNear[ruleIndex] = false
            reach = max(reach, rules[ruleIndex].contextLines)
        }
        let searched = lines.range(lines: window.lowerBound - reach, through: window.upperBound + reach)
        contextPrefilter.forEachOccurrence(in: UnsafeBufferPointer(rebasing: bytes[searched])) { end, owners in
            let position = searched.lowerBound + end
            for owner in owners {
                let ruleIndex = Int(owner)
                guard hits[ruleIndex], !contextNear[ruleIndex] else { continue }
                let reach = rules[ruleIndex].contextLines
                let around = lines.range(lines: window.lowerBound - reach, through: window.upperBound + reach)
                if position > around.lowerBound && position <= around.upperBound { contextNear[ruleIndex] = true }
            }
        }
    }

    /// A rule's context words, decoded on its first match.
    private func contextWords(_ index: Int) -> [[UInt8]] {
        if let decoded = decodedContextWords[index] { return decoded }
        let decoded = rules[index].contextWords.map { Array($0.utf8) }
        decodedContextWords[index] = decoded
        return decoded
    }

    private func pattern(_ index: Int) throws -> Pattern {
        if let compiled = patterns[index] { return compiled }
        let source = rules[index].pattern
        let compiled = try Pattern(source, owner: rules[index].id, stored: PatternCache.entry(for: source))
        patterns[index] = compiled
        return compiled
    }

    private func unlessPattern(_ index: Int) throws -> Pattern? {
        guard let source = rules[index].unless else { return nil }
        if let compiled = unlessPatterns[index] { return compiled }
        let compiled = try Pattern(source, owner: rules[index].id + " (unless)", stored: PatternCache.entry(for: source))
        unlessPatterns[index] = compiled
        return compiled
    }

    private func scan(_ ruleIndex: Int, window: Range<Int>, bytes: UnsafeBufferPointer<UInt8>, lines: LineIndex,
                      added: [Bool], input: ScanInput, into findings: inout [Finding]) throws {
        let rule = rules[ruleIndex]
        let compiled = try pattern(ruleIndex)
        let matches: [Pattern.Match]
        do throws(Pattern.LimitExceeded) {
            matches = try compiled.matches(in: bytes, window: window, using: matcher, deadline: deadline)
        } catch {
            let line = lines.line(containing: window.lowerBound)
            findings.append(limitFinding(reason: "rule \(rule.id) could not finish on this content (\(error.description))",
                                         line: line, input: input))
            return
        }
        let categoryIndex = Category.allCases.firstIndex(of: rule.category) ?? 0
        for match in matches {
            let first = lines.line(containing: match.range.lowerBound)
            if reported.contains(first &* 16 &+ categoryIndex) { continue }
            let last = lines.line(containing: max(match.range.lowerBound, match.range.upperBound - 1))
            guard (first...last).contains(where: { added[$0] }) else { continue }
            let valueRange = match.value ?? match.range
            let value = String(decoding: UnsafeBufferPointer(rebasing: bytes[valueRange]), as: UTF8.self)
            guard rule.validators.allSatisfy({ $0.accepts(value) }) else { continue }
            // Fixtures made with `phiguard synth` pass every PHI rule without overrides.
            // The mark may sit just outside the value group (`SYN` before the MRN digits).
            if rule.category == .phiLiteral,
               Checks.isSyntheticByConstruction(Engine.token(around: valueRange, in: bytes)) { continue }
            if !rule.contextWordList.isEmpty {
                let around = lines.range(lines: first - rule.contextLines, through: last + rule.contextLines)
                guard Engine.contains(any: contextWords(ruleIndex), in: UnsafeBufferPointer(rebasing: bytes[around])) else { continue }
            }
            if let unless = try unlessPattern(ruleIndex) {
                let around = lines.range(lines: first - rule.unlessLines, through: last + rule.unlessLines)
                do throws(Pattern.LimitExceeded) {
                    if try unless.occurs(in: bytes, range: around, using: matcher) { continue }
                } catch {
                    findings.append(limitFinding(reason: "rule \(rule.id) could not finish on this content (\(error.description))",
                                                 line: first, input: input))
                    continue
                }
            }
            findings.append(finding(rule: rule, match: match, line: first, bytes: bytes, lines: lines, input: input))
            reported.insert(first &* 16 &+ categoryIndex)
        }
    }

    private func finding(rule: Rule, match: Pattern.Match, line: Int, bytes: UnsafeBufferPointer<UInt8>,
                         lines: LineIndex, input: ScanInput) -> Finding {
        let fullLine = lines.content(of: line, in: bytes)
        var column = 1
        for offset in fullLine.lowerBound..<min(match.range.lowerBound, fullLine.upperBound)
        where (bytes[offset] & 0xC0) != 0x80 {
            column += 1
        }
        // The snippet shows at most 160 characters, so only the part of a long (minified)
        // line around the match is redacted and kept: scrubbing a megabyte line per
        // finding made such files quadratic.
        var low = max(fullLine.lowerBound, min(match.range.lowerBound, fullLine.upperBound) - 48)
        while low > fullLine.lowerBound && (bytes[low] & 0xC0) == 0x80 { low -= 1 }
        var high = min(fullLine.upperBound, max(low, match.range.lowerBound) + 400)
        while high < fullLine.upperBound && (bytes[high] & 0xC0) == 0x80 { high += 1 }
        let lineRange = low..<high
        let sensitive = match.value ?? (rule.category.matchIsSensitive ? match.range : nil)
        var cuts: [Range<Int>] = []
        if let sensitive {
            let low = max(sensitive.lowerBound, lineRange.lowerBound), high = min(sensitive.upperBound, lineRange.upperBound)
            if low < high { cuts.append((low - lineRange.lowerBound)..<(high - lineRange.lowerBound)) }
        }
        let lineBytes = Array(UnsafeBufferPointer(rebasing: bytes[lineRange]))
        let snippet = Redaction.snippet(line: lineBytes[...], sensitive: cuts, category: rule.category, language: input.language)
        let matched = Array(UnsafeBufferPointer(rebasing: bytes[match.range]))
        return Finding(
            ruleID: rule.id, category: rule.category, severity: rule.severity, file: input.path, line: line,
            column: column, commit: input.commit, message: rule.message, hipaa: rule.hipaa,
            remediation: rule.remediation,
            fingerprint: fingerprinter.fingerprint(rule: rule.id, file: input.path, matched: matched[...]),
            snippet: snippet)
    }

    /// Content that was not fully checked (a PCRE2 limit, the time budget, a size limit)
    /// is reported, blocking by default, rather than passed in silence.
    func limitFinding(reason: String, line: Int, input: ScanInput) -> Finding {
        Finding(
            ruleID: "meta.scan-limit", category: .meta, severity: limitSeverity, file: input.path, line: line, column: 1,
            commit: input.commit, message: "not fully scanned: \(reason)",
            hipaa: Category.meta.hipaaAnchor,
            remediation: "Keep generated or bulk content out of the commit, or allow its path with a reason in .phiguard.toml; limits are in [scan].",
            fingerprint: fingerprinter.fingerprint(rule: "meta.scan-limit", file: input.path, matched: Array(reason.utf8)[...]),
            snippet: "")
    }

    /// A fingerprint for a finding phiguard makes itself (meta findings), keyed like the rest.
    func fingerprint(rule: String, file: String, text: String) -> String {
        fingerprinter.fingerprint(rule: rule, file: file, matched: Array(text.utf8)[...])
    }

    /// The value widened to the whole word it sits in (letters, digits, `-`, `_`).
    static func token(around range: Range<Int>, in bytes: UnsafeBufferPointer<UInt8>) -> String {
        func isWord(_ byte: UInt8) -> Bool {
            (byte >= 48 && byte <= 57) || (byte >= 65 && byte <= 90) || (byte >= 97 && byte <= 122) || byte == 45 || byte == 95
        }
        var low = range.lowerBound, high = range.upperBound
        while low > 0 && range.lowerBound - low < 16 && isWord(bytes[low - 1]) { low -= 1 }
        while high < bytes.count && high - range.upperBound < 16 && isWord(bytes[high]) { high += 1 }
        return String(decoding: UnsafeBufferPointer(rebasing: bytes[low..<high]), as: UTF8.self)
    }

    /// Case-insensitive: whether any of the (lower-case) words occurs in the bytes.
    static func contains(any words: [[UInt8]], in bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        words.contains { TextSearch.containsFoldingCase($0, in: bytes) }
    }

    /// Two rules of one category on the same spot are one problem to the reader: keep the
    /// first (the pack lists specific rules before general ones).
    private func deduplicated(_ findings: [Finding]) -> [Finding] {
        var seen = Set<String>()
        return findings
            .sorted { ($0.line, $0.column) < ($1.line, $1.column) }
            .filter { seen.insert("\($0.category.rawValue)|\($0.line)").inserted || $0.category == .meta }
    }
}

/// A monotonic clock in nanoseconds, for the scan's time budget.
enum Monotonic {
    static func nanoseconds() -> UInt64 {
        var now = timespec()
        clock_gettime(CLOCK_MONOTONIC, &now)
        return UInt64(now.tv_sec) * 1_000_000_000 + UInt64(now.tv_nsec)
    }
}
