import FuzzSupport
import PhiguardCore

/// `.phiguard.toml` as anyone with write access to the repository can shape it: the TOML
/// reader (TOMLParser), the strict field checks, rule decoding (patterns compiled), `apply(to:)` over
/// the fixture pack, path allows — and, when the file loads, a short scan with the result,
/// so that a hostile `[[rule]]` pattern meets PCRE2's limits.
nonisolated(unsafe) let base = FuzzSupport.fixturePack()
let sample: [UInt8] = Array("""
    import os
    def export(patient_record):
        print(patient_record)
        token = "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa!"
        ssn = "524-71-3302"
    """.utf8)

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let input = FuzzInput(data, size)
    // Configuration.load refuses invalid UTF-8 before parsing; the lossy form is also fed,
    // since parse(_:path:) is public and takes any String.
    let text = String(validating: input.bytes, as: UTF8.self) ?? String(decoding: input.bytes, as: UTF8.self)
    // No known-bug skips: the TOML reader is our own (TOMLParser), and any input it
    // cannot read must come back as a thrown error, never a crash.
    guard let configuration = try? Configuration.parse(text, path: "fuzz/.phiguard.toml") else { return 0 }
    guard (0...20).contains(configuration.contextLines) else {
        FuzzSupport.fail("context_lines \(configuration.contextLines) accepted outside 0...20")
    }
    for allow in configuration.allows where Justification.problem(with: allow.reason) != nil {
        FuzzSupport.fail("[[allow]] accepted with reason '\(allow.reason)'")
    }
    for path in ["src/a.py", "tests/fixtures/x.csv", "a/b/c/d.js", ".env", "x"] {
        _ = configuration.allow(covering: "phi-literal.fixture-ssn", category: .phiLiteral, path: path)
    }
    guard let pack = try? configuration.apply(to: base) else { return 0 }
    let disabled = Set(configuration.disabled)
    for rule in pack.rules where disabled.contains(rule.id) || disabled.contains(rule.category.rawValue) {
        FuzzSupport.fail("rule \(rule.id) still active although disabled")
    }
    let engine = Engine(pack: pack, fingerprintKey: "fuzz", contextLines: configuration.contextLines)
    for path in ["app.py", "app.js", "notes.txt"] {
        let lines = lineCount(sample)
        do {
            for finding in try engine.scan(ScanInput(path: path, content: sample, addedLines: Array(1...lines))) {
                checkFinding(finding, lines: lines, path: path)
            }
        } catch {
            // A pattern that compiled in parse() but not in the engine would be a bug:
            // RuleDecoder compiles [[rule]] patterns up front.
            FuzzSupport.fail("engine threw after the configuration loaded: \(error)")
        }
    }
    return 0
}

@_cdecl("FuzzConfiguration_main")
public func FuzzConfigurationMain(_ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?) -> CInt {
    runFuzzer(argc, argv) { data, size in fuzz(data, size) }
}
