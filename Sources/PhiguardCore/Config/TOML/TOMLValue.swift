/// One TOML value, as `TOMLParser` reads it. Tables are `TOMLTable`s (keys in the order
/// the document wrote them); arrays may mix types, as TOML 1.0 allows.
enum TOMLValue: Equatable, Sendable {
    case string(String)
    case integer(Int64)
    case float(Double)
    case boolean(Bool)
    /// Any of TOML's four date and time kinds. Configuration has no use for them; a field
    /// that meets one reports the wrong type.
    case dateTime(TOMLDateTime)
    case array([TOMLValue])
    case table(TOMLTable)

    var string: String? { if case let .string(value) = self { value } else { nil } }
    /// An integer that fits `Int` (every TOML integer does on 64-bit platforms).
    var int: Int? { if case let .integer(value) = self { Int(exactly: value) } else { nil } }
    /// A float; integers are not converted (see `TOMLFields.double`).
    var double: Double? { if case let .float(value) = self { value } else { nil } }
    var bool: Bool? { if case let .boolean(value) = self { value } else { nil } }
    var array: [TOMLValue]? { if case let .array(value) = self { value } else { nil } }
    var table: TOMLTable? { if case let .table(value) = self { value } else { nil } }

    /// The type's name in messages: "string", "integer", "table", ...
    var typeName: String {
        switch self {
        case .string: "string"
        case .integer: "integer"
        case .float: "float"
        case .boolean: "boolean"
        case let .dateTime(value): value.kind.rawValue
        case .array: "array"
        case .table: "table"
        }
    }

    static func == (lhs: TOMLValue, rhs: TOMLValue) -> Bool {
        switch (lhs, rhs) {
        case let (.string(a), .string(b)): a == b
        case let (.integer(a), .integer(b)): a == b
        // Bit-equal, so that nan == nan and 0.0 != -0.0 in tests that compare documents.
        case let (.float(a), .float(b)): a.bitPattern == b.bitPattern || (a.isNaN && b.isNaN)
        case let (.boolean(a), .boolean(b)): a == b
        case let (.dateTime(a), .dateTime(b)): a == b
        case let (.array(a), .array(b)): a == b
        case let (.table(a), .table(b)): a == b
        default: false
        }
    }
}

/// A TOML table: its keys in document order, each once.
struct TOMLTable: Equatable, Sendable {
    private(set) var keys: [String] = []
    private var values: [String: TOMLValue] = [:]

    init() {}

    init(_ pairs: KeyValuePairs<String, TOMLValue>) {
        for (key, value) in pairs { self[key] = value }
    }

    var count: Int { keys.count }
    var isEmpty: Bool { keys.isEmpty }

    /// Setting a new key appends it; setting an existing key keeps its place; nil removes it.
    subscript(key: String) -> TOMLValue? {
        get { values[key] }
        set {
            if let newValue {
                if values.updateValue(newValue, forKey: key) == nil { keys.append(key) }
            } else if values.removeValue(forKey: key) != nil {
                keys.removeAll { $0 == key }
            }
        }
    }

    static func == (lhs: TOMLTable, rhs: TOMLTable) -> Bool {
        lhs.keys == rhs.keys && lhs.values == rhs.values
    }
}

/// A TOML date, time or date-time (RFC 3339), kept as its fields.
struct TOMLDateTime: Equatable, Sendable {
    enum Kind: String, Sendable {
        case offsetDateTime = "offset date-time"
        case localDateTime = "local date-time"
        case localDate = "local date"
        case localTime = "local time"
    }

    struct Date: Equatable, Sendable { var year, month, day: Int }
    struct Time: Equatable, Sendable {
        var hour, minute, second: Int
        /// The fractional seconds as written (digits after the '.'), "" when there are none.
        var fraction: String
    }

    var date: Date?
    var time: Time?
    /// Minutes east of UTC (`Z` is 0); nil for local kinds.
    var offsetMinutes: Int?

    var kind: Kind {
        switch (date != nil, time != nil, offsetMinutes != nil) {
        case (true, true, true): .offsetDateTime
        case (true, true, false): .localDateTime
        case (true, false, _): .localDate
        default: .localTime
        }
    }
}
