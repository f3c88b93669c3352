import Foundation
@testable import PhiguardCore
import Testing

/// Replays every input kept in fuzz/corpus/regressions/<target>/ (inputs that once crashed
/// or broke an invariant in a fuzz target) and the seed corpora, through the same calls the
/// fuzz targets make, so a fixed crash stays fixed without running libFuzzer.
@Suite struct FuzzRegressionTests {
    static let corpus: String = {
        let file = "\(#filePath)"
        let tests = String(file[..<file.range(of: "/Tests/PhiguardCoreTests/")!.lowerBound])
        return tests + "/fuzz/corpus"
    }()

    static func inputs(_ target: String) -> [String] {
        var paths: [String] = []
        for folder in ["\(corpus)/\(target)", "\(corpus)/regressions/\(target)"] {
            let names = (try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []
            paths += names.sorted().map { "\(folder)/\($0)" }
        }
        return paths
    }

    static func bytes(_ path: String) -> [UInt8] { Array((try? Data(contentsOf: URL(fileURLWithPath: path))) ?? Data()) }

    /// In a child process: the saved configuration inputs aborted or overflowed the stack
    /// inside toml++ (TOMLKit) until it was replaced by our own TOMLParser; should a crash
    /// ever come back, it fails this test instead of taking the whole test runner down.
    @Test func configuration() async {
        await #expect(processExitsWith: .success) {
            for path in FuzzRegressionTests.inputs("configuration") {
                try FuzzRegressionTests.configuration(path)
            }
        }
    }

    static func configuration(_ path: String) throws {
        let text = String(decoding: bytes(path), as: UTF8.self)
        guard let configuration = try? Configuration.parse(text, path: ".phiguard.toml") else { return }
        guard let pack = try? configuration.apply(to: RulePack.builtIn(directory: Fixtures.rulesDirectory)) else { return }
        let engine = Engine(pack: pack, fingerprintKey: "fuzz", contextLines: configuration.contextLines)
        _ = try engine.scan(ScanInput(path: "app.py", content: Array("print(patient_record)\n".utf8), addedLines: [1]))
    }

    @Test(arguments: inputs("inline-allow"))
    func inlineAllow(_ path: String) {
        let content = Self.bytes(path)
        let lines = content.split(separator: 0x0A, omittingEmptySubsequences: false).count
        _ = InlineAllow.find(in: content, lines: Set(1...max(1, lines)))
    }

    @Test(arguments: inputs("trailer"))
    func trailer(_ path: String) {
        let bytes = Self.bytes(path)
        let payload = Array(bytes.dropFirst())
        let cut = payload.firstIndex(of: 0) ?? payload.count
        let message = String(decoding: payload[..<cut], as: UTF8.self)
        for parsed in OverrideTrailer.parse(message: message) {
            let spans = parsed.line.contains { $0.isNewline }
            #expect(!spans, "a parsed trailer spans lines: \(parsed.line.debugDescription)")
        }
        let reason = String(decoding: payload[min(cut + 1, payload.count)...], as: UTF8.self)
        guard Justification.problem(with: reason) == nil else { return }
        let trailer = OverrideTrailer(rule: "phi-literal.ssn-dashed", fingerprint: String(repeating: "0123456789abcdef", count: 4),
                                      reason: reason)
        let appended = OverrideTrailer.append([trailer], to: message)
        #expect(OverrideTrailer.parse(message: appended).contains(trailer), "\(appended.debugDescription)")
    }

    @Test(arguments: inputs("ledger"))
    func ledger(_ path: String) throws {
        let directory = NSTemporaryDirectory() + "fuzz-ledger-\(UUID().uuidString)"
        let ledger = Ledger(directory: directory)
        try FileLock.createDirectory(directory)
        defer { try? FileManager.default.removeItem(atPath: directory) }
        let bytes = Self.bytes(path)
        let mode = bytes.first ?? 0
        let payload = Array(bytes.dropFirst())
        if mode & 1 == 1 {
            let cut = payload.firstIndex(of: 0) ?? payload.count
            try Data(payload[..<cut]).write(to: URL(fileURLWithPath: ledger.path))
            try Data(payload[min(cut + 1, payload.count)...]).write(to: URL(fileURLWithPath: ledger.headPath))
        } else {
            try Data(payload).write(to: URL(fileURLWithPath: ledger.path))
        }
        if case let .intact(count) = try ledger.verify() {
            #expect(try ledger.entries().count == count)
        }
    }

    @Test(arguments: inputs("zip"))
    func zip(_ path: String) throws {
        let bytes = Self.bytes(path)
        if let archive = try? ZipArchive(bytes) {
            for entry in archive.entries {
                if let content = try? archive.contents(of: entry, limit: 1 << 20) { #expect(content.count == entry.size) }
            }
        }
        _ = DocumentInspector.officeText(bytes)
    }

    @Test(arguments: inputs("engine"))
    func engine(_ path: String) throws {
        let bytes = Self.bytes(path)
        let content = Array(bytes.dropFirst(2))
        let lines = max(1, content.split(separator: 0x0A, omittingEmptySubsequences: false).count)
        let engine = Engine(pack: try RulePack.builtIn(directory: Fixtures.rulesDirectory), fingerprintKey: "fuzz")
        for file in ["src/app.py", "web/app.js", "notes.txt", "data/patients.csv"] {
            _ = try engine.scan(ScanInput(path: file, content: content, addedLines: Array(1...lines)))
        }
    }
}
