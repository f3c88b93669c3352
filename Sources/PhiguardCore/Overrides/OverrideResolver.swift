/// Decides, for the findings of one scan, which are let through by a justified override,
/// and reports the overrides that are themselves problems: an allow without a reason
/// (`meta.unjustified-allow`, blocking), an allow that covers nothing
/// (`meta.unused-allow`), another scanner's suppression marker (`meta.foreign-suppression`).
struct OverrideResolver {
    /// Ids of the rules whose findings no allow may let through (real credentials and keys).
    let notOverridable: Set<String>
    let configuration: Configuration
    /// Set by `--fail-on-unused-overrides`: stale overrides block instead of warn.
    let failOnUnused: Bool
    /// Short explanations for the user (a refused override of a non-overridable rule).
    private(set) var notes: [String] = []

    /// For a scan spread over threads, which puts every file's notes back in file order
    /// (this resolver's own files included): drops the notes after the first `kept`, and
    /// takes others.
    mutating func forgetNotes(after kept: Int) { notes.removeSubrange(min(kept, notes.count)...) }
    mutating func add(notes others: [String]) { notes += others }

    init(rules: [Rule], configuration: Configuration, failOnUnused: Bool) {
        // Only this is asked of the rules: a set of the few ids, not a copy of every rule.
        var notOverridable = Set<String>()
        for index in rules.indices where !rules[index].overridable { notOverridable.insert(rules[index].id) }
        self.notOverridable = notOverridable
        self.configuration = configuration
        self.failOnUnused = failOnUnused
    }

    /// Applies inline allows and path allows to one file's findings and adds the meta
    /// findings about the allows and markers on its added lines.
    mutating func resolve(file findings: [Finding], input: ScanInput, fingerprint: (String, String) -> String) -> [Finding] {
        var result = findings
        let added = Set(input.addedLines)
        var wanted = added
        for finding in findings { wanted.insert(finding.line); wanted.insert(finding.line - 1) }
        let allows = InlineAllow.find(in: input.content, lines: wanted)
        var used = Set<Int>()
        for index in result.indices {
            guard let allow = allows.first(where: { $0.covers(result[index]) }) else { continue }
            used.insert(allow.line)
            if Justification.problem(with: allow.reason) == nil {
                grant(&result[index], kind: .inline, reason: allow.reason!)
            }
        }
        applyPathAllows(&result)
        for allow in allows where added.contains(allow.line) {
            if let problem = Justification.problem(with: allow.reason) {
                result.append(meta(
                    "meta.unjustified-allow", .block, input: input, line: allow.line,
                    message: "phiguard:allow \(allow.target) without a valid reason: \(problem)",
                    remediation: "Write why this is safe after '--', e.g. 'phiguard:allow \(allow.target) -- synthetic SSN from phiguard synth'.",
                    fingerprint: fingerprint("meta.unjustified-allow", allow.target)))
            } else if !used.contains(allow.line) {
                result.append(meta(
                    "meta.unused-allow", failOnUnused ? .block : .warn, input: input, line: allow.line,
                    message: "phiguard:allow \(allow.target) allows nothing on this line or the next",
                    remediation: "Remove the stale allow, or put it on the line of the finding or the line above.",
                    fingerprint: fingerprint("meta.unused-allow", allow.target)))
            }
        }
        // Markers count on added lines only, so only their bytes are searched (the whole
        // blob, searched once per marker, was a visible part of a range scan).
        let lines = input.lines
        let addedLines = input.addedLines.filter { $0 >= 1 && $0 <= lines.count }.sorted()
        var runs: [Range<Int>] = []   // byte ranges of runs of consecutive added lines
        for line in addedLines {
            let range = lines.range(of: line)
            if let last = runs.last, last.upperBound == range.lowerBound {
                runs[runs.count - 1] = last.lowerBound..<range.upperBound
            } else {
                runs.append(range)
            }
        }
        let markers = runs.contains { ForeignSuppression.mayOccur(in: input.content[$0]) }
        for line in markers ? addedLines : [] {
            if let tool = ForeignSuppression.tool(on: input.content[lines.range(of: line)]) {
                result.append(meta(
                    "meta.foreign-suppression", .warn, input: input, line: line,
                    message: "a \(tool) suppression marker was added; it does not suppress phiguard findings",
                    remediation: "If a phiguard rule fires here, allow it with 'phiguard:allow <rule> -- <reason>'.",
                    fingerprint: fingerprint("meta.foreign-suppression", tool)))
            }
        }
        return result.sorted { ($0.line, $0.column) < ($1.line, $1.column) }
    }

    /// `[[allow]]` entries of the configuration.
    mutating func applyPathAllows(_ findings: inout [Finding]) {
        for index in findings.indices where !findings[index].overridden {
            if let allow = configuration.allow(covering: findings[index].ruleID, category: findings[index].category,
                                               path: findings[index].file) {
                // A rule that is not overridable yields only to a reviewed [[allow]] that names
                // it by id (a fixture folder of fake keys), never to a category or a blanket allow.
                grant(&findings[index], kind: .path, reason: allow.reason, explicit: allow.rules.contains(findings[index].ruleID))
            }
        }
    }

    /// Applies `selected` (bypasses, env overrides, trailers) by fingerprint; returns the
    /// overrides that matched nothing.
    mutating func resolve<T>(_ findings: inout [Finding], overrides: [T], kind: OverrideKind,
                             matches: (T, Finding) -> Bool, reason: (T) -> String) -> [T] {
        var unused: [T] = []
        for override in overrides {
            var matched = false
            for index in findings.indices where !findings[index].overridden && matches(override, findings[index]) {
                matched = true
                grant(&findings[index], kind: kind, reason: reason(override))
            }
            if !matched { unused.append(override) }
        }
        return unused
    }

    private mutating func grant(_ finding: inout Finding, kind: OverrideKind, reason: String, explicit: Bool = false) {
        // Findings about overrides themselves cannot be overridden; a scan limit can (a
        // reviewed path of generated bundles).
        guard finding.category != .meta || ["meta.foreign-suppression", "meta.scan-limit"].contains(finding.ruleID) else { return }
        if notOverridable.contains(finding.ruleID), !explicit {
            notes.append("\(finding.ruleID) at \(finding.file):\(finding.line) cannot be overridden (\(kind.rawValue) refused): "
                + "a real credential or key must be revoked and removed, not allowed"
                + (kind == .path ? " (an [[allow]] must name the rule id to cover it)" : ""))
            return
        }
        finding.overridden = true
        // Every kind of override passes here: the reason shown and logged is the sanitised
        // one, whoever wrote it (an inline allow's reason is free text in the file).
        finding.overrideReason = Justification.sanitized(reason)
        finding.overrideKind = kind
    }

    private func meta(_ id: String, _ severity: Severity, input: ScanInput, line: Int, message: String,
                      remediation: String, fingerprint: String) -> Finding {
        Finding(ruleID: id, category: .meta, severity: severity, file: input.path, line: line, column: 1,
                commit: input.commit, message: message, hipaa: Category.meta.hipaaAnchor, remediation: remediation,
                fingerprint: fingerprint, snippet: "")
    }
}
