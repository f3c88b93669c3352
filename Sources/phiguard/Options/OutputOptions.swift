import ArgumentParser
import PhiguardCore

extension ReportFormat: ExpressibleByArgument {}

/// How results are printed: shared by the scanning commands.
struct OutputOptions: ParsableArguments {
    @Option(name: .long, help: "Output format: text, json or sarif.")
    var format: ReportFormat = .text

    @Option(name: .long, help: "Write the report to this file instead of standard output.")
    var output: String?

    var settings: OutputSettings { OutputSettings(format: format, output: output) }

    func write(_ report: ScanReport) throws { try settings.write(report) }
}

/// The same choices as plain values, so the hook's fast path can use them unparsed.
struct OutputSettings {
    var format: ReportFormat
    var output: String?

    /// Renders with colour only for text on a terminal that wants it.
    func write(_ report: ScanReport) throws {
        let color = output == nil && format == .text && FileHandleOutput.standardOutput.wantsColor
        let text = format.reporter(color: color).render(report)
        if let output {
            try ReportFile.write(text, to: output)
        } else {
            FileHandleOutput.standardOutput.write(text)
        }
    }
}
