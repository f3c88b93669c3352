@testable import PhiguardCore
import Testing

@Suite struct OverrideTrailerTests {
    let trailer = OverrideTrailer(rule: "phi-literal.ssn", fingerprint: String(repeating: "ab12", count: 16),
                                  reason: "synthetic SSN\nfrom the advertising range")

    @Test func formatsOneLineWithAPrefix() {
        #expect(trailer.line == "Phiguard-Override: phi-literal.ssn ab12ab12ab12ab12 synthetic SSN from the advertising range")
    }

    @Test func reasonCannotCarryValues() {
        let leaky = OverrideTrailer(rule: "phi-literal.ssn", fingerprint: "abcdef0123456789", reason: "it is 524-71-3302, fine")
        #expect(!leaky.line.contains("3302"))
    }

    @Test func appendsAfterABlankLineOrIntoAnExistingBlock() {
        #expect(OverrideTrailer.append([trailer], to: "Fix export\n") == "Fix export\n\n\(trailer.line)\n")
        let signed = "Fix export\n\nSigned-off-by: Dev <dev@example.org>\n"
        #expect(OverrideTrailer.append([trailer], to: signed) == "Fix export\n\nSigned-off-by: Dev <dev@example.org>\n\(trailer.line)\n")
        let twice = OverrideTrailer.append([trailer], to: OverrideTrailer.append([trailer], to: "Fix\n"))
        #expect(twice.components(separatedBy: "Phiguard-Override").count == 2)
    }

    @Test func parsesOnlyTheLastParagraph() {
        let message = "Subject\n\nPhiguard-Override: a.b 0123456789abcdef in the body\n\nSigned-off-by: x\n\(trailer.line)\n"
        #expect(OverrideTrailer.parse(message: message) == [trailer])
        #expect(OverrideTrailer.parse(message: "Subject\n\nPhiguard-Override: broken").isEmpty)
    }
}
