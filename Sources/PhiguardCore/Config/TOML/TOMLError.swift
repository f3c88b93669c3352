/// Why a TOML document was refused, and where: `TOMLFields.parse` turns it into
/// `PhiguardError.configuration` with the file's path.
struct TOMLError: Error, Equatable, CustomStringConvertible {
    enum Kind: Equatable {
        /// Not TOML 1.0, or TOML that redefines a key or table.
        case syntax(String)
        /// Over `TOMLParser.maxBytes`.
        case tooLarge
        /// A key path (headers, dotted keys and the inline tables around them) deeper than
        /// `TOMLParser.maxKeyDepth`.
        case keyTooDeep
        /// Arrays and inline tables nested deeper than `TOMLParser.maxNesting`.
        case nestedTooDeep
    }

    let kind: Kind
    /// 1-based; the column counts Unicode scalars, so it matches what an editor shows.
    let line: Int
    let column: Int

    var description: String {
        switch kind {
        case let .syntax(message): "invalid TOML at line \(line), column \(column): \(message)"
        case .tooLarge: "larger than 1 MiB; a configuration file never needs to be"
        case .keyTooDeep: "key nested more than 1,000 levels deep at line \(line)"
        case .nestedTooDeep:
            "arrays or inline tables nested more than \(TOMLParser.maxNesting) levels deep at line \(line), column \(column)"
        }
    }
}
