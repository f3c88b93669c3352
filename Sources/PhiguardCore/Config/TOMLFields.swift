import TOMLKit

/// Typed, strict access to one TOML table, so every configuration mistake becomes a
/// message naming the file, the table and the key — and an unknown key (a typo such as
/// `pattrn`) is an error rather than a silently ignored setting.
struct TOMLFields {
    let table: TOMLTable
    /// Where this table is, for messages: `rules/secret.toml [[rule]] #3 (secret.aws-key)`.
    let location: String
    let path: String

    static func parse(_ text: String, path: String) throws -> TOMLTable {
        // A byte-order mark (Windows editors) would hide the first line from the screen,
        // while toml++ skips it.
        let text = text.unicodeScalars.first == "\u{FEFF}" ? String(text.unicodeScalars.dropFirst()) : text
        try screen(text, path: path)
        do {
            return try TOMLTable(string: text)
        } catch let error as TOMLParseError {
            throw PhiguardError.configuration(
                path: path, reason: "invalid TOML at line \(error.source.begin.line), column \(error.source.begin.column): \(error.description)")
        }
    }

    /// TOMLKit's parser (toml++) crashes on a few malformed inputs instead of reporting
    /// them — a table header starting with a character that is not allowed there, a key
    /// thousands of levels deep (stack overflow) — and a crash would take the hook down
    /// with it. Those shapes are refused here, with the line, before the parser sees them.
    static func screen(_ text: String, path: String) throws {
        guard text.utf8.count <= 1 << 20 else {
            throw PhiguardError.configuration(path: path, reason: "larger than 1 MiB; a configuration file never needs to be")
        }
        var inMultiline: String? = nil
        for (index, raw) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let number = index + 1
            // Delimiters inside a comment open nothing: count them in the code part only.
            let code = inMultiline == nil ? TOMLFields.codePart(raw) : raw
            // Left to right: inside a ''' string a """ is text, and the other way round.
            var rest = code[...]
            while true {
                if let open = inMultiline {
                    guard let close = rest.range(of: open) else { break }
                    inMultiline = nil
                    rest = rest[close.upperBound...]
                } else {
                    let candidates = ["\"\"\"", "'''"].compactMap { delimiter in rest.range(of: delimiter).map { (delimiter, $0) } }
                    guard let first = candidates.min(by: { $0.1.lowerBound < $1.1.lowerBound }) else { break }
                    inMultiline = first.0
                    rest = rest[first.1.upperBound...]
                }
            }
            if inMultiline != nil && !raw.contains("\"\"\"") && !raw.contains("'''") { continue }
            let line = raw.drop(while: { $0 == " " || $0 == "\t" })
            if line.hasPrefix("[[[") {
                throw PhiguardError.configuration(path: path, reason: "invalid table header at line \(number)")
            }
            // (A line with a multi-line delimiter holds string text, whose braces are not TOML's.)
            if inMultiline == nil, !line.contains("'''"), !line.contains("\"\"\""), !bracesBalance(line) {
                throw PhiguardError.configuration(path: path, reason: "unbalanced { } at line \(number) (inline tables must open and close on one line)")
            }
            if line.first == "[" {
                // toml++ takes at most two '[': a third one must fail the check below.
                var afterOpen = line.dropFirst()
                if afterOpen.first == "[" { afterOpen = afterOpen.dropFirst() }
                let afterBrackets = afterOpen.drop(while: { $0 == " " || $0 == "\t" })
                guard let next = afterBrackets.first, next.isASCII,
                      next.isLetter || next.isNumber || "_-\"']".contains(next) else {
                    throw PhiguardError.configuration(path: path, reason: "invalid table header at line \(number)")
                }
            }
            let key = line.prefix { $0 != "=" }
            if key.utf8.reduce(0, { $0 + ($1 == UInt8(ascii: ".") ? 1 : 0) }) > 1000 {
                throw PhiguardError.configuration(path: path, reason: "key nested more than 1,000 levels deep at line \(number)")
            }
        }
    }

    /// The line up to a `#` that is outside quoted strings.
    static func codePart(_ line: Substring) -> Substring {
        var quote: Character? = nil
        var previous: Character = " "
        var index = line.startIndex
        while index < line.endIndex {
            defer { if index < line.endIndex { index = line.index(after: index) } }
            let character = line[index]
            // A multi-line delimiter is one token: what follows it, up to its closing
            // delimiter on this line (or the line's end), is string, never a comment.
            if quote == nil, character == "\"" || character == "'" {
                let triple = String(repeating: character, count: 3)
                if line[index...].hasPrefix(triple) {
                    let afterOpen = line.index(index, offsetBy: 3)
                    guard let close = line[afterOpen...].range(of: triple) else { return line }
                    index = line.index(before: close.upperBound)
                    previous = character
                    continue
                }
            }
            if let open = quote {
                if character == open && (open == "'" || previous != "\\") { quote = nil }
            } else if character == "\"" || character == "'" {
                quote = character
            } else if character == "#" {
                return line[..<index]
            }
            previous = character
        }
        return line
    }

    /// Whether `{` and `}` outside quoted strings and comments pair up on this line.
    static func bracesBalance(_ line: Substring) -> Bool {
        var depth = 0
        var quote: Character? = nil
        var previous: Character = " "
        for character in line {
            if let open = quote {
                if character == open && (open == "'" || previous != "\\") { quote = nil }
            } else if character == "\"" || character == "'" {
                quote = character
            } else if character == "#" {
                break
            } else if character == "{" {
                depth += 1
            } else if character == "}" {
                depth -= 1
                if depth < 0 { return false }
            }
            previous = character
        }
        return depth == 0 || quote != nil
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
