import ArgumentParser
import PhiguardCore

extension ReportFormat: ExpressibleByArgument {}

/// How results are printed: shared by `scan` and `rules`.
struct OutputOptions: ParsableArguments {
    @Option(name: .long, help: "Output format: text, json or sarif.")
    var format: ReportFormat = .text

    /// Renders with colour only for text on a terminal that wants it.
    func print(_ report: ScanReport) {
        let reporter = format.reporter(color: format == .text && FileHandleOutput.standardOutput.wantsColor)
        FileHandleOutput.standardOutput.write(reporter.render(report))
    }
}
