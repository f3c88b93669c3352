import FuzzSupport
import PhiguardCore

/// The engine over arbitrary bytes as the added lines of a file, with the built-in pack and
/// the fixture pack, under several file names (the name picks the language and so the
/// rules), then every reporter over the findings.
nonisolated(unsafe) let builtIn = Engine(pack: FuzzSupport.builtInPack(), fingerprintKey: "fuzz-key")
nonisolated(unsafe) let fixture = Engine(pack: FuzzSupport.fixturePack(), fingerprintKey: "fuzz-key")
let paths = ["src/app.py", "web/app.js", "notes.txt", "data/patients.csv", ".env", "Sources/App.swift",
             "config/settings.yaml", "README.md", "db/schema.sql", "Dockerfile", "msg/adt.hl7", "blob.unknownext"]

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    var input = FuzzInput(data, size)
    let pick = input.byte()
    let selection = input.byte()
    let content = input.rest
    let lines = lineCount(content)
    guard lines > 0 else { return 0 }
    // Either every line is added, or every other one (context lines around added ones).
    let added = selection & 1 == 0 ? Array(1...lines) : Array(stride(from: 1, through: lines, by: 2))
    let path = paths[Int(pick) % paths.count]
    var findings: [Finding] = []
    for engine in [builtIn, fixture] {
        do {
            let found = try engine.scan(ScanInput(path: path, content: content, addedLines: added))
            for finding in found { checkFinding(finding, lines: lines, path: path) }
            findings += found
        } catch {
            FuzzSupport.fail("engine threw on content (must report meta.scan-limit instead): \(error)")
        }
    }
    var summary = ScanSummary()
    summary.files = 1
    summary.lines = added.count
    let report = ScanReport(findings: findings, summary: summary)
    for format in ReportFormat.allCases { _ = format.reporter(color: selection & 2 == 2).render(report) }
    _ = InlineAllow.find(in: content, lines: Set(added))
    return 0
}

@_cdecl("FuzzEngine_main")
public func FuzzEngineMain(_ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?) -> CInt {
    runFuzzer(argc, argv) { data, size in fuzz(data, size) }
}
