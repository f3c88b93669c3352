@testable import PhiguardCore
import Testing

/// The one-pass pre-check must find every marker `tool(on:)` would name, in any ASCII case.
@Suite struct ForeignSuppressionTests {
    @Test(arguments: [
        "token = x  # gitleaks:allow", "password = y  # NOSEC", "# NoSec B105", "// nosemgrep: rule",
        "key = z  # pragma: allowlist secret", "# trufflehog:ignore", "x  # noqa: S105", "# checkov:skip=CKV_AWS_1",
        "# tfsec:ignore:aws-s3", "# trivy:ignore:AVD-1", "//nolint:gosec", "end of a line # TRIVY:IGNORE",
    ])
    func markersAreFoundInAnyCase(line: String) {
        let bytes = Array(("a = 1\n" + line + "\n").utf8)
        #expect(ForeignSuppression.mayOccur(in: bytes[...]), "\(line)")
        #expect(ForeignSuppression.tool(on: Array(line.utf8)[...]) != nil, "\(line)")
    }

    @Test(arguments: ["no sec here", "gitleaks allow", "nolint: gosec", "pragma allowlist secret", "", "n", "nose"])
    func nearMissesAreNot(line: String) {
        #expect(!ForeignSuppression.mayOccur(in: Array(line.utf8)[...]), "\(line)")
        #expect(ForeignSuppression.tool(on: Array(line.utf8)[...]) == nil, "\(line)")
    }
}
