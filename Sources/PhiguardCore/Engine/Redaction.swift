/// Builds the one-line snippet a finding shows, with everything sensitive replaced by
/// `<redacted>`. It is the only way a snippet is made, so redaction cannot be forgotten.
///
/// Two layers: the match's own sensitive span (the rule's `value` group, or the whole
/// match for secret and PHI rules) is cut out first; then, whatever the rule, anything on
/// the line that looks like a value (long digit runs, e-mail addresses, long random-looking
/// tokens, and for secret/PHI rules every quoted string) is masked too, because a line
/// flagged for one reason can carry PHI for another.
enum Redaction {
    static let placeholder = "<redacted>"
    static let maximumLength = 160

    /// - Parameters:
    ///   - line: the bytes of the line, without its line break.
    ///   - sensitive: byte ranges within `line` to cut out.
    static func snippet(line: ArraySlice<UInt8>, sensitive: [Range<Int>], category: Category, language: Language) -> String {
        if category == .phiLiteral && [.csv, .tsv, .text, .hl7, .markdown].contains(language) {
            // In data and prose every field can be an identifier; show none of them.
            return "<redacted line>"
        }
        var bytes: [UInt8] = []
        bytes.reserveCapacity(line.count)
        let base = line.startIndex
        var index = base
        let cuts = sensitive.map { ($0.lowerBound + base)..<($0.upperBound + base) }
            .filter { !$0.isEmpty }.sorted { $0.lowerBound < $1.lowerBound }
        var cutIndex = 0
        while index < line.endIndex {
            if cutIndex < cuts.count, cuts[cutIndex].lowerBound <= index {
                if cuts[cutIndex].upperBound > index {
                    bytes.append(contentsOf: placeholder.utf8)
                    index = cuts[cutIndex].upperBound
                }
                cutIndex += 1
                continue
            }
            bytes.append(line[index])
            index += 1
        }
        var text = String(decoding: bytes, as: UTF8.self)
        text = scrub(text, maskStrings: category.matchIsSensitive, maskNames: category == .phiLiteral)
        text = text.trimmingWhitespace()
        if text.count > maximumLength { text = String(text.prefix(maximumLength - 1)) + "…" }
        return text
    }

    /// Masks value-shaped tokens anywhere in the text.
    /// - Parameter maskNames: also hide capitalised words (a second name on a PHI line,
    ///   `<family>Kilbride</family>`, `last_name: Kilbride`); short all-capital labels such
    ///   as MRN or DOB stay readable.
    static func scrub(_ text: String, maskStrings: Bool, maskNames: Bool = false) -> String {
        var output = ""
        output.reserveCapacity(text.utf8.count)
        let scalars = Array(text.unicodeScalars)
        var i = 0
        func isToken(_ s: Unicode.Scalar) -> Bool {
            s.properties.isAlphabetic || ("0"..."9").contains(s) || s == "_" || s == "-" || s == "+" || s == "/"
                || s == "=" || s == "." || s == "@"
        }
        while i < scalars.count {
            let scalar = scalars[i]
            if maskStrings, scalar == "\"" || scalar == "'" || scalar == "`" {
                // A quoted string: keep the quotes, hide the contents unless trivially short.
                var j = i + 1
                while j < scalars.count && scalars[j] != scalar {
                    if scalars[j] == "\\" { j += 1 }
                    j += 1
                }
                if j < scalars.count {
                    let inner = j - i - 1
                    output.unicodeScalars.append(scalar)
                    if inner > 3 {
                        output += placeholder
                    } else {
                        output.unicodeScalars.append(contentsOf: scalars[(i + 1)..<j])
                    }
                    output.unicodeScalars.append(scalar)
                    i = j + 1
                    continue
                }
            }
            if isToken(scalar) {
                var j = i
                while j < scalars.count && isToken(scalars[j]) { j += 1 }
                let token = String(String.UnicodeScalarView(scalars[i..<j]))
                output += looksLikeValue(token) || (maskNames && looksLikeName(token)) ? placeholder : token
                i = j
                continue
            }
            // Digit runs broken by spaces or parentheses (phone numbers) are caught here.
            if scalar == "(" || scalar == " ", let end = spacedNumberEnd(scalars, from: i) {
                output += (scalar == " " ? " " : "") + placeholder
                i = end
                continue
            }
            output.unicodeScalars.append(scalar)
            i += 1
        }
        return output
    }

    /// Tokens that are values rather than code: 6+ digits in total (SSNs, MRNs, dates,
    /// phone and account numbers), e-mail addresses, and long high-entropy strings.
    static func looksLikeValue(_ token: String) -> Bool {
        if token == placeholder { return false }
        let digits = token.reduce(0) { $0 + ($1.isASCIIDigit ? 1 : 0) }
        if digits >= 6 { return true }
        if token.contains("@"), token.contains(".") { return true }
        if token.count >= 20 {
            let letters = token.filter { $0.isLetter }.count
            if digits > 0 && letters > 0 && Checks.shannonEntropy(token) >= 3.5 { return true }
        }
        return false
    }

    /// A capitalised word that could be a person's or a place's name.
    static func looksLikeName(_ token: String) -> Bool {
        guard let first = token.unicodeScalars.first, first.properties.isUppercase else { return false }
        let letters = token.unicodeScalars.filter { $0.properties.isAlphabetic }
        if letters.allSatisfy({ $0.properties.isUppercase }) && letters.count <= 4 { return false }
        return letters.count >= 2
    }

    /// `(555) 867 5309` and `555 867 5309`: digit groups separated by spaces and parentheses.
    private static func spacedNumberEnd(_ scalars: [Unicode.Scalar], from start: Int) -> Int? {
        var j = start, digits = 0, groups = 0
        var lastDigitEnd = start
        while j < scalars.count {
            let s = scalars[j]
            if ("0"..."9").contains(s) {
                var k = j
                while k < scalars.count && ("0"..."9").contains(scalars[k]) { k += 1 }
                digits += k - j; groups += 1; j = k; lastDigitEnd = k
            } else if s == " " || s == "(" || s == ")" || s == "-" || s == "." {
                j += 1
            } else {
                break
            }
        }
        return digits >= 7 && groups >= 2 ? lastDigitEnd : nil
    }
}

extension String {
    func trimmingWhitespace() -> String {
        let scalars = unicodeScalars
        guard let first = scalars.firstIndex(where: { !$0.properties.isWhitespace }),
              let last = scalars.lastIndex(where: { !$0.properties.isWhitespace }) else { return "" }
        return String(scalars[first...last])
    }
}
