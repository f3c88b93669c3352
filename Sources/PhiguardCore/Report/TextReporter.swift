/// `--format text`: what a blocked engineer reads in the terminal. One screen says which
/// rule, where, why (the HIPAA section), how to fix it, and how to proceed with a reason.
public struct TextReporter: Reporter {
    public let color: Bool

    public init(color: Bool) { self.color = color }

    public func render(_ report: ScanReport) -> String {
        var out = ""
        var currentFile: String?
        var currentCommit: String?
        let ordered = report.findings.sorted {
            ($0.commit ?? "", $0.file, $0.line, $0.column) < ($1.commit ?? "", $1.file, $1.line, $1.column)
        }
        for finding in ordered {
            if finding.commit != currentCommit, let commit = finding.commit {
                out += "\n" + paint("commit \(commit.prefix(12))", .bold) + "\n"
                currentCommit = commit
                currentFile = nil
            }
            if finding.file != currentFile {
                out += "\n" + paint(TextReporter.printable(finding.file), .bold) + "\n"
                currentFile = finding.file
            }
            let label: String
            if finding.overridden { label = paint("allowed", .dim) }
            else if finding.severity == .block { label = paint("block", .red) }
            else { label = paint("warn ", .yellow) }
            out += "  \(finding.line):\(finding.column)  \(label)  \(finding.ruleID)  \(finding.message)\n"
            if !finding.snippet.isEmpty { out += "      " + paint(TextReporter.printable(finding.snippet), .dim) + "\n" }
            out += "      why: HIPAA \(finding.hipaa)\n"
            out += "      fix: \(finding.remediation)\n"
            if let reason = finding.overrideReason { out += "      allowed because: \(reason)\n" }
        }
        if !ordered.isEmpty { out += "\n" }
        out += summaryLine(report.summary) + "\n"
        if report.blocks {
            let blocking = report.findings.filter(\.blocks)
            let example = blocking[0]
            out += paint("commit blocked: \(count(blocking.count, "blocking finding")).", .red) + "\n"
            out += """
                Fix the code. If it is safe, say why; the reason is kept in the commit and the override log:
                  on the line or the line above:  phiguard:allow \(example.ruleID) -- <why this is safe>
                  or for this commit only:        phiguard override \(example.ruleID) --reason "<why this is safe>"
                Do not use --no-verify: CI re-scans the commits and blocks findings without a recorded reason.

                """
        } else if report.findings.isEmpty {
            out += paint("no findings.", .green) + "\n"
        }
        return out
    }

    /// A file name can hold any byte but `/` and NUL; on a terminal, escape sequences in
    /// one could rewrite the report. Control characters are shown escaped.
    static func printable(_ text: String) -> String {
        var out = ""
        for scalar in text.unicodeScalars {
            if scalar.value < 0x20 || scalar.value == 0x7F || (0x80...0x9F).contains(scalar.value) {
                out += "\\u{\(String(scalar.value, radix: 16))}"
            } else {
                out.unicodeScalars.append(scalar)
            }
        }
        return out
    }

    func summaryLine(_ summary: ScanSummary) -> String {
        var parts: [String] = []
        if summary.commits > 0 { parts.append(count(summary.commits, "commit")) }
        parts.append(count(summary.files, "file"))
        parts.append(count(summary.hunks, "hunk"))
        parts.append("\(count(summary.lines, "added line")) (\(TextReporter.byteCount(summary.bytes)))")
        var line = "scanned " + parts.joined(separator: ", ")
        if !summary.binaryFiles.isEmpty { line += "; \(count(summary.binaryFiles.count, "binary file")) skipped" }
        if summary.deletedFiles > 0 { line += "; \(count(summary.deletedFiles, "deleted file")) ignored" }
        line += " — \(summary.blocking) blocking, \(summary.warnings) warning\(summary.warnings == 1 ? "" : "s"), \(summary.overridden) allowed"
        return line
    }

    static func byteCount(_ bytes: Int) -> String {
        if bytes < 1024 { return "\(bytes) B" }
        let kib = Double(bytes) / 1024
        if kib < 1024 { return "\((kib * 10).rounded() / 10) KiB" }
        return "\((kib / 1024 * 10).rounded() / 10) MiB"
    }

    private func count(_ n: Int, _ noun: String) -> String { "\(n) \(noun)\(n == 1 ? "" : "s")" }

    private enum Style: String {
        case bold = "1", dim = "2", red = "31", yellow = "33", green = "32"
    }

    private func paint(_ text: String, _ style: Style) -> String {
        color ? "\u{1B}[\(style.rawValue)m\(text)\u{1B}[0m" : text
    }
}
