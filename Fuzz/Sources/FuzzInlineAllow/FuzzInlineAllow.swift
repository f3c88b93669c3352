import FuzzSupport
import PhiguardCore

/// `phiguard:allow <rule> -- <reason>` comments in any bytes, on every line.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let input = FuzzInput(data, size)
    let content = input.bytes
    let lines = lineCount(content)
    let wanted = Set(lines == 0 ? [1] : Array(1...lines))
    let allows = InlineAllow.find(in: content, lines: wanted)
    var previous = 0
    for allow in allows {
        if !wanted.contains(allow.line) { FuzzSupport.fail("allow on line \(allow.line), not asked for") }
        if allow.line < previous { FuzzSupport.fail("allows out of line order") }
        previous = allow.line
        if allow.target.isEmpty { FuzzSupport.fail("allow without a target") }
        if allow.target.contains(where: { $0.isWhitespace }) { FuzzSupport.fail("target '\(allow.target)' has white space") }
        if let reason = allow.reason, let first = reason.unicodeScalars.first, let last = reason.unicodeScalars.last,
           first.properties.isWhitespace || last.properties.isWhitespace {
            FuzzSupport.fail("reason not trimmed: '\(reason)'")
        }
        _ = Justification.problem(with: allow.reason)
        let finding = Finding(ruleID: allow.target, category: .phiLiteral, severity: .block, file: "f", line: allow.line + 1,
                              column: 1, commit: nil, message: "m", hipaa: "h", remediation: "r",
                              fingerprint: String(repeating: "0", count: 64), snippet: "")
        if !allow.covers(finding) { FuzzSupport.fail("allow does not cover a finding on the line below it") }
    }
    // Only the lines asked for are parsed.
    if lines > 1 {
        let odd = Set(stride(from: 1, through: lines, by: 2))
        for allow in InlineAllow.find(in: content, lines: odd) where !odd.contains(allow.line) {
            FuzzSupport.fail("allow on line \(allow.line), not asked for")
        }
    }
    return 0
}


@_cdecl("FuzzInlineAllow_main")
public func FuzzInlineAllowMain(_ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?) -> CInt {
    runFuzzer(argc, argv) { data, size in fuzz(data, size) }
}
