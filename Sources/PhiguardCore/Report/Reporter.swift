/// One output format. Every format reads the same `ScanReport`, and none of them can
/// print a raw value, because a `Finding` holds none.
public protocol Reporter {
    func render(_ report: ScanReport) -> String
}

/// The formats of `--format`.
public enum ReportFormat: String, CaseIterable, Sendable {
    case text, json, sarif

    public func reporter(color: Bool = false) -> any Reporter {
        switch self {
        case .text: return TextReporter(color: color)
        case .json: return JSONReporter()
        case .sarif: return SARIFReporter()
        }
    }
}

/// `--output FILE`: the report written atomically, so CI never uploads half a SARIF file.
public enum ReportFile {
    public static func read(_ path: String) throws -> [UInt8] {
        guard let bytes = try FileSystem.readFile(path) else { throw PhiguardError.usage("\(path) does not exist") }
        return bytes
    }

    public static func write(_ text: String, to path: String) throws {
        do {
            try FileLock.replaceDurably(Array(text.utf8), at: path)
        } catch {
            throw PhiguardError.usage("cannot write --output \(path): \(error)")
        }
    }
}
