import CPCRE2

/// A compiled PCRE2 pattern, the only place in phiguard that sees a PCRE2 type.
///
/// Patterns are compiled with UTF, MATCH_INVALID_UTF (the subject is whatever bytes a blob
/// holds, valid UTF-8 or not) and MULTILINE (`^`/`$` at line boundaries), then JIT-compiled
/// when the platform supports it. Matching runs directly on the blob's bytes.
final class Pattern: @unchecked Sendable {
    // @unchecked: `code` is immutable after init, and PCRE2 documents compiled code as
    // safe to share between threads; match data (the mutable part) lives in `Matcher`.
    let source: String
    private let code: OpaquePointer
    /// The capture group named `value`, if the pattern has one.
    let valueGroup: Int?

    /// Capture groups beyond this many are not reported; rules never need that many.
    static let maximumGroups = 31

    /// - Parameter stored: code for this source from `PatternCache`, used when it decodes.
    init(_ source: String, owner: String, stored: PatternCache.Entry? = nil) throws {
        self.source = source
        let compiled = try stored.flatMap(PatternCache.decode).flatMap(Pattern.compiledWithOptions)
            ?? Pattern.compile(source, owner: owner)
        var groups: UInt32 = 0
        pcre2_pattern_info_8(compiled, UInt32(PCRE2_INFO_CAPTURECOUNT), &groups)
        guard groups <= Pattern.maximumGroups else {
            pcre2_code_free_8(compiled)
            throw PhiguardError.invalidRule(id: owner, reason: "pattern has \(groups) capture groups; at most \(Pattern.maximumGroups) are allowed")
        }
        let number = Array("value".utf8 + [0]).withUnsafeBufferPointer { name in
            pcre2_substring_number_from_name_8(compiled, name.baseAddress)
        }
        code = compiled
        valueGroup = number > 0 ? Int(number) : nil
        // A failed JIT compile (unsupported platform, out of executable memory) leaves the
        // interpreter in charge: slower, equally correct.
        _ = pcre2_jit_compile_8(code, UInt32(PCRE2_JIT_COMPLETE))
    }

    deinit { pcre2_code_free_8(code) }

    private static let options = UInt32(PCRE2_UTF) | UInt32(PCRE2_MATCH_INVALID_UTF) | UInt32(PCRE2_MULTILINE)
        | UInt32(PCRE2_USE_OFFSET_LIMIT)

    /// `code` if it was compiled with phiguard's options (stored code from before an
    /// options change is not); otherwise it is freed.
    private static func compiledWithOptions(_ code: OpaquePointer) -> OpaquePointer? {
        var stored: UInt32 = 0
        if pcre2_pattern_info_8(code, UInt32(PCRE2_INFO_ARGOPTIONS), &stored) == 0, stored == options { return code }
        pcre2_code_free_8(code)
        return nil
    }

    /// PCRE2 code for `source` with phiguard's options; the caller owns (and frees) it.
    static func compile(_ source: String, owner: String) throws -> OpaquePointer {
        var errorCode: Int32 = 0
        var errorOffset = 0
        let bytes = Array(source.utf8)
        let compiled = bytes.withUnsafeBufferPointer { buffer in
            pcre2_compile_8(buffer.baseAddress, buffer.count, options, &errorCode, &errorOffset, nil)
        }
        guard let compiled else {
            throw PhiguardError.invalidRule(
                id: owner, reason: "pattern does not compile at offset \(errorOffset): \(Pattern.message(for: errorCode))")
        }
        return compiled
    }

    /// One match: the whole match and, when the pattern has a `value` group that took
    /// part, that group. Offsets are absolute byte offsets into the subject.
    struct Match {
        let range: Range<Int>
        let value: Range<Int>?
    }

    /// Why matching stopped early: PCRE2's match, depth or heap limit, or a JIT stack
    /// overflow — a pathological pattern or input, reported rather than passed silently.
    struct LimitExceeded: Error {
        let code: Int32
        var description: String { Pattern.message(for: code) }
    }

    /// Every non-overlapping match that starts in `window`, in order.
    func matches(in subject: UnsafeBufferPointer<UInt8>, window: Range<Int>, using matcher: Matcher,
                 deadline: UInt64? = nil) throws(LimitExceeded) -> [Match] {
        var found: [Match] = []
        var offset = window.lowerBound
        let end = window.upperBound
        // Matches may start only within a slice of the window per call (PCRE2's offset
        // limit), so the scan's time budget is checked between slices: a pattern that stays
        // just under the match limit at every start offset of a long line is stopped too.
        // Under a deadline a slice starts small and doubles while calls are quick: a pattern
        // that backtracks for milliseconds at every offset (6 ms each for
        // `(?:a|aa){1,20}(?:!|z)` on a line of a's) made a first slice of 512 offsets a
        // 3-second call, whatever the budget.
        var slice = deadline == nil ? Pattern.maximumSlice : 16
        while offset <= end {
            let started = deadline == nil ? 0 : Monotonic.nanoseconds()
            if let deadline, started > deadline { throw LimitExceeded(code: Pattern.timeBudgetCode) }
            let sliceEnd = min(end, offset + slice)
            pcre2_set_offset_limit_8(matcher.context, sliceEnd)
            let rc = pcre2_match_8(code, subject.baseAddress, end, offset, 0, matcher.data, matcher.context)
            if deadline != nil {
                let took = Monotonic.nanoseconds() - started
                if took > 5_000_000 { slice = max(1, slice / 4) } else if took < 1_000_000 { slice = min(Pattern.maximumSlice, slice * 2) }
            }
            if rc == PCRE2_ERROR_NOMATCH {
                if sliceEnd >= end { break }
                offset = sliceEnd + 1
                while offset < end && (subject[offset] & 0xC0) == 0x80 { offset += 1 }
                continue
            }
            if rc < 0 { throw LimitExceeded(code: rc) }
            let ovector = pcre2_get_ovector_pointer_8(matcher.data)!
            let start = ovector[0], stop = ovector[1]
            var value: Range<Int>? = nil
            if let group = valueGroup, rc > group {
                let vs = ovector[2 * group], ve = ovector[2 * group + 1]
                if vs != Pattern.unset && ve >= vs { value = vs..<ve }
            }
            if start <= stop { found.append(Match(range: start..<stop, value: value)) }
            if stop > offset {
                offset = stop
            } else {
                // An empty match: step over one whole UTF-8 character and go on.
                offset = max(stop, offset) + 1
                while offset < end && (subject[offset] & 0xC0) == 0x80 { offset += 1 }
            }
        }
        pcre2_set_offset_limit_8(matcher.context, Pattern.unset)
        return found
    }

    /// Whether the pattern matches anywhere in `range`.
    func occurs(in subject: UnsafeBufferPointer<UInt8>, range: Range<Int>, using matcher: Matcher) throws(LimitExceeded) -> Bool {
        pcre2_set_offset_limit_8(matcher.context, Pattern.unset)
        let rc = pcre2_match_8(code, subject.baseAddress, range.upperBound, range.lowerBound, 0, matcher.data, matcher.context)
        if rc == PCRE2_ERROR_NOMATCH { return false }
        if rc < 0 { throw LimitExceeded(code: rc) }
        return true
    }

    private static let unset = Int(bitPattern: UInt(bitPattern: -1))
    /// Start offsets one match call may try before the budget is checked again.
    private static let maximumSlice = 512

    /// Not a PCRE2 code: the scan's own time budget ran out.
    static let timeBudgetCode: Int32 = -10_000

    static func message(for code: Int32) -> String {
        if code == timeBudgetCode { return "the scan's time budget ran out" }
        var buffer = [UInt8](repeating: 0, count: 256)
        let length = pcre2_get_error_message_8(code, &buffer, buffer.count)
        guard length > 0 else { return "PCRE2 error \(code)" }
        return String(decoding: buffer.prefix(Int(length)), as: UTF8.self)
    }
}

/// The mutable half of matching: one match-data block, match context and JIT stack,
/// created once per engine and reused for every match (never allocated per line).
final class Matcher {
    let data: OpaquePointer
    let context: OpaquePointer
    private let jitStack: OpaquePointer?

    /// Limits that bound a catastrophic pattern or line: PCRE2 gives up with an error
    /// instead of running for minutes.
    init(matchLimit: UInt32 = 5_000_000, depthLimit: UInt32 = 50_000) {
        data = pcre2_match_data_create_8(UInt32(Pattern.maximumGroups + 1), nil)
        context = pcre2_match_context_create_8(nil)
        pcre2_set_match_limit_8(context, matchLimit)
        pcre2_set_depth_limit_8(context, depthLimit)
        jitStack = pcre2_jit_stack_create_8(32 * 1024, 2 * 1024 * 1024, nil)
        if let jitStack { pcre2_jit_stack_assign_8(context, nil, UnsafeMutableRawPointer(jitStack)) }
    }

    deinit {
        pcre2_match_data_free_8(data)
        pcre2_match_context_free_8(context)
        if let jitStack { pcre2_jit_stack_free_8(jitStack) }
    }
}
