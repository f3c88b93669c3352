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

    /// Differential check against the obvious definition (any marker in the ASCII-lowered
    /// text), on 20,000 texts built from marker pieces in random case, near-misses and
    /// noise, with a fixed seed.
    @Test func onePassAgreesWithLoweringTheText() {
        var random = SplitMix(seed: 7)
        let pieces = ["gitleaks", ":allow", "nosec", "nosemgrep", "pragma: allowlist", " secret", "trufflehog:ignore",
                      "noqa: s", "checkov:skip", "tfsec:ignore", "trivy:ignore", "nolint:gosec", "no", "sec", ":", " ",
                      "x", "\n", "é", "\u{212A}", "NO", "sEc", "tri", "vy"]
        for _ in 0..<20_000 {
            var text = ""
            for _ in 0..<Int(random.next() % 8) {
                var piece = pieces[Int(random.next() % UInt64(pieces.count))]
                if random.next() % 2 == 0 { piece = String(piece.map { random.next() % 2 == 0 ? Character($0.uppercased()) : $0 }) }
                text += piece
            }
            let bytes = Array(text.utf8)
            let lowered = bytes.map(ASCII.folded)
            let expected = ForeignSuppression.markers.contains { TextSearch.contains($0.text, in: lowered[...]) }
            #expect(ForeignSuppression.mayOccur(in: bytes[...]) == expected, "\(text)")
        }
    }
}
