#if canImport(Glibc)
import Glibc
#endif

/// `phiguard:allow <rule-id|category> -- <reason>` in a comment on the offending line or
/// the line above, in whatever comment syntax the file uses (the marker is found anywhere
/// on the line; comment closers such as `*/` and `-->` are not part of the reason).
public struct InlineAllow: Sendable, Equatable {
    /// 1-based line the comment is on.
    public let line: Int
    /// The rule id or category it allows.
    public let target: String
    /// The written reason, trimmed; nil when there is no `--` part.
    public let reason: String?

    static let marker = Array("phiguard:allow".utf8)

    /// Whether this allow speaks about `finding` (same line or the line below, same rule
    /// or category).
    public func covers(_ finding: Finding) -> Bool {
        (finding.line == line || finding.line == line + 1)
            && (target == finding.ruleID || target == finding.category.rawValue)
    }

    /// Parses the allows on the given 1-based lines of `content`.
    public static func find(in content: [UInt8], lines wanted: Set<Int>) -> [InlineAllow] {
        guard !wanted.isEmpty, TextSearch.contains(marker, in: content[...]) else { return [] }
        var allows: [InlineAllow] = []
        var line = 1, start = 0
        func consider(_ end: Int) {
            if wanted.contains(line), let allow = parse(content[start..<end], line: line) { allows.append(allow) }
        }
        for index in content.indices where content[index] == 0x0A {
            consider(index)
            line += 1
            start = index + 1
        }
        if start < content.count { consider(content.count) }
        return allows
    }

    static func parse(_ bytes: ArraySlice<UInt8>, line: Int) -> InlineAllow? {
        guard let at = TextSearch.firstIndex(of: marker, in: bytes) else { return nil }
        let rest = String(decoding: bytes[(at + marker.count)...], as: UTF8.self)
        var text = Substring(rest)
        guard text.first?.isWhitespace == true else { return nil }
        text = text.drop(while: \.isWhitespace)
        let target = text.prefix { $0.isLetter || $0.isNumber || $0 == "-" || $0 == "." || $0 == "_" }
        guard !target.isEmpty else { return nil }
        text = text.dropFirst(target.count)
        var reason: String? = nil
        if let dashes = text.firstRange(of: "--") {
            var raw = String(text[dashes.upperBound...])
            for closer in ["*/", "-->", "#}", "%>", "?>", "\"\"\"", "'''"] {
                if let range = raw.firstRange(of: closer) { raw = String(raw[..<range.lowerBound]) }
            }
            reason = Justification.sanitized(raw)
        }
        return InlineAllow(line: line, target: String(target), reason: reason)
    }
}
