import GitKit

/// Scans the files of one change set: engine, then inline and path allows. One per
/// thread (it owns an `Engine`), sharing a `ScanCache` with the others.
final class FileScanner {
    let engine: Engine
    var resolver: OverrideResolver
    let cache: ScanCache?

    init(engine: Engine, resolver: OverrideResolver, cache: ScanCache? = nil) {
        self.engine = engine
        self.resolver = resolver
        self.cache = cache
    }

    func scan(_ changes: ChangeSet, commit: String?, repository: Repository, summary: inout ScanSummary) throws -> [Finding] {
        summary.binaryFiles += changes.binaryFiles
        summary.deletedFiles += changes.deletedFiles
        var findings: [Finding] = []
        // Binary files and text files of a PHI-bearing type (an .eml, an .rtf) are judged
        // by type or extracted text; a pure rename brings nothing new.
        let documents = changes.binaryChanges + changes.files.filter { DocumentInspector.kind(of: $0.path, content: nil) != nil }
        for file in documents where file.status != .renamed {
            var found = try DocumentInspector.inspect(file, repository: repository, scanner: self, commit: commit)
            resolver.applyPathAllows(&found)
            findings += found
        }
        for file in changes.files where !file.hunks.isEmpty {
            summary.files += 1
            summary.hunks += file.hunks.count
            let addedLines = file.hunks.flatMap(\.addedLines)
            summary.lines += addedLines.count
            let key = cache.map { _ in ScanCache.key(path: file.path, blob: file.newBlob.hex, lines: addedLines) }
            if let key, let cached = cache?.findings(for: key) {
                summary.bytes += cached.bytes
                findings += cached.findings.map { var copy = $0; copy.commit = commit; return copy }
                continue
            }
            let content = try repository.blobContent(file.newBlob)
            let bytes = FileScanner.addedBytes(content, lines: addedLines)
            summary.bytes += bytes
            let input = ScanInput(path: file.path, content: content, addedLines: addedLines, commit: commit)
            if bytes > resolver.configuration.maxAddedBytes {
                var found = [engine.limitFinding(
                    reason: "\(TextReporter.byteCount(bytes)) added, over the \(TextReporter.byteCount(resolver.configuration.maxAddedBytes)) limit",
                    line: addedLines.first ?? 1, input: input)]
                resolver.applyPathAllows(&found)
                findings += found
                continue
            }
            let found = try scan(input)
            if let key { cache?.store(found.map { var copy = $0; copy.commit = nil; return copy }, bytes: bytes, for: key) }
            findings += found
        }
        return findings
    }

    func scan(_ input: ScanInput) throws -> [Finding] {
        let engine = self.engine
        return resolver.resolve(file: try engine.scan(input), input: input) { rule, text in
            engine.fingerprint(rule: rule, file: input.path, text: text)
        }
    }

    /// Bytes of the given 1-based lines, for the summary.
    static func addedBytes(_ content: [UInt8], lines: [Int]) -> Int {
        guard !lines.isEmpty else { return 0 }
        var wanted = Set(lines), total = 0, line = 1, start = 0
        for (index, byte) in content.enumerated() where byte == 0x0A {
            if wanted.remove(line) != nil { total += index + 1 - start }
            line += 1
            start = index + 1
        }
        if wanted.contains(line) { total += content.count - start }
        return total
    }
}
