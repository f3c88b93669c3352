/// The commit-message trailer that carries a bypass with its commit:
/// `Phiguard-Override: <rule-id> <fingerprint-prefix> <reason>`. CI reads it back to
/// accept exactly the finding it names.
public struct OverrideTrailer: Sendable, Equatable {
    public static let key = "Phiguard-Override"
    /// The line below which `git commit -v` puts the diff; git removes it and what follows.
    public static let scissors = "# ------------------------ >8 ------------------------"
    /// Long enough to be unique among a commit's findings, short enough to read.
    public static let prefixLength = 16

    public let rule: String
    public let fingerprintPrefix: String
    public let reason: String

    public init(rule: String, fingerprint: String, reason: String) {
        self.rule = rule
        fingerprintPrefix = String(fingerprint.prefix(OverrideTrailer.prefixLength))
        // One line, and nothing value-shaped: a reason must not smuggle PHI into history.
        self.reason = Justification.sanitized(reason)
    }

    /// Whether `text` has the shape of a rule id, `<category>.<name>` with a letter in the
    /// name: the rule field of a hand-written trailer is shown in reports and the log, and a
    /// field that could be a value (an SSN) is no rule anyway.
    static func isRuleID(_ text: String) -> Bool {
        guard let dot = text.firstIndex(of: "."), Category(rawValue: String(text[..<dot])) != nil else { return false }
        let name = text[text.index(after: dot)...].unicodeScalars
        return name.contains { ("a"..."z").contains($0) }
            && name.allSatisfy { ("a"..."z").contains($0) || ("0"..."9").contains($0) || $0 == "-" || $0 == "." }
    }

    /// Where git's scissors line starts, when the message has one as a whole line (never
    /// the same text inside a reason). Like git, a line ending in CR is not one: git looks
    /// for the exact line and its "\n", and keeps a CRLF scissors line and what follows.
    public static func scissorsLine(in message: String) -> String.Index? {
        var search = message.startIndex
        while let found = message[search...].firstRange(of: scissors) {
            // (Scalars: after a CRLF line the character before is "\r\n", yet git sees "\n#".)
            let atLineStart = found.lowerBound == message.startIndex
                || message.unicodeScalars[message.unicodeScalars.index(before: found.lowerBound)] == "\n"
            let atLineEnd = found.upperBound == message.endIndex || message[found.upperBound] == "\n"
            if atLineStart && atLineEnd { return found.lowerBound }
            search = found.upperBound
        }
        return nil
    }

    public var line: String { "\(OverrideTrailer.key): \(rule) \(fingerprintPrefix) \(reason)" }

    /// The trailer without its reason, to name it in a finding.
    public var label: String { "\(OverrideTrailer.key): \(rule) \(fingerprintPrefix)" }

    public func matches(_ finding: Finding) -> Bool {
        finding.ruleID == rule && finding.fingerprint.hasPrefix(fingerprintPrefix)
    }

    /// Every well-formed override trailer in a commit message. Like git, only the last
    /// paragraph holds trailers. A trailer without a reason is not well-formed; one with a
    /// poor reason is returned, and the range scan reports it (see `Justification`).
    public static func parse(message: String) -> [OverrideTrailer] {
        // A range scan parses every commit's message, nearly all without a trailer; splitting
        // them into paragraphs of scalars was 4% of a 1,000-commit scan.
        guard mentionsKey(message) else { return [] }
        // Below a scissors line is git's verbose diff, which git cuts off; with
        // `--cleanup=verbatim` it stays, and the trailers written above it still count.
        let kept = scissorsLine(in: message).map { String(message[..<$0]) } ?? message
        guard let last = paragraphs(of: kept).last else { return [] }
        var found: [OverrideTrailer] = []
        let prefix = Array((key + ":").lowercased().unicodeScalars)
        // Work on scalars, not characters: a space followed by a combining mark is one
        // Character, which would hide a separator.
        for raw in last {
            guard raw.count > prefix.count,
                  zip(raw.prefix(prefix.count), prefix).allSatisfy({ String($0.0).lowercased() == String($0.1) }) else { continue }
            let fields = raw.dropFirst(prefix.count).split(separator: " ", maxSplits: 2, omittingEmptySubsequences: true)
            guard fields.count == 3 else { continue }
            let rule = String(String.UnicodeScalarView(fields[0]))
            let fingerprint = String(String.UnicodeScalarView(fields[1]))
            let reason = String(String.UnicodeScalarView(fields[2].trimmingBlanks()))
            // Reasons and prefixes are kept as the hook writes them (sanitised, 16 hex digits),
            // whoever wrote the trailer: they are shown wherever the trailer is reported.
            guard !reason.isEmpty, isRuleID(rule), fingerprint.count >= 8, fingerprint.allSatisfy(\.isHexDigit) else { continue }
            found.append(OverrideTrailer(rule: rule, fingerprint: fingerprint, reason: reason))
        }
        return found
    }

    /// Whether the message contains the key and its colon in any ASCII case: a trailer line
    /// cannot exist otherwise (no other scalar lower-cases to these letters).
    static func mentionsKey(_ message: String) -> Bool {
        var message = message
        return message.withUTF8 { TextSearch.containsFoldingCase(keyNeedle, in: $0) }
    }

    private static let keyNeedle = Array((key + ":").lowercased().utf8)

    /// The message's paragraphs as git sees them: runs of lines separated by blank lines,
    /// where a line of only spaces and tabs is blank, CRLF is a line end, and each line is
    /// trimmed of blanks at both ends.
    static func paragraphs(of message: String) -> [[Substring.UnicodeScalarView]] {
        var paragraphs: [[Substring.UnicodeScalarView]] = []
        var current: [Substring.UnicodeScalarView] = []
        for line in message.unicodeScalars.split(separator: "\n", omittingEmptySubsequences: false) {
            let trimmed = line.trimmingBlanks()
            if trimmed.isEmpty {
                if !current.isEmpty { paragraphs.append(current); current = [] }
            } else {
                current.append(Substring.UnicodeScalarView(trimmed))
            }
        }
        if !current.isEmpty { paragraphs.append(current) }
        return paragraphs
    }

    /// `message` with `trailers` appended as git does: a blank line before a new trailer
    /// block, none when the message already ends in one; duplicates are not repeated.
    public static func append(_ trailers: [OverrideTrailer], to message: String) -> String {
        guard !trailers.isEmpty else { return message }
        // `git commit -v` puts the diff below a scissors line and drops everything after
        // it: the trailers go above.
        if let cut = scissorsLine(in: message) {
            return append(trailers, to: String(message[..<cut])) + String(message[cut...])
        }
        // Drop trailing blank lines only: blanks at the end of the last line are part of
        // it (a scissors text followed by blanks is not a scissors line and must not
        // become one).
        var body = message
        while let lastBreak = body.unicodeScalars.lastIndex(of: "\n"),
              body.unicodeScalars[body.unicodeScalars.index(after: lastBreak)...].allSatisfy({ $0 == " " || $0 == "\t" || $0 == "\r" }) {
            body = String(body.unicodeScalars[..<lastBreak])
        }
        if body.unicodeScalars.allSatisfy({ $0 == " " || $0 == "\t" || $0 == "\r" }) { body = "" }
        let existing = Set(parse(message: body).map(\.line))
        let new = trailers.map(\.line).filter { !existing.contains($0) }
        guard !new.isEmpty else { return message }
        let lastParagraph = paragraphs(of: body).last ?? []
        let endsInTrailers = !lastParagraph.isEmpty && lastParagraph.allSatisfy { line in
            guard let colon = line.firstIndex(of: ":") else { return false }
            let key = line[line.startIndex..<colon]
            return !key.isEmpty && key.allSatisfy { $0.properties.isAlphabetic || ("0"..."9").contains($0) || $0 == "-" }
        }
        let separator = body.isEmpty ? "" : (endsInTrailers ? "\n" : "\n\n")
        return body + separator + Array(LinkedSet(new)).joined(separator: "\n") + "\n"
    }
}

extension Substring.UnicodeScalarView {
    /// Without spaces, tabs and carriage returns at either end.
    func trimmingBlanks() -> Substring.UnicodeScalarView {
        let isBlank: (Unicode.Scalar) -> Bool = { $0 == " " || $0 == "\t" || $0 == "\r" }
        guard let first = firstIndex(where: { !isBlank($0) }), let last = lastIndex(where: { !isBlank($0) }) else {
            return self[endIndex...]
        }
        return self[first...last]
    }
}

extension Substring {
    func trimmingCharacters(in set: String) -> String {
        var text = self
        while let first = text.first, set.contains(first) { text = text.dropFirst() }
        while let last = text.last, set.contains(last) { text = text.dropLast() }
        return String(text)
    }
}

/// Order-preserving de-duplication.
struct LinkedSet<Element: Hashable>: Sequence {
    private let items: [Element]
    init(_ items: [Element]) {
        var seen = Set<Element>()
        self.items = items.filter { seen.insert($0).inserted }
    }
    func makeIterator() -> IndexingIterator<[Element]> { items.makeIterator() }
}
