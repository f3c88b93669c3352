@testable import PhiguardCore
import Testing

@Suite struct ChecksTests {
    @Test func luhn() {
        #expect(Checks.luhn("4111111111111111"))
        #expect(Checks.luhn("79927398713"))
        #expect(!Checks.luhn("79927398710"))
        #expect(!Checks.luhn("1"))
    }

    @Test(arguments: ["524-71-3302", "524713302", "001-01-0001"])
    func plausibleSSNs(_ value: String) { #expect(Checks.isPlausibleSSN(value)) }

    @Test(arguments: ["000-12-3456", "666-12-3456", "912-34-5678", "123-00-4567", "123-45-0000", "078-05-1120",
                      "987-65-4321", "123-45-6789", "111-11-1111", "12-345-678"])
    func implausibleSSNs(_ value: String) { #expect(!Checks.isPlausibleSSN(value)) }

    @Test func vinCheckDigit() {
        #expect(Checks.isValidVIN("1M8GDM9AXKP042788"))
        #expect(!Checks.isValidVIN("1M8GDM9A1KP042788"))
        #expect(!Checks.isValidVIN("1M8GDM9AXKP04278"))
    }

    @Test func npi() {
        #expect(Checks.isValidNPI("1234567893"))
        #expect(!Checks.isValidNPI("1234567890"))
    }

    @Test func entropy() {
        #expect(Checks.shannonEntropy("aaaaaaaa") == 0)
        #expect(Checks.shannonEntropy("k9Xq2LmP8vR4tW7z") > 3.5)
    }

    @Test(arguments: ["changeme", "<your-api-key>", "${DB_PASSWORD}", "xxxxxxxx", "AKIAIOSFODNN7EXAMPLE", "{{ secret }}", "********", "HmacSHA256", "RS256"])
    func placeholders(_ value: String) { #expect(Checks.isPlaceholder(value)) }

    @Test(arguments: ["k9Xq2LmP8vR4tW7z", "Tr0ub4dor&3-horse"])
    func notPlaceholders(_ value: String) { #expect(!Checks.isPlaceholder(value)) }

    @Test func fictionalPhones() {
        #expect(Checks.isFictionalPhone("(617) 555-0142"))
        #expect(Checks.isFictionalPhone("+1 617 555 0199"))
        #expect(!Checks.isFictionalPhone("617-555-0200"))
        #expect(!Checks.isFictionalPhone("617-867-5309"))
    }

    @Test func exampleDomains() {
        #expect(Checks.isExampleDomain("jane@example.org"))
        #expect(Checks.isExampleDomain("a@mail.example.com"))
        #expect(!Checks.isExampleDomain("jane@examplehealth.com"))
    }
}

@Suite struct SyntheticMarkTests {
    @Test(arguments: ["TEST822465", "SYN-0042", "test_123", "Pat0001 Testpatient", "1 Synthetic Way, Testville, ZZ 00000"])
    func synthMarksAreRecognised(_ value: String) { #expect(Checks.isSyntheticByConstruction(value)) }

    @Test(arguments: ["TESTA Smith", "Synthia Lopez", "SYNERGY-4", "82246571", "Tess Tester", "12 Main St"])
    func realLookingValuesAreNot(_ value: String) { #expect(!Checks.isSyntheticByConstruction(value)) }
}
