/// A check that a matched value is the real thing and not a look-alike. Patterns find
/// shapes; validators apply the knowledge a regex cannot hold (check digits, SSA
/// numbering rules, randomness, placeholder conventions).
public enum Validator: Sendable, Equatable {
    /// The digits pass the Luhn check (card and account numbers, NPIs with their prefix).
    case luhn
    /// A structurally valid SSN that is not a published sample or advertising number.
    case ssn
    /// Shannon entropy of the value, in bits per character, is at least this much.
    case minEntropy(Double)
    /// Not a placeholder such as `changeme`, `<your-key>`, `xxx`, `${VAR}` or `EXAMPLE`.
    case notPlaceholder
    /// A 17-character VIN whose check digit (position 9) is right.
    case vin
    /// A 10-digit NPI whose Luhn check (with the 80840 prefix) passes.
    case npi
    /// Not a fictional phone number (555-0100 to 555-0199).
    case notFictionalPhone
    /// Not an address at a documentation domain (example.com/.org/.net, .test, .invalid).
    case notExampleDomain

    /// The names used in rule files.
    public static func named(_ name: String) -> Validator? {
        switch name {
        case "luhn": return .luhn
        case "ssn": return .ssn
        case "not-placeholder": return .notPlaceholder
        case "vin": return .vin
        case "npi": return .npi
        case "not-fictional-phone": return .notFictionalPhone
        case "not-example-domain": return .notExampleDomain
        default: return nil
        }
    }

    public static let names = ["luhn", "ssn", "not-placeholder", "vin", "npi", "not-fictional-phone",
                               "not-example-domain"]

    /// Whether `value` passes this check.
    public func accepts(_ value: String) -> Bool {
        switch self {
        case .luhn: return Checks.luhn(value.filter(\.isASCIIDigit))
        case .ssn: return Checks.isPlausibleSSN(value)
        case let .minEntropy(bits): return Checks.shannonEntropy(value) >= bits
        case .notPlaceholder: return !Checks.isPlaceholder(value)
        case .vin: return Checks.isValidVIN(value)
        case .npi: return Checks.isValidNPI(value)
        case .notFictionalPhone: return !Checks.isFictionalPhone(value)
        case .notExampleDomain: return !Checks.isExampleDomain(value)
        }
    }
}

extension Character {
    var isASCIIDigit: Bool { asciiValue.map { $0 >= 48 && $0 <= 57 } ?? false }
}
