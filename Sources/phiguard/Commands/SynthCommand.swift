import ArgumentParser
import PhiguardCore

struct SynthCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "synth",
        abstract: "Print synthetic patient identifiers that phiguard recognises as synthetic, for test fixtures.",
        discussion: """
            SSNs from the SSA advertising range (987-65-432x), 555-01xx phones, example.org e-mail, MRNs with a \
            test prefix, the CMS example MBI, and birth years only. Fixtures built from them commit without overrides.
              phiguard synth --count 20 --format csv > tests/fixtures/patients.csv
            """)

    enum Format: String, ExpressibleByArgument { case json, csv }

    @Option(name: .long, help: "How many records.")
    var count = 5

    @Option(name: .long, help: "Output format: json or csv.")
    var format: Format = .json

    @Option(name: .customLong("mrn-prefix"), help: "Prefix that marks MRNs and member ids as test data.")
    var mrnPrefix = "TEST"

    @Option(name: .long, help: "Seed, for reproducible fixtures.")
    var seed: UInt64 = 1

    func validate() throws {
        guard (1...100_000).contains(count) else { throw ValidationError("--count must be between 1 and 100000") }
        guard !mrnPrefix.isEmpty, mrnPrefix.allSatisfy({ $0.isLetter }) else {
            throw ValidationError("--mrn-prefix must be letters (e.g. TEST or SYN)")
        }
    }

    func run() throws {
        let patients = SyntheticPatients(count: count, mrnPrefix: mrnPrefix.uppercased(), seed: seed)
        FileHandleOutput.standardOutput.write(format == .json ? patients.json() : patients.csv())
    }
}
