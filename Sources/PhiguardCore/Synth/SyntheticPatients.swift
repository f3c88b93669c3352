/// `phiguard synth`: test identifiers that look real enough to exercise code, yet carry
/// the marks the phi-literal rules recognise as synthetic — so fixtures written with them
/// (by people or by AI assistants) pass without overrides.
///
/// | field | convention |
/// |---|---|
/// | SSN | 987-65-4320…4329: the SSA's advertising range (area 9xx is never issued) |
/// | phone | 555-0100…0199: reserved for fiction in the North American plan |
/// | email | `@example.org` (RFC 2606) |
/// | MRN | a test prefix (`TEST` by default) before the digits |
/// | MBI | 1EG4-TE5-MK73, the example CMS publishes |
/// | name | surname `Testpatient`, given names numbered |
/// | birth | year only (Safe Harbor keeps years); no day or month |
public struct SyntheticPatients: Sendable {
    public var count: Int
    public var mrnPrefix: String
    public var seed: UInt64

    public init(count: Int = 5, mrnPrefix: String = "TEST", seed: UInt64 = 1) {
        self.count = count
        self.mrnPrefix = mrnPrefix
        self.seed = seed
    }

    public static let fields = ["patient_name", "first_name", "last_name", "mrn", "ssn", "birth_year", "phone", "email",
                                "address", "mbi", "member_id"]

    public func records() -> [[(String, String)]] {
        var generator = SplitMix(seed: seed)
        return (0..<count).map { index in
            let number = String(index + 1).leftPadded(to: 4)
            let given = "Pat\(number)"
            let digits = String(generator.next() % 1_000_000).leftPadded(to: 6)
            return [
                ("patient_name", "\(given) Testpatient"),
                ("first_name", given),
                ("last_name", "Testpatient"),
                ("mrn", "\(mrnPrefix)\(digits)"),
                ("ssn", "987-65-432\(index % 10)"),
                ("birth_year", String(1940 + Int(generator.next() % 60))),
                ("phone", "(617) 555-01\(String(index % 100).leftPadded(to: 2))"),
                ("email", "pat\(number).testpatient@example.org"),
                ("address", "\(index + 1) Synthetic Way, Testville, ZZ 00000"),
                ("mbi", "1EG4-TE5-MK73"),
                ("member_id", "\(mrnPrefix)-MEMBER-\(number)"),
            ]
        }
    }

    public func json() -> String {
        JSONValue.array(records().map { .object($0.map { ($0.0, .string($0.1)) }) }).serialized(indent: 2) + "\n"
    }

    public func csv() -> String {
        SyntheticPatients.fields.joined(separator: ",") + "\n"
            + records().map { $0.map { OverrideLog.csvField($0.1) }.joined(separator: ",") + "\n" }.joined()
    }
}

/// A small deterministic generator: the same seed gives the same fixtures everywhere.
struct SplitMix {
    private var state: UInt64
    init(seed: UInt64) { state = seed }
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}

extension String {
    func leftPadded(to width: Int) -> String { String(repeating: "0", count: max(0, width - count)) + self }
}
