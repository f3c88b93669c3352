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
