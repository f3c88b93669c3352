/// Other scanners' "ignore this" markers. They suppress nothing here, but an added one is
/// reported (as a warning) so that a bypass of another tool is visible in review.
enum ForeignSuppression {
    static let markers: [(text: [UInt8], tool: String)] = [
        ("gitleaks:allow", "gitleaks"), ("nosec", "bandit/gosec"), ("nosemgrep", "semgrep"),
        ("pragma: allowlist secret", "detect-secrets"), ("trufflehog:ignore", "trufflehog"),
        ("noqa: s", "flake8-bandit"), ("checkov:skip", "checkov"), ("tfsec:ignore", "tfsec"),
        ("trivy:ignore", "trivy"), ("nolint:gosec", "golangci-lint"),
    ].map { (Array($0.0.utf8), $0.1) }

    /// Whether any marker can occur in `content` at all (in lower or upper case): one
    /// vectorised pass per marker over the file instead of a lower-cased copy of each line.
    static func mayOccur(in content: ArraySlice<UInt8>) -> Bool {
        markers.contains { marker in
            TextSearch.contains(marker.text, in: content)
                || TextSearch.contains(marker.text.map { ($0 >= 97 && $0 <= 122) ? $0 - 32 : $0 }, in: content)
        }
    }

    /// The tool whose marker appears on `line`, case-insensitively.
    static func tool(on line: ArraySlice<UInt8>) -> String? {
        let lowered = line.map { ($0 >= 65 && $0 <= 90) ? $0 | 0x20 : $0 }
        for marker in markers where TextSearch.contains(marker.text, in: lowered[...]) { return marker.tool }
        return nil
    }
}
