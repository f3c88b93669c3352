/// `--format sarif`: SARIF 2.1.0 for code-scanning dashboards. Rules are described once
/// in `tool.driver.rules`; results carry the redacted snippet only.
public struct SARIFReporter: Reporter {
    public init() {}

    public func render(_ report: ScanReport) -> String {
        let ruleIDs = report.rules.map(\.id)
        let extraIDs = Array(Set(report.findings.map(\.ruleID)).subtracting(ruleIDs)).sorted()
        var descriptors = report.rules.map { rule in
            SARIFReporter.descriptor(id: rule.id, message: rule.message, hipaa: rule.hipaa,
                                     remediation: rule.remediation, category: rule.category, severity: rule.severity)
        }
        for id in extraIDs {
            let sample = report.findings.first { $0.ruleID == id }!
            descriptors.append(SARIFReporter.descriptor(id: id, message: sample.message, hipaa: sample.hipaa,
                                                        remediation: sample.remediation, category: sample.category,
                                                        severity: sample.severity))
        }
        let document: JSONValue = .object([
            ("$schema", .string("https://json.schemastore.org/sarif-2.1.0.json")),
            ("version", .string("2.1.0")),
            ("runs", .array([.object([
                ("tool", .object([("driver", .object([
                    ("name", .string("phiguard")),
                    ("version", .string(PhiguardVersion.current)),
                    ("informationUri", .string("https://github.com/phiguard/phiguard")),
                    ("rules", .array(descriptors)),
                ]))])),
                // Finding.column counts Unicode scalars; SARIF's default unit is UTF-16 code units.
                ("columnKind", .string("unicodeCodePoints")),
                ("results", .array(report.findings.map(SARIFReporter.result))),
            ])])),
        ])
        return document.serialized(indent: 2) + "\n"
    }

    static func descriptor(id: String, message: String, hipaa: String, remediation: String, category: Category,
                           severity: Severity) -> JSONValue {
        .object([
            ("id", .string(id)),
            ("name", .string(id.split(separator: ".").last.map(String.init) ?? id)),
            ("shortDescription", .object([("text", .string(message))])),
            ("fullDescription", .object([("text", .string("\(message) (HIPAA \(hipaa))"))])),
            ("help", .object([
                ("text", .string("\(remediation) HIPAA: \(hipaa).")),
                ("markdown", .string("**Fix:** \(remediation)\n\n**HIPAA:** \(hipaa)")),
            ])),
            ("defaultConfiguration", .object([("level", .string(severity == .block ? "error" : "warning"))])),
            ("properties", .object([("tags", .array([.string(category.rawValue), .string("hipaa"), .string("security")]))])),
        ])
    }

    static func result(_ finding: Finding) -> JSONValue {
        var members: [(String, JSONValue)] = [
            ("ruleId", .string(finding.ruleID)),
            ("level", .string(finding.severity == .block ? "error" : "warning")),
            ("message", .object([("text", .string("\(finding.message) (HIPAA \(finding.hipaa)). Fix: \(finding.remediation)"))])),
            ("locations", .array([.object([("physicalLocation", .object([
                ("artifactLocation", .object([("uri", .string(SARIFReporter.uri(path: finding.file)))])),
                ("region", .object([
                    ("startLine", .int(finding.line)),
                    ("startColumn", .int(finding.column)),
                    ("snippet", .object([("text", .string(finding.snippet))])),
                ])),
            ]))])])),
            ("partialFingerprints", .object([("phiguard/v1", .string(finding.fingerprint))])),
        ]
        if let commit = finding.commit {
            members.append(("properties", .object([("commit", .string(commit)), ("category", .string(finding.category.rawValue))])))
        } else {
            members.append(("properties", .object([("category", .string(finding.category.rawValue))])))
        }
        if finding.overridden {
            members.append(("suppressions", .array([.object([
                ("kind", .string("external")),
                ("justification", .string(finding.overrideReason ?? "")),
            ])])))
        }
        return .object(members)
    }

    /// A repository path as the URI reference SARIF requires (`format: uri-reference`):
    /// each byte outside RFC 3986's unreserved characters, `/` and the sub-delimiters is
    /// percent-encoded, so `docs/patient notes.md` and `(commit message)` stay valid, and
    /// a `:` is encoded so that no first segment reads as a URI scheme.
    static func uri(path: String) -> String {
        var encoded = ""
        for byte in path.utf8 {
            if uriPathBytes.contains(byte) {
                encoded.unicodeScalars.append(Unicode.Scalar(byte))
            } else {
                encoded += "%" + String(byte >> 4, radix: 16, uppercase: true) + String(byte & 0xF, radix: 16, uppercase: true)
            }
        }
        return encoded
    }

    private static let uriPathBytes: Set<UInt8> = Set(
        Array("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-._~/!$&'()*+,;=@".utf8))
}
