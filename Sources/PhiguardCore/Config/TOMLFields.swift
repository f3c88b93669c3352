/// Typed, strict access to one TOML table, so every configuration mistake becomes a
/// message naming the file, the table and the key — and an unknown key (a typo such as
/// `pattrn`) is an error rather than a silently ignored setting.
struct TOMLFields {
    let table: TOMLTable
    /// Where this table is, for messages: `rules/secret.toml [[rule]] #3 (secret.aws-key)`.
    let location: String
    let path: String

    /// Parses a whole document with `TOMLParser`; any error names the file, line and column.
    static func parse(_ text: String, path: String) throws -> TOMLTable {
        try parse(bytes: Array(text.utf8), path: path)
    }

    static func parse(bytes: [UInt8], path: String) throws -> TOMLTable {
        do {
            return try TOMLParser.parse(bytes)
        } catch let error as TOMLError {
            throw PhiguardError.configuration(path: path, reason: error.description)
        }
    }

    func rejectUnknownKeys(allowed: Set<String>) throws {
        for key in table.keys where !allowed.contains(key) {
            throw failure("unknown key '\(key)' (expected one of: \(allowed.sorted().joined(separator: ", ")))")
        }
    }

    func failure(_ reason: String) -> PhiguardError {
        .configuration(path: path, reason: "\(location): \(reason)")
    }

    func string(_ key: String) throws -> String? {
        guard let value = table[key] else { return nil }
        guard let string = value.string else { throw failure("'\(key)' must be a string") }
        return string
    }

    func requiredString(_ key: String) throws -> String {
        guard let value = try string(key) else { throw failure("missing '\(key)'") }
        guard !value.trimmingWhitespace().isEmpty else { throw failure("'\(key)' must not be empty") }
        return value
    }

    func int(_ key: String, range: ClosedRange<Int>) throws -> Int? {
        guard let value = table[key] else { return nil }
        guard let int = value.int else { throw failure("'\(key)' must be an integer") }
        guard range.contains(int) else { throw failure("'\(key)' must be between \(range.lowerBound) and \(range.upperBound)") }
        return int
    }

    func double(_ key: String) throws -> Double? {
        guard let value = table[key] else { return nil }
        if let double = value.double { return double }
        if let int = value.int { return Double(int) }
        throw failure("'\(key)' must be a number")
    }

    func bool(_ key: String) throws -> Bool? {
        guard let value = table[key] else { return nil }
        guard let bool = value.bool else { throw failure("'\(key)' must be true or false") }
        return bool
    }

    func strings(_ key: String) throws -> [String] {
        guard let value = table[key] else { return [] }
        if let single = value.string { return [single] }
        guard let array = value.array else { throw failure("'\(key)' must be an array of strings") }
        return try array.map { element in
            guard let string = element.string else { throw failure("'\(key)' must contain only strings") }
            return string
        }
    }

    func tables(_ key: String) throws -> [TOMLTable] {
        guard let value = table[key] else { return [] }
        guard let array = value.array else { throw failure("'\(key)' must be an array of tables ([[\(key)]])") }
        return try array.map { element in
            guard let table = element.table else { throw failure("'\(key)' must contain only tables") }
            return table
        }
    }

    func subtable(_ key: String) throws -> TOMLTable? {
        guard let value = table[key] else { return nil }
        guard let table = value.table else { throw failure("'\(key)' must be a table") }
        return table
    }
}
