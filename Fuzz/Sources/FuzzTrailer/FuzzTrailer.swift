import FuzzSupport
import PhiguardCore

/// Commit messages: `OverrideTrailer.parse(message:)` on any text, and the round trip the
/// commit-msg hook and CI rely on — a trailer appended with `append(_:to:)` must be read
/// back by `parse(message:)`, with the same rule, fingerprint prefix and reason.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    var input = FuzzInput(data, size)
    let mode = input.byte()
    let (messageBytes, reasonBytes) = input.split(at: 0x00)
    let message = String(decoding: messageBytes, as: UTF8.self)

    for trailer in OverrideTrailer.parse(message: message) {
        if trailer.fingerprintPrefix.count < 8 { FuzzSupport.fail("prefix '\(trailer.fingerprintPrefix)' shorter than 8") }
        if trailer.rule.isEmpty || trailer.reason.isEmpty { FuzzSupport.fail("trailer with an empty field: \(trailer.line)") }
        if trailer.line.contains("\n") { FuzzSupport.fail("trailer line spans lines") }
    }

    // A reason as `phiguard override --reason` would accept it.
    let reason = String(decoding: reasonBytes, as: UTF8.self)
    guard Justification.problem(with: reason) == nil else { return 0 }
    let rules = ["phi-literal.ssn-dashed", "secret.aws-access-key", "phi-logging.python-print-record"]
    let rule = rules[Int(mode) % rules.count]
    let fingerprint = String(repeating: "0123456789abcdef", count: 4)
    let new = OverrideTrailer(rule: rule, fingerprint: fingerprint, reason: reason)
    if new.line.contains(where: \.isNewline) { FuzzSupport.fail("constructed trailer spans lines: \(new.line.debugDescription)") }

    let appended = OverrideTrailer.append([new], to: message)
    // (A message that starts with a '#' line — git's comments, the scissors line — gets
    // its trailers above that line, so only a real subject line must stay first.)
    // A message of blanks only is empty to git (and to append).
    let subject = String(message.prefix(while: { !$0.isNewline && $0 != " " && $0 != "\t" }))
    if !message.hasPrefix("#"), !message.allSatisfy(\.isWhitespace), !appended.hasPrefix(subject) {
        FuzzSupport.fail("append lost the subject line")
    }
    let readBack = OverrideTrailer.parse(message: appended)
    guard readBack.contains(where: { $0.rule == new.rule && $0.fingerprintPrefix == new.fingerprintPrefix && $0.reason == new.reason }) else {
        FuzzSupport.fail("appended trailer not read back.\nmessage: \(message.debugDescription)\nappended: \(appended.debugDescription)\nread: \(readBack.map(\.line))")
    }
    // Appending the same trailer again changes nothing.
    if OverrideTrailer.append([new], to: appended) != appended {
        FuzzSupport.fail("append is not idempotent for \(appended.debugDescription)")
    }
    return 0
}

@_cdecl("FuzzTrailer_main")
public func FuzzTrailerMain(_ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?) -> CInt {
    runFuzzer(argc, argv) { data, size in fuzz(data, size) }
}
