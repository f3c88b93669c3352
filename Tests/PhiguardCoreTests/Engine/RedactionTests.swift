@testable import PhiguardCore
import Testing

@Suite struct RedactionTests {
    func snippet(_ line: String, cut: Range<Int>? = nil, category: Category = .phiLogging, language: Language = .python) -> String {
        Redaction.snippet(line: Array(line.utf8)[...], sensitive: cut.map { [$0] } ?? [], category: category, language: language)
    }

    @Test func cutsTheValueGroup() {
        #expect(snippet("    print(patient_record)", cut: 10..<24) == "print(<redacted>)")
    }

    @Test func masksValueShapedTokensWhateverTheRule() {
        let text = snippet("log.info('saved', ssn=524-71-3302, mail=jane.doe@mail.net, phone=(617) 867 5309)")
        #expect(!text.contains("3302"))
        #expect(!text.contains("jane.doe"))
        #expect(!text.contains("5309"))
    }

    @Test func masksQuotedStringsForSecretAndPHI() {
        let text = snippet(#"patient = {"name": "Jane Doe", "ssn": "x"}"#, category: .phiLiteral)
        #expect(!text.contains("Jane"))
        #expect(text.contains(#""ssn""#))
    }

    @Test func hidesWholeLinesOfPHIInDataFiles() {
        #expect(snippet("Jane,Doe,1984-03-12", category: .phiLiteral, language: .csv) == "<redacted line>")
    }

    @Test func keepsCodeReadable() {
        #expect(snippet("requests.get(url, verify=False)", category: .insecureTransport) == "requests.get(url, verify=False)")
    }

    @Test func longLinesAreTruncated() {
        #expect(snippet(String(repeating: "ab ", count: 200)).count <= Redaction.maximumLength)
    }
}

@Suite struct SecondValueRedactionTests {
    @Test func namesBesideThePHIValueAreHiddenToo() {
        let xml = Redaction.snippet(line: Array("<given>Ramona</given><family>Kilbride</family>".utf8)[...],
                                    sensitive: [7..<13], category: .phiLiteral, language: .xml)
        #expect(!xml.contains("Kilbride") && !xml.contains("Ramona"))
        let yaml = Redaction.snippet(line: Array("x: {first_name: Ramona, last_name: Kilbride, MRN: 2039}".utf8)[...],
                                     sensitive: [], category: .phiLiteral, language: .yaml)
        #expect(!yaml.contains("Kilbride") && yaml.contains("last_name") && yaml.contains("MRN"))
    }
}
