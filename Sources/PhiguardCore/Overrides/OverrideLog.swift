import GitKit
#if canImport(Glibc)
import Glibc
#endif

/// `phiguard log`: the override ledger as an auditor reads it — filtered, grouped per
/// rule, or rebuilt from commit trailers on a machine that never saw the ledger.
public enum OverrideLog {
    public struct Query: Sendable {
        public var rule: String?
        /// Entries at or after this UTC date (`YYYY-MM-DD` or full ISO time).
        public var since: String?
        /// Rebuild from the `Phiguard-Override:` trailers of this range instead of the ledger.
        public var range: String?

        public init(rule: String? = nil, since: String? = nil, range: String? = nil) {
            self.rule = rule
            self.since = since
            self.range = range
        }
    }

    /// One logged override, from the ledger or from a trailer.
    public struct Record: Sendable, Equatable {
        public let time: String
        public let user: String
        public let email: String
        public let kind: String
        public let rule: String
        public let file: String?
        public let line: Int?
        public let fingerprint: String
        public let reason: String
        public let commit: String?
    }

    public static func ledger(repositoryPath: String?) throws -> Ledger {
        let repository = try repositoryPath.map { try Repository.discover(startingAt: $0) } ?? Repository.openFromEnvironment()
        return Ledger(directory: repository.commonDirectory + "/phiguard")
    }

    public static func records(_ query: Query, repositoryPath: String?) throws -> [Record] {
        var cutoff: Int? = nil
        if let since = query.since {
            guard let seconds = Clock.parse(since) else {
                throw PhiguardError.usage("--since takes a UTC date such as 2026-11-01 or 2026-11-01T08:00:00Z")
            }
            cutoff = Int(seconds)
        }
        let all: [Record]
        if let range = query.range {
            let repository = try repositoryPath.map { try Repository.discover(startingAt: $0) } ?? Repository.openFromEnvironment()
            all = try repository.commits(inRange: range).flatMap { commit in
                OverrideTrailer.parse(message: commit.message).map {
                    Record(time: Clock.iso(time_t(commit.time)), user: commit.authorName, email: commit.authorEmail,
                           kind: OverrideKind.trailer.rawValue, rule: $0.rule, file: nil, line: nil,
                           fingerprint: $0.fingerprintPrefix, reason: $0.reason, commit: commit.id.hex)
                }
            }
        } else {
            all = try ledger(repositoryPath: repositoryPath).entries().map {
                Record(time: $0.time, user: $0.user, email: $0.email, kind: $0.kind.rawValue, rule: $0.rule, file: $0.file,
                       line: $0.line, fingerprint: $0.fingerprint, reason: $0.reason, commit: $0.commit)
            }
        }
        return all.filter { record in
            if let rule = query.rule, record.rule != rule && !record.rule.hasPrefix(rule + ".") { return false }
            if let cutoff, let time = Clock.parse(record.time), Int(time) < cutoff { return false }
            return true
        }
    }

    /// Per rule: how often, when last, and the distinct reasons given.
    public struct RuleSummary: Sendable, Equatable {
        public let rule: String
        public let count: Int
        public let lastUsed: String
        public let reasons: [String]
    }

    public static func byRule(_ records: [Record]) -> [RuleSummary] {
        Dictionary(grouping: records, by: \.rule).map { rule, group in
            RuleSummary(rule: rule, count: group.count, lastUsed: group.map(\.time).max() ?? "",
                        reasons: Array(LinkedSet(group.map(\.reason))))
        }.sorted { ($0.count, $1.rule) > ($1.count, $0.rule) }
    }

    public enum Format: String, CaseIterable, Sendable { case text, json, csv }

    public static func render(_ records: [Record], format: Format) -> String {
        switch format {
        case .text:
            guard !records.isEmpty else { return "no overrides recorded\n" }
            return records.map { record in
                let place = record.file.map { "\($0)\(record.line.map { ":\($0)" } ?? "")" } ?? "-"
                let commit = record.commit.map { String($0.prefix(12)) } ?? "(uncommitted)"
                return "\(record.time)  \(record.kind)  \(record.rule)  \(place)  \(commit)  \(record.email)\n    \(record.reason)\n"
            }.joined()
        case .json:
            return JSONValue.array(records.map(json)).serialized(indent: 2) + "\n"
        case .csv:
            let header = "time,user,email,kind,rule,file,line,fingerprint,reason,commit\n"
            return header + records.map { record in
                [record.time, record.user, record.email, record.kind, record.rule, record.file ?? "",
                 record.line.map(String.init) ?? "", record.fingerprint, record.reason, record.commit ?? ""]
                    .map(csvField).joined(separator: ",") + "\n"
            }.joined()
        }
    }

    public static func render(_ summaries: [RuleSummary], format: Format) -> String {
        switch format {
        case .text:
            guard !summaries.isEmpty else { return "no overrides recorded\n" }
            return summaries.map { summary in
                "\(summary.rule)  \(summary.count) override\(summary.count == 1 ? "" : "s"), last \(summary.lastUsed)\n"
                    + summary.reasons.map { "    - \($0)\n" }.joined()
            }.joined()
        case .json:
            return JSONValue.array(summaries.map { summary in
                .object([("rule", .string(summary.rule)), ("count", .int(summary.count)), ("last_used", .string(summary.lastUsed)),
                         ("reasons", .array(summary.reasons.map(JSONValue.string)))])
            }).serialized(indent: 2) + "\n"
        case .csv:
            return "rule,count,last_used,reasons\n" + summaries.map { summary in
                [summary.rule, String(summary.count), summary.lastUsed, summary.reasons.joined(separator: " | ")]
                    .map(csvField).joined(separator: ",") + "\n"
            }.joined()
        }
    }

    private static func json(_ record: Record) -> JSONValue {
        .object([
            ("time", .string(record.time)), ("user", .string(record.user)), ("email", .string(record.email)),
            ("kind", .string(record.kind)), ("rule", .string(record.rule)),
            ("file", record.file.map(JSONValue.string) ?? .null), ("line", record.line.map(JSONValue.int) ?? .null),
            ("fingerprint", .string(record.fingerprint)), ("reason", .string(record.reason)),
            ("commit", record.commit.map(JSONValue.string) ?? .null),
        ])
    }

    /// RFC 4180 quoting, and a leading quote for cells a spreadsheet would run as a formula.
    static func csvField(_ value: String) -> String {
        var text = value
        if let first = text.first, "=+-@".contains(first) { text = "'" + text }
        if text.contains(where: { $0 == "," || $0 == "\"" || $0.isNewline }) {
            return "\"" + text.replacing("\"", with: "\"\"") + "\""
        }
        return text
    }
}
