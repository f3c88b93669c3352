/// A strict TOML 1.0 reader over UTF-8 bytes, for `.phiguard.toml` and the built-in rule
/// pack. It replaces TOMLKit (toml++), which aborted or overflowed the stack on malformed
/// input: here every input either parses or throws a `TOMLError` with line and column.
///
/// Hostile input is bounded: at most `maxBytes` of input, arrays and inline tables nested
/// at most `maxNesting` deep, key paths at most `maxKeyDepth` deep. Nothing recurses:
/// values are read with an explicit stack, and the finished tables are built from the
/// parser's nodes with another, so the deepest document costs heap, not stack.
struct TOMLParser {
    static let maxBytes = 1 << 20
    static let maxNesting = 128
    static let maxKeyDepth = 1_000

    /// Parses a whole document. Invalid UTF-8 is an error; a leading byte-order mark is skipped.
    static func parse(_ bytes: [UInt8]) throws -> TOMLTable {
        var parser = TOMLParser(bytes: bytes)
        return try parser.document()
    }

    static func parse(_ text: String) throws -> TOMLTable {
        try parse(Array(text.utf8))
    }

    private let bytes: [UInt8]
    private var position = 0
    private let root = TableNode(state: .header, depth: 0)
    /// The table the last header opened (the root before any header).
    private var current: TableNode

    private init(bytes: [UInt8]) {
        self.bytes = bytes
        current = root
    }

    // MARK: - Document structure

    private mutating func document() throws -> TOMLTable {
        guard bytes.count <= Self.maxBytes else { throw TOMLError(kind: .tooLarge, line: 1, column: 1) }
        try validateUTF8()
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { position = 3 }
        while true {
            skipBlanks()
            guard let byte = peek() else { break }
            switch byte {
            case UInt8(ascii: "#"):
                try skipComment()
                try expectLineEnd(after: "a comment")
            case UInt8(ascii: "\n"), UInt8(ascii: "\r"):
                try expectLineEnd(after: "a blank line")
            case UInt8(ascii: "["):
                try header()
                try expectLineEnd(after: "a table header")
            default:
                try keyValue()
                try expectLineEnd(after: "a value")
            }
        }
        return Self.freeze(root)
    }

    /// `[a.b]` or `[[a.b]]`: opens (or appends) the table later key/value pairs go into.
    private mutating func header() throws {
        let start = position
        position += 1
        let isArray = peek() == UInt8(ascii: "[")
        if isArray { position += 1 }
        let parts = try key(baseDepth: 0)
        guard peek() == UInt8(ascii: "]") else { throw failure(isArray ? "expected ']]' to close the header" : "expected ']' to close the header") }
        position += 1
        if isArray {
            guard peek() == UInt8(ascii: "]") else { throw failure("expected ']]' to close the header") }
            position += 1
        }

        var table = root
        for (index, part) in parts.dropLast().enumerated() {
            switch table.entries[part] {
            case nil:
                let child = TableNode(state: .implicit, depth: table.depth + 1)
                table.insert(part, .table(child))
                table = child
            case let .table(child)?:
                table = child
            case let .tableArray(array)?:
                table = array.last!
            case let .value(value)?:
                throw failure("'\(Self.display(parts[...index]))' is already \(Self.describe(value)), not a table", at: start)
            }
        }
        let leaf = parts.last!
        let name = Self.display(parts[...])
        if isArray {
            let element = TableNode(state: .arrayElement, depth: table.depth + 1)
            switch table.entries[leaf] {
            case nil:
                table.insert(leaf, .tableArray(TableArrayNode(element)))
            case let .tableArray(array)?:
                array.elements.append(element)
            case .table?:
                throw failure("'\(name)' is already a table, not an array of tables", at: start)
            case let .value(value)?:
                throw failure("'\(name)' is already \(Self.describe(value)); [[\(name)]] cannot append to it", at: start)
            }
            current = element
        } else {
            switch table.entries[leaf] {
            case nil:
                let child = TableNode(state: .header, depth: table.depth + 1)
                table.insert(leaf, .table(child))
                current = child
            case let .table(child)? where child.state == .implicit:
                child.state = .header
                current = child
            case let .table(child)?:
                let how = child.state == .dotted ? "is already defined by dotted keys" : "is defined twice"
                throw failure("table '\(name)' \(how)", at: start)
            case .tableArray?:
                throw failure("'\(name)' is already an array of tables, not a table", at: start)
            case let .value(value)?:
                throw failure("'\(name)' is already \(Self.describe(value)), not a table", at: start)
            }
        }
    }

    /// `key = value` in the current table.
    private mutating func keyValue() throws {
        let start = position
        let parts = try key(baseDepth: current.depth)
        guard peek() == UInt8(ascii: "=") else { throw failure("expected '=' after the key") }
        position += 1
        skipBlanks()
        let (table, leaf) = try Self.resolve(parts, in: current, at: start, parser: self)
        let value = try value(depth: current.depth + parts.count)
        table.insert(leaf, .value(value))
    }

    /// The table that `parts` (a dotted key) puts its value in, creating the tables of the
    /// dotted path. Dotted keys may walk into tables they created and into tables a header
    /// path created implicitly, never into a table a header defined, an array of tables or
    /// an inline table; and the last part must be new.
    private static func resolve(_ parts: [String], in base: TableNode, at start: Int, parser: TOMLParser) throws -> (TableNode, String) {
        var table = base
        for (index, part) in parts.dropLast().enumerated() {
            switch table.entries[part] {
            case nil:
                let child = TableNode(state: .dotted, depth: table.depth + 1)
                table.insert(part, .table(child))
                table = child
            case let .table(child)? where child.state == .dotted || child.state == .implicit:
                table = child
            case .table?:
                throw parser.failure("table '\(display(parts[...index]))' is already defined by a header; a dotted key cannot add to it", at: start)
            case .tableArray?:
                throw parser.failure("'\(display(parts[...index]))' is an array of tables; a dotted key cannot add to it", at: start)
            case let .value(value)?:
                throw parser.failure("'\(display(parts[...index]))' is already \(describe(value)); a dotted key cannot add to it", at: start)
            }
        }
        let leaf = parts.last!
        guard table.entries[leaf] == nil else {
            throw parser.failure("key '\(display(parts[...]))' is defined twice", at: start)
        }
        return (table, leaf)
    }

    // MARK: - Keys

    /// A bare, quoted or dotted key, with the blanks around it and its dots.
    /// - Parameter baseDepth: how deep the table the key starts from is, for the depth limit.
    private mutating func key(baseDepth: Int) throws -> [String] {
        let start = position
        var parts: [String] = []
        while true {
            skipBlanks()
            parts.append(try simpleKey())
            if baseDepth + parts.count > Self.maxKeyDepth {
                let (line, column) = location(of: start)
                throw TOMLError(kind: .keyTooDeep, line: line, column: column)
            }
            skipBlanks()
            guard peek() == UInt8(ascii: ".") else { return parts }
            position += 1
        }
    }

    private mutating func simpleKey() throws -> String {
        switch peek() {
        case UInt8(ascii: "\"")?:
            if starts(with: "\"\"\"") { throw failure("a key cannot be a multi-line string") }
            return try basicString()
        case UInt8(ascii: "'")?:
            if starts(with: "'''") { throw failure("a key cannot be a multi-line string") }
            return try literalString()
        default:
            let start = position
            while let byte = peek(), Self.isBareKeyByte(byte) { position += 1 }
            guard position > start else { throw failure("expected a key (letters, digits, '_', '-' or a quoted string)") }
            return String(decoding: bytes[start..<position], as: UTF8.self)
        }
    }

    private static func isBareKeyByte(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "a")...UInt8(ascii: "z"),
             UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "_"), UInt8(ascii: "-"): true
        default: false
        }
    }

    // MARK: - Values

    /// An array or inline table under construction.
    private struct Frame {
        /// nil for an array.
        var node: TableNode?
        var items: [TOMLValue] = []
        /// Where the value being read goes (inline tables).
        var target: TableNode?
        var leaf = ""
        /// Key depth of this container, and of the value being read in it.
        var depth: Int
        var entryDepth: Int
    }

    /// One value. Arrays and inline tables are read with an explicit stack of frames, so
    /// nesting costs no call stack; the stack is bounded by `maxNesting`.
    private mutating func value(depth startDepth: Int) throws -> TOMLValue {
        var stack: [Frame] = []
        var depth = startDepth
        reading: while true {
            var value: TOMLValue
            switch peek() {
            case UInt8(ascii: "[")?:
                guard stack.count < Self.maxNesting else { throw nestingFailure() }
                position += 1
                try skipArrayFiller()
                if peek() == UInt8(ascii: "]") {
                    position += 1
                    value = .array([])
                } else {
                    stack.append(Frame(node: nil, depth: depth, entryDepth: depth + 1))
                    depth += 1
                    continue reading
                }
            case UInt8(ascii: "{")?:
                guard stack.count < Self.maxNesting else { throw nestingFailure() }
                position += 1
                skipBlanks()
                if peek() == UInt8(ascii: "}") {
                    position += 1
                    value = .table(TOMLTable())
                } else {
                    stack.append(Frame(node: TableNode(state: .dotted, depth: depth), depth: depth, entryDepth: depth))
                    depth = try inlineEntry(&stack[stack.count - 1])
                    continue reading
                }
            case nil:
                throw failure("expected a value")
            default:
                value = try scalar()
            }

            // Hand the finished value to its container; a container that closes is itself
            // a finished value for the one around it.
            while let top = stack.indices.last {
                if let node = stack[top].node {
                    stack[top].target!.insert(stack[top].leaf, .value(value))
                    skipBlanks()
                    switch peek() {
                    case UInt8(ascii: ",")?:
                        position += 1
                        skipBlanks()
                        if peek() == UInt8(ascii: "}") { throw failure("an inline table cannot end with ','") }
                        depth = try inlineEntry(&stack[top])
                        continue reading
                    case UInt8(ascii: "}")?:
                        position += 1
                        stack.removeLast()
                        value = .table(Self.freeze(node))
                    case UInt8(ascii: "\n")?, UInt8(ascii: "\r")?:
                        throw failure("an inline table must close on the line it opens; use a [table] for more")
                    default:
                        throw failure("expected ',' or '}' after a value in an inline table")
                    }
                } else {
                    stack[top].items.append(value)
                    try skipArrayFiller()
                    switch peek() {
                    case UInt8(ascii: ",")?:
                        position += 1
                        try skipArrayFiller()
                        if peek() == UInt8(ascii: "]") {
                            position += 1
                            value = .array(stack.removeLast().items)
                        } else {
                            depth = stack[top].entryDepth
                            continue reading
                        }
                    case UInt8(ascii: "]")?:
                        position += 1
                        value = .array(stack.removeLast().items)
                    default:
                        throw failure("expected ',' or ']' after a value in an array")
                    }
                }
            }
            return value
        }
    }

    /// `key = ` inside an inline table; returns the key depth of the value that follows.
    private mutating func inlineEntry(_ frame: inout Frame) throws -> Int {
        let start = position
        let node = frame.node!
        let parts = try key(baseDepth: node.depth)
        guard peek() == UInt8(ascii: "=") else { throw failure("expected '=' after the key") }
        position += 1
        skipBlanks()
        let (table, leaf) = try Self.resolve(parts, in: node, at: start, parser: self)
        frame.target = table
        frame.leaf = leaf
        return node.depth + parts.count
    }

    private func nestingFailure() -> TOMLError {
        let (line, column) = location(of: position)
        return TOMLError(kind: .nestedTooDeep, line: line, column: column)
    }

    /// Blanks, newlines and comments between the values of an array.
    private mutating func skipArrayFiller() throws {
        while true {
            skipBlanks()
            switch peek() {
            case UInt8(ascii: "#")?: try skipComment()
            case UInt8(ascii: "\n")?: position += 1
            case UInt8(ascii: "\r")?:
                guard peek(1) == UInt8(ascii: "\n") else { throw failure("a carriage return must be followed by a line feed") }
                position += 2
            default: return
            }
        }
    }

    private mutating func scalar() throws -> TOMLValue {
        guard let byte = peek() else { throw failure("expected a value") }
        switch byte {
        case UInt8(ascii: "\""):
            return .string(starts(with: "\"\"\"") ? try multilineBasicString() : try basicString())
        case UInt8(ascii: "'"):
            return .string(starts(with: "'''") ? try multilineLiteralString() : try literalString())
        case UInt8(ascii: "t"):
            guard starts(with: "true") else { throw failure("expected a value (did you mean true?)") }
            position += 4
            return .boolean(true)
        case UInt8(ascii: "f"):
            guard starts(with: "false") else { throw failure("expected a value (did you mean false?)") }
            position += 5
            return .boolean(false)
        case UInt8(ascii: "i"), UInt8(ascii: "n"), UInt8(ascii: "+"), UInt8(ascii: "-"),
             UInt8(ascii: "0")...UInt8(ascii: "9"):
            if isDigit(at: position), isDigit(at: position + 1) {
                if isDigit(at: position + 2), isDigit(at: position + 3), peek(4) == UInt8(ascii: "-") { return try dateTime() }
                if peek(2) == UInt8(ascii: ":") { return try dateTime() }
            }
            return try number()
        default:
            throw failure("expected a value (a string, number, boolean, date, array or inline table)")
        }
    }

    // MARK: - Strings

    /// `"..."`: escapes, no newlines.
    private mutating func basicString() throws -> String {
        position += 1
        var buffer: [UInt8] = []
        while true {
            let start = position
            while let byte = peek(), byte != UInt8(ascii: "\""), byte != UInt8(ascii: "\\"), !Self.isControl(byte) {
                position += 1
            }
            buffer.append(contentsOf: bytes[start..<position])
            switch peek() {
            case UInt8(ascii: "\"")?:
                position += 1
                return String(decoding: buffer, as: UTF8.self)
            case UInt8(ascii: "\\")?:
                try escape(into: &buffer)
            case nil, UInt8(ascii: "\n")?, UInt8(ascii: "\r")?:
                throw failure("unterminated string (a \"...\" string ends on its line; use \"\"\" for more lines)")
            case let byte?:
                throw controlFailure(byte)
            }
        }
    }

    /// `"""..."""`: escapes, newlines, a line-ending backslash, a newline right after the
    /// opening delimiter dropped, up to two quotes right before the closing one.
    private mutating func multilineBasicString() throws -> String {
        position += 3
        try skipFirstNewline()
        var buffer: [UInt8] = []
        while true {
            let start = position
            while let byte = peek(), byte != UInt8(ascii: "\""), byte != UInt8(ascii: "\\"), !Self.isControl(byte) || byte == 0x0A {
                position += 1
            }
            buffer.append(contentsOf: bytes[start..<position])
            switch peek() {
            case UInt8(ascii: "\"")?:
                if try closesMultiline(quote: UInt8(ascii: "\""), into: &buffer) { return String(decoding: buffer, as: UTF8.self) }
            case UInt8(ascii: "\\")?:
                if lineEndingBackslash() {
                    position += 1
                    while let byte = peek(), byte == 0x20 || byte == 0x09 || byte == 0x0A || (byte == 0x0D && peek(1) == 0x0A) {
                        position += 1
                    }
                } else {
                    try escape(into: &buffer)
                }
            case UInt8(ascii: "\r")?:
                guard peek(1) == UInt8(ascii: "\n") else { throw controlFailure(0x0D) }
                buffer.append(0x0A)
                position += 2
            case nil:
                throw failure("unterminated multi-line string (no closing \"\"\")")
            case let byte?:
                throw controlFailure(byte)
            }
        }
    }

    /// `'...'`: taken as written, no newlines.
    private mutating func literalString() throws -> String {
        position += 1
        let start = position
        while let byte = peek(), byte != UInt8(ascii: "'"), !Self.isControl(byte) || byte == 0x09 {
            position += 1
        }
        switch peek() {
        case UInt8(ascii: "'")?:
            position += 1
            return String(decoding: bytes[start..<(position - 1)], as: UTF8.self)
        case nil, UInt8(ascii: "\n")?, UInt8(ascii: "\r")?:
            throw failure("unterminated string (a '...' string ends on its line; use ''' for more lines)")
        case let byte?:
            throw controlFailure(byte)
        }
    }

    /// `'''...'''`: taken as written, newlines included.
    private mutating func multilineLiteralString() throws -> String {
        position += 3
        try skipFirstNewline()
        var buffer: [UInt8] = []
        while true {
            let start = position
            while let byte = peek(), byte != UInt8(ascii: "'"), !Self.isControl(byte) || byte == 0x09 || byte == 0x0A {
                position += 1
            }
            buffer.append(contentsOf: bytes[start..<position])
            switch peek() {
            case UInt8(ascii: "'")?:
                if try closesMultiline(quote: UInt8(ascii: "'"), into: &buffer) { return String(decoding: buffer, as: UTF8.self) }
            case UInt8(ascii: "\r")?:
                guard peek(1) == UInt8(ascii: "\n") else { throw controlFailure(0x0D) }
                buffer.append(0x0A)
                position += 2
            case nil:
                throw failure("unterminated multi-line string (no closing ''')")
            case let byte?:
                throw controlFailure(byte)
            }
        }
    }

    private mutating func skipFirstNewline() throws {
        if peek() == 0x0A {
            position += 1
        } else if peek() == 0x0D, peek(1) == 0x0A {
            position += 2
        }
    }

    /// At a run of quotes in a multi-line string: fewer than three are content; three to
    /// five close the string (the first ones are content); more cannot be written unescaped.
    private mutating func closesMultiline(quote: UInt8, into buffer: inout [UInt8]) throws -> Bool {
        var run = 0
        while peek(run) == quote { run += 1 }
        guard run <= 5 else { throw failure("more than two quotes before the end of a multi-line string; escape them") }
        if run < 3 {
            buffer.append(contentsOf: repeatElement(quote, count: run))
            position += run
            return false
        }
        buffer.append(contentsOf: repeatElement(quote, count: run - 3))
        position += run
        return true
    }

    /// Whether the backslash at `position` ends its line (only blanks after it).
    private func lineEndingBackslash() -> Bool {
        var offset = 1
        while let byte = peek(offset), byte == 0x20 || byte == 0x09 { offset += 1 }
        return peek(offset) == 0x0A || (peek(offset) == 0x0D && peek(offset + 1) == 0x0A)
    }

    private mutating func escape(into buffer: inout [UInt8]) throws {
        let start = position
        position += 1
        guard let letter = peek() else { throw failure("unterminated string") }
        position += 1
        switch letter {
        case UInt8(ascii: "b"): buffer.append(0x08)
        case UInt8(ascii: "t"): buffer.append(0x09)
        case UInt8(ascii: "n"): buffer.append(0x0A)
        case UInt8(ascii: "f"): buffer.append(0x0C)
        case UInt8(ascii: "r"): buffer.append(0x0D)
        case UInt8(ascii: "\""): buffer.append(0x22)
        case UInt8(ascii: "\\"): buffer.append(0x5C)
        case UInt8(ascii: "u"), UInt8(ascii: "U"):
            let count = letter == UInt8(ascii: "u") ? 4 : 8
            var code: UInt32 = 0
            for _ in 0..<count {
                guard let byte = peek(), let digit = Self.hexValue(byte) else {
                    throw failure("\\\(Character(Unicode.Scalar(letter))) needs exactly \(count) hexadecimal digits", at: start)
                }
                code = code << 4 | UInt32(digit)
                position += 1
            }
            guard let scalar = Unicode.Scalar(code) else {
                throw failure("escape is not a Unicode scalar value (a surrogate or beyond U+10FFFF)", at: start)
            }
            UTF8.encode(scalar) { buffer.append($0) }
        default:
            throw failure("invalid escape sequence (allowed: \\b \\t \\n \\f \\r \\\" \\\\ \\uXXXX \\UXXXXXXXX)", at: start)
        }
    }

    private static func hexValue(_ byte: UInt8) -> UInt8? {
        switch byte {
        case UInt8(ascii: "0")...UInt8(ascii: "9"): byte - UInt8(ascii: "0")
        case UInt8(ascii: "a")...UInt8(ascii: "f"): byte - UInt8(ascii: "a") + 10
        case UInt8(ascii: "A")...UInt8(ascii: "F"): byte - UInt8(ascii: "A") + 10
        default: nil
        }
    }

    /// Control characters: U+0000 to U+001F and U+007F. Callers allow tab (and newlines)
    /// where TOML does.
    private static func isControl(_ byte: UInt8) -> Bool { byte < 0x20 && byte != 0x09 || byte == 0x7F }

    private func controlFailure(_ byte: UInt8) -> TOMLError {
        let hex = String(byte, radix: 16, uppercase: true)
        return failure("control character U+\(String(repeating: "0", count: 4 - hex.count))\(hex) is not allowed here; escape it in a \"...\" string")
    }

    // MARK: - Numbers

    /// Integers (decimal, 0x, 0o, 0b) and floats, as one token of the characters numbers use.
    private mutating func number() throws -> TOMLValue {
        let start = position
        while let byte = peek(), Self.isBareKeyByte(byte) || byte == UInt8(ascii: "+") || byte == UInt8(ascii: ".") {
            position += 1
        }
        var token = bytes[start..<position]
        let fail = { [self] (reason: String) in self.failure(reason, at: start) }
        var negative = false
        if let sign = token.first, sign == UInt8(ascii: "+") || sign == UInt8(ascii: "-") {
            negative = sign == UInt8(ascii: "-")
            token = token.dropFirst()
        }
        if token.elementsEqual("inf".utf8) { return .float(negative ? -.infinity : .infinity) }
        if token.elementsEqual("nan".utf8) { return .float(negative ? -.nan : .nan) }

        if token.count > 2, token.first == UInt8(ascii: "0"),
           let radix = [UInt8(ascii: "x"): 16, UInt8(ascii: "o"): 8, UInt8(ascii: "b"): 2][token[token.startIndex + 1]] {
            guard token.startIndex == start else { throw fail("a hexadecimal, octal or binary integer cannot have a sign") }
            guard let digits = Self.digits(token.dropFirst(2), radix: radix) else {
                throw fail("invalid \(radix == 16 ? "hexadecimal" : radix == 8 ? "octal" : "binary") integer")
            }
            var value: Int64 = 0
            for digit in digits {
                let (shifted, overflow) = value.multipliedReportingOverflow(by: Int64(radix))
                let (sum, overflow2) = shifted.addingReportingOverflow(Int64(Self.hexValue(digit)!))
                guard !overflow, !overflow2 else { throw fail("integer does not fit in 64 bits") }
                value = sum
            }
            return .integer(value)
        }

        // Decimal: integer part, then an optional fraction and exponent.
        let exponentAt = token.firstIndex { $0 == UInt8(ascii: "e") || $0 == UInt8(ascii: "E") }
        let mantissa = token[..<(exponentAt ?? token.endIndex)]
        let dot = mantissa.firstIndex(of: UInt8(ascii: "."))
        let integerPart = mantissa[..<(dot ?? mantissa.endIndex)]
        guard let integerDigits = Self.digits(integerPart, radix: 10) else { throw fail("invalid number") }
        guard integerDigits.count == 1 || integerDigits.first != UInt8(ascii: "0") else {
            throw fail("leading zeros are not allowed in a decimal number")
        }
        var text = (negative ? "-" : "") + String(decoding: integerDigits, as: UTF8.self)
        if let dot {
            guard let fraction = Self.digits(mantissa[(dot + 1)...], radix: 10) else { throw fail("invalid fraction (digits must follow '.')") }
            text += "." + String(decoding: fraction, as: UTF8.self)
        }
        if let exponentAt {
            var exponent = token[(exponentAt + 1)...]
            var sign = ""
            if let first = exponent.first, first == UInt8(ascii: "+") || first == UInt8(ascii: "-") {
                sign = first == UInt8(ascii: "-") ? "-" : ""
                exponent = exponent.dropFirst()
            }
            guard let digits = Self.digits(exponent, radix: 10) else { throw fail("invalid exponent") }
            text += "e" + sign + String(decoding: digits, as: UTF8.self)
        }
        if dot == nil && exponentAt == nil {
            guard let value = Int64(text) else { throw fail("integer does not fit in 64 bits") }
            return .integer(value)
        }
        guard let value = Double(text), value.isFinite else { throw fail("float out of range") }
        return .float(value)
    }

    /// The digits of `text` without underscores, or nil: empty, a character that is not
    /// a digit of `radix`, or an underscore that is not between two digits.
    private static func digits(_ text: ArraySlice<UInt8>, radix: Int) -> [UInt8]? {
        var result: [UInt8] = []
        result.reserveCapacity(text.count)
        var previousWasDigit = false
        for byte in text {
            if byte == UInt8(ascii: "_") {
                guard previousWasDigit else { return nil }
                previousWasDigit = false
                continue
            }
            guard let value = hexValue(byte), Int(value) < radix else { return nil }
            result.append(byte)
            previousWasDigit = true
        }
        return previousWasDigit ? result : nil
    }

    // MARK: - Dates and times

    /// RFC 3339 date-times as TOML 1.0 has them: offset and local date-time, local date,
    /// local time (seconds required). The separator may be 'T', 't' or a space.
    private mutating func dateTime() throws -> TOMLValue {
        let start = position
        var result = TOMLDateTime()
        if peek(4) == UInt8(ascii: "-") {
            let year = try fixedDigits(4, at: start)
            try expect(UInt8(ascii: "-"), at: start, "invalid date (expected YYYY-MM-DD)")
            let month = try fixedDigits(2, at: start)
            try expect(UInt8(ascii: "-"), at: start, "invalid date (expected YYYY-MM-DD)")
            let day = try fixedDigits(2, at: start)
            guard (1...12).contains(month), (1...Self.days(inMonth: month, year: year)).contains(day) else {
                throw failure("invalid date: there is no such day", at: start)
            }
            result.date = .init(year: year, month: month, day: day)
            let separator = peek()
            let spaceThenTime = separator == 0x20 && isDigit(at: position + 1) && isDigit(at: position + 2) && peek(3) == UInt8(ascii: ":")
            guard separator == UInt8(ascii: "T") || separator == UInt8(ascii: "t") || spaceThenTime else { return .dateTime(result) }
            position += 1
        }
        let hour = try fixedDigits(2, at: start)
        try expect(UInt8(ascii: ":"), at: start, "invalid time (expected HH:MM:SS)")
        let minute = try fixedDigits(2, at: start)
        try expect(UInt8(ascii: ":"), at: start, "invalid time (expected HH:MM:SS; TOML 1.0 requires seconds)")
        let second = try fixedDigits(2, at: start)
        var fraction = ""
        if peek() == UInt8(ascii: ".") {
            position += 1
            let digitsStart = position
            while isDigit(at: position) { position += 1 }
            guard position > digitsStart else { throw failure("invalid time: digits must follow '.'", at: start) }
            fraction = String(decoding: bytes[digitsStart..<position], as: UTF8.self)
        }
        guard hour <= 23, minute <= 59, second <= 60 else { throw failure("invalid time: out of range", at: start) }
        result.time = .init(hour: hour, minute: minute, second: second, fraction: fraction)
        guard result.date != nil else { return .dateTime(result) }
        switch peek() {
        case UInt8(ascii: "Z")?, UInt8(ascii: "z")?:
            position += 1
            result.offsetMinutes = 0
        case let sign? where sign == UInt8(ascii: "+") || sign == UInt8(ascii: "-"):
            position += 1
            let hours = try fixedDigits(2, at: start)
            try expect(UInt8(ascii: ":"), at: start, "invalid time offset (expected +HH:MM)")
            let minutes = try fixedDigits(2, at: start)
            guard hours <= 23, minutes <= 59 else { throw failure("invalid time offset: out of range", at: start) }
            result.offsetMinutes = (hours * 60 + minutes) * (sign == UInt8(ascii: "-") ? -1 : 1)
        default:
            break
        }
        return .dateTime(result)
    }

    private static func days(inMonth month: Int, year: Int) -> Int {
        switch month {
        case 2: year % 4 == 0 && (year % 100 != 0 || year % 400 == 0) ? 29 : 28
        case 4, 6, 9, 11: 30
        default: 31
        }
    }

    private mutating func fixedDigits(_ count: Int, at start: Int) throws -> Int {
        var value = 0
        for _ in 0..<count {
            guard let byte = peek(), isDigit(at: position) else { throw failure("invalid date or time", at: start) }
            value = value * 10 + Int(byte - UInt8(ascii: "0"))
            position += 1
        }
        return value
    }

    private mutating func expect(_ byte: UInt8, at start: Int, _ message: String) throws {
        guard peek() == byte else { throw failure(message, at: start) }
        position += 1
    }

    private func isDigit(at offset: Int) -> Bool {
        offset < bytes.count && bytes[offset] >= UInt8(ascii: "0") && bytes[offset] <= UInt8(ascii: "9")
    }

    // MARK: - Blanks, comments, line ends

    private mutating func skipBlanks() {
        while let byte = peek(), byte == 0x20 || byte == 0x09 { position += 1 }
    }

    /// From '#' to the end of the line (not included).
    private mutating func skipComment() throws {
        position += 1
        while let byte = peek(), byte != 0x0A {
            if byte == 0x0D, peek(1) == 0x0A { return }
            if Self.isControl(byte) { throw controlFailure(byte) }
            position += 1
        }
    }

    /// Blanks, an optional comment, then a newline or the end of the document.
    private mutating func expectLineEnd(after what: String) throws {
        skipBlanks()
        if peek() == UInt8(ascii: "#") { try skipComment() }
        switch peek() {
        case nil: return
        case 0x0A?: position += 1
        case 0x0D? where peek(1) == 0x0A: position += 2
        case 0x0D?: throw failure("a carriage return must be followed by a line feed")
        default: throw failure("expected the end of the line after \(what)")
        }
    }

    // MARK: - Input

    private func peek(_ offset: Int = 0) -> UInt8? {
        position + offset < bytes.count ? bytes[position + offset] : nil
    }

    private func starts(with text: StaticString) -> Bool {
        let count = text.utf8CodeUnitCount
        guard position + count <= bytes.count else { return false }
        return text.withUTF8Buffer { bytes[position..<(position + count)].elementsEqual($0) }
    }

    /// Strict UTF-8: no overlong forms, surrogates or scalars beyond U+10FFFF.
    private func validateUTF8() throws {
        var index = 0
        let count = bytes.count
        while index < count {
            let lead = bytes[index]
            if lead < 0x80 { index += 1; continue }
            let length: Int
            var low: UInt8 = 0x80, high: UInt8 = 0xBF
            switch lead {
            case 0xC2...0xDF: length = 2
            case 0xE0: length = 3; low = 0xA0
            case 0xE1...0xEC, 0xEE...0xEF: length = 3
            case 0xED: length = 3; high = 0x9F
            case 0xF0: length = 4; low = 0x90
            case 0xF1...0xF3: length = 4
            case 0xF4: length = 4; high = 0x8F
            default: throw failure("not valid UTF-8", at: index)
            }
            guard index + length <= count else { throw failure("not valid UTF-8", at: index) }
            guard bytes[index + 1] >= low, bytes[index + 1] <= high else { throw failure("not valid UTF-8", at: index) }
            for next in (index + 2)..<(index + length) where bytes[next] & 0xC0 != 0x80 {
                throw failure("not valid UTF-8", at: index)
            }
            index += length
        }
    }

    // MARK: - Errors

    private func failure(_ message: String, at offset: Int? = nil) -> TOMLError {
        let (line, column) = location(of: offset ?? position)
        return TOMLError(kind: .syntax(message), line: line, column: column)
    }

    /// 1-based line and column (in Unicode scalars) of a byte offset.
    private func location(of offset: Int) -> (line: Int, column: Int) {
        var line = 1, column = 1
        let first = bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? 3 : 0  // a byte-order mark is no column
        for index in first..<max(first, min(offset, bytes.count)) {
            if bytes[index] == 0x0A {
                line += 1
                column = 1
            } else if bytes[index] & 0xC0 != 0x80 {
                column += 1
            }
        }
        return (line, column)
    }

    /// A key path for a message: dotted, at most 80 characters, control and line
    /// separator characters escaped so the message stays on one line.
    private static func display(_ parts: ArraySlice<String>) -> String {
        var result = ""
        var count = 0
        for scalar in parts.joined(separator: ".").unicodeScalars {
            count += 1
            if count > 80 { return result + "…" }
            switch scalar.value {
            case 0..<0x20, 0x7F...0x9F, 0x2028, 0x2029, 0x200E, 0x200F, 0x202A...0x202E, 0x2066...0x2069:
                result += "\\u{\(String(scalar.value, radix: 16))}"
            default:
                result.unicodeScalars.append(scalar)
            }
        }
        return result
    }

    private static func describe(_ value: TOMLValue) -> String {
        switch value {
        case .table: "an inline table (closed once written)"
        case .array: "a static array"
        case .integer: "an integer"
        case .string, .float, .boolean, .dateTime: "a \(value.typeName)"
        }
    }

    // MARK: - The document under construction

    /// A table while the document is read: tables stay open for later headers and dotted
    /// keys, under TOML's rules on who may add to which table.
    private final class TableNode {
        enum State {
            /// Created as a parent by a header path (`a` in `[a.b]`): a header may still define it.
            case implicit
            /// Defined by a `[header]` (or the root).
            case header
            /// Created by a dotted key (`a` in `a.b = 1`), or an inline table's own.
            case dotted
            /// One table of an array of tables (`[[a]]`).
            case arrayElement
        }

        var state: State
        let depth: Int
        var keys: [String] = []
        var entries: [String: Entry] = [:]

        init(state: State, depth: Int) {
            self.state = state
            self.depth = depth
        }

        func insert(_ key: String, _ entry: Entry) {
            keys.append(key)
            entries[key] = entry
        }
    }

    private final class TableArrayNode {
        var elements: [TableNode]
        init(_ first: TableNode) { elements = [first] }
        var last: TableNode? { elements.last }
    }

    private enum Entry {
        /// A finished value: scalars, static arrays and inline tables, none of which can grow.
        case value(TOMLValue)
        case table(TableNode)
        case tableArray(TableArrayNode)
    }

    /// The finished tables, built bottom-up with an explicit stack (no recursion).
    private static func freeze(_ root: TableNode) -> TOMLTable {
        struct Pending {
            let node: TableNode
            var table = TOMLTable()
            var nextKey = 0
            var nextElement = 0
            var elements: [TOMLValue] = []
        }
        var stack = [Pending(node: root)]
        var finished: TOMLTable? = nil
        while let top = stack.indices.last {
            let node = stack[top].node
            if stack[top].nextKey == node.keys.count {
                let table = stack.removeLast().table
                if stack.isEmpty { return table }
                finished = table
                continue
            }
            let key = node.keys[stack[top].nextKey]
            switch node.entries[key]! {
            case let .value(value):
                stack[top].table[key] = value
                stack[top].nextKey += 1
            case let .table(child):
                if let table = finished {
                    finished = nil
                    stack[top].table[key] = .table(table)
                    stack[top].nextKey += 1
                } else {
                    stack.append(Pending(node: child))
                }
            case let .tableArray(array):
                if let table = finished {
                    finished = nil
                    stack[top].elements.append(.table(table))
                    stack[top].nextElement += 1
                }
                if stack[top].nextElement < array.elements.count {
                    stack.append(Pending(node: array.elements[stack[top].nextElement]))
                } else {
                    stack[top].table[key] = .array(stack[top].elements)
                    stack[top].elements = []
                    stack[top].nextElement = 0
                    stack[top].nextKey += 1
                }
            }
        }
        return TOMLTable()
    }
}
