/// A line (or a few lines) of code that a rule must fire on, or must stay silent on. In a
/// trigger, `↓` marks where the finding must be reported, as SwiftLint's examples do.
public struct Example: Sendable, Equatable, CustomStringConvertible {
    public static let marker: Character = "↓"

    /// The example as written in the rule file, marker included.
    public let source: String
    /// The example with the marker removed: the text that is scanned.
    public let text: String
    /// 1-based line and column (in Unicode scalars) of the marker; nil when there is none.
    public let markerLine: Int?
    public let markerColumn: Int?

    public init(_ source: String) {
        self.source = source
        var text = ""
        var line = 1, column = 1
        var markerLine: Int?, markerColumn: Int?
        for scalar in source.unicodeScalars {
            if Character(scalar) == Example.marker, markerLine == nil {
                markerLine = line
                markerColumn = column
                continue
            }
            text.unicodeScalars.append(scalar)
            if scalar == "\n" { line += 1; column = 1 } else { column += 1 }
        }
        self.text = text
        self.markerLine = markerLine
        self.markerColumn = markerColumn
    }

    public var description: String { source }
}
