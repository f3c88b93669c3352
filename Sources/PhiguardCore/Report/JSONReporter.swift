/// `--format json`: exactly the object of CONTRACT.md, one per run, on stdout.
public struct JSONReporter: Reporter {
    public init() {}

    public func render(_ report: ScanReport) -> String {
        let summary = report.summary
        let document: JSONValue = .object([
            ("tool", .string("phiguard")),
            ("version", .string(PhiguardVersion.current)),
            ("findings", .array(report.findings.map(JSONReporter.json))),
            ("summary", .object([
                ("files", .int(summary.files)),
                ("hunks", .int(summary.hunks)),
                ("lines", .int(summary.lines)),
                ("blocking", .int(summary.blocking)),
                ("warnings", .int(summary.warnings)),
                ("overridden", .int(summary.overridden)),
                ("bytes", .int(summary.bytes)),
                ("binary_files", .int(summary.binaryFiles.count)),
                ("commits", .int(summary.commits)),
            ])),
        ])
        return document.serialized(indent: 2) + "\n"
    }

    static func json(_ finding: Finding) -> JSONValue {
        var members: [(String, JSONValue)] = [
            ("rule", .string(finding.ruleID)),
            ("category", .string(finding.category.rawValue)),
            ("severity", .string(finding.severity.rawValue)),
            ("file", .string(finding.file)),
            ("line", .int(finding.line)),
            ("column", .int(finding.column)),
            ("commit", finding.commit.map(JSONValue.string) ?? .null),
            ("message", .string(finding.message)),
            ("hipaa", .string(finding.hipaa)),
            ("fingerprint", .string(finding.fingerprint)),
            ("snippet", .string(finding.snippet)),
            ("overridden", .bool(finding.overridden)),
        ]
        if let reason = finding.overrideReason { members.append(("override_reason", .string(reason))) }
        if let kind = finding.overrideKind { members.append(("override_kind", .string(kind.rawValue))) }
        if let author = finding.commitAuthor { members.append(("author", .string(author))) }
        if let date = finding.commitDate { members.append(("date", .string(date))) }
        members.append(("remediation", .string(finding.remediation)))
        return .object(members)
    }
}
