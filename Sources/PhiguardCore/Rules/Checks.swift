#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The arithmetic behind `Validator`, kept apart so each check can be tested on its own.
enum Checks {
    /// Luhn mod-10 over a string of ASCII digits.
    static func luhn(_ digits: String) -> Bool {
        let values = digits.compactMap(\.wholeNumberValue)
        guard values.count >= 2, values.count == digits.count else { return false }
        var sum = 0
        for (offset, digit) in values.reversed().enumerated() {
            if offset % 2 == 1 {
                let doubled = digit * 2
                sum += doubled > 9 ? doubled - 9 : doubled
            } else {
                sum += digit
            }
        }
        return sum % 10 == 0
    }

    /// SSA rules since 2011 randomisation: area not 000, 666 or 900-999; group not 00;
    /// serial not 0000. Numbers the SSA or others published as samples are not PHI.
    static func isPlausibleSSN(_ value: String) -> Bool {
        let digits = value.filter(\.isASCIIDigit)
        guard digits.count == 9 else { return false }
        let area = Int(digits.prefix(3))!, group = Int(digits.dropFirst(3).prefix(2))!
        let serial = Int(digits.suffix(4))!
        if area == 0 || area == 666 || area >= 900 || group == 0 || serial == 0 { return false }
        if knownSampleSSNs.contains(digits) { return false }
        if Set(digits).count == 1 { return false }
        return true
    }

    /// Published or widely used fake SSNs: the Woolworth wallet card, the 1940s sample,
    /// the sequential textbook number.
    static let knownSampleSSNs: Set<String> = ["078051120", "219099999", "123456789", "111223333"]

    /// Bits per character of the value's character distribution.
    static func shannonEntropy(_ value: String) -> Double {
        guard !value.isEmpty else { return 0 }
        var counts: [Character: Int] = [:]
        for character in value { counts[character, default: 0] += 1 }
        let total = Double(value.count)
        return counts.values.reduce(0) { sum, count in
            let p = Double(count) / total
            return sum - p * log2(p)
        }
    }

    private static let placeholderWords = [
        "changeme", "change_me", "change-me", "replaceme", "replace_me", "placeholder", "example",
        "your_", "your-", "yourkey", "insert", "dummy", "redacted", "sample", "notasecret",
        "not-a-secret", "fake", "todo", "fixme", "secret_here", "password_here", "xxxx", "****",
        "....", "<", ">", "${", "{{", "}}", "%(", "$(", "#{", "process.env", "os.environ", "getenv",
    ]

    /// Values that only stand in for a secret: templates, environment references,
    /// documentation values, runs of one character.
    static func isPlaceholder(_ value: String) -> Bool {
        let lower = value.lowercased()
        if lower.isEmpty { return true }
        if placeholderWords.contains(where: { lower.contains($0) }) { return true }
        if lower.hasPrefix("$") { return true }
        let distinct = Set(lower.filter { $0.isLetter || $0.isNumber })
        if distinct.count <= 2 { return true }
        if algorithmNames.contains(lower.filter { $0.isLetter || $0.isNumber }) { return true }
        return false
    }

    /// Algorithm and mode names that credential-named settings carry as values
    /// (`token-signature=HmacSHA256`, `jwt.algorithm: RS256`): configuration, not secrets.
    static let algorithmNames: Set<String> = [
        "hmacsha1", "hmacsha256", "hmacsha384", "hmacsha512", "sha1", "sha256", "sha384", "sha512", "md5",
        "hs256", "hs384", "hs512", "rs256", "rs384", "rs512", "es256", "es384", "es512", "ps256", "ps384", "ps512",
        "eddsa", "aes128", "aes256", "aes256gcm", "aes128gcm", "aesgcmnopadding", "aes256cbc", "chacha20poly1305",
        "rsa", "rsaoaep", "rsaoaep256", "bcrypt", "argon2", "argon2id", "scrypt", "pbkdf2", "pbkdf2sha256",
    ]

    private static let vinTransliteration: [Character: Int] = [
        "A": 1, "B": 2, "C": 3, "D": 4, "E": 5, "F": 6, "G": 7, "H": 8, "J": 1, "K": 2, "L": 3, "M": 4,
        "N": 5, "P": 7, "R": 9, "S": 2, "T": 3, "U": 4, "V": 5, "W": 6, "X": 7, "Y": 8, "Z": 9,
    ]
    private static let vinWeights = [8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2]

    /// ISO 3779 / North American check digit at position 9.
    static func isValidVIN(_ value: String) -> Bool {
        let characters = Array(value.uppercased())
        guard characters.count == 17 else { return false }
        var sum = 0
        for (index, character) in characters.enumerated() {
            let number: Int
            if let digit = character.wholeNumberValue, character.isASCII { number = digit }
            else if let letter = vinTransliteration[character] { number = letter }
            else { return false }
            sum += number * vinWeights[index]
        }
        let check = sum % 11
        let expected: Character = check == 10 ? "X" : Character(String(check))
        return characters[8] == expected
    }

    /// An NPI is valid when "80840" followed by its 10 digits passes Luhn.
    static func isValidNPI(_ value: String) -> Bool {
        let digits = value.filter(\.isASCIIDigit)
        return digits.count == 10 && luhn("80840" + digits)
    }

    /// 555-0100 through 555-0199 are reserved for fiction in the North American plan.
    static func isFictionalPhone(_ value: String) -> Bool {
        var digits = value.filter(\.isASCIIDigit)
        if digits.count == 11, digits.hasPrefix("1") { digits.removeFirst() }
        let local = digits.count == 10 ? String(digits.dropFirst(3)) : digits
        guard local.count == 7, local.hasPrefix("5550") else { return false }
        let lastFour = Int(local.suffix(4))!
        return (100...199).contains(lastFour)
    }

    /// The marks `phiguard synth` puts on every identifier it makes: a TEST/SYN id prefix,
    /// the surname "Testpatient", the "Synthetic Way, Testville, ZZ 00000" address.
    /// A PHI rule's value carrying one is synthetic by construction.
    static func isSyntheticByConstruction(_ value: String) -> Bool {
        let upper = value.uppercased()
        for prefix in ["TEST", "SYN"] where upper.hasPrefix(prefix) {
            let rest = upper.dropFirst(prefix.count)
            if let next = rest.first, next.isNumber || next == "-" || next == "_" { return true }
        }
        let lower = value.lowercased()
        return ["testpatient", "synthetic way", "testville", "zz 00000"].contains { lower.contains($0) }
    }

    /// RFC 2606 / 6761 names that can never belong to a real person.
    static func isExampleDomain(_ value: String) -> Bool {
        let lower = value.lowercased()
        guard let at = lower.lastIndex(of: "@") else { return false }
        let domain = lower[lower.index(after: at)...]
        for reserved in ["example.com", "example.org", "example.net"] {
            if domain == reserved || domain.hasSuffix("." + reserved) { return true }
        }
        return domain.hasSuffix(".test") || domain.hasSuffix(".invalid") || domain.hasSuffix(".example")
            || domain.hasSuffix(".localhost")
    }
}
