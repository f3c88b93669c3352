import FuzzSupport
import PhiguardCore

/// The override ledger read back from whatever bytes are on disk (a hand edit, a torn write,
/// a hostile file in a shared `.git`): `verify()` and `entries()` never crash, agree with each
/// other, and an intact ledger stays intact after one more append.
let directory = FuzzSupport.scratchDirectory("ledger")
let ledger = Ledger(directory: directory)

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    var input = FuzzInput(data, size)
    let mode = input.byte()
    // Payload: the ledger, then (after a NUL, when mode asks for it) the head record.
    let (log, head) = input.split(at: 0x00)
    FuzzSupport.writeFile(ledger.path, mode & 1 == 0 ? input.rest : log)
    if mode & 1 == 1 {
        FuzzSupport.writeFile(directory + "/overrides.head", head)
    } else {
        FuzzSupport.remove(directory + "/overrides.head")
    }

    let verdict: Ledger.Verification
    do {
        verdict = try ledger.verify()
    } catch {
        return 0  // an unreadable file is an error, which is fine
    }
    let entries = try? ledger.entries()
    switch verdict {
    case let .intact(count):
        guard let entries else { FuzzSupport.fail("verify() says intact(\(count)) but entries() throws") }
        if entries.count != count { FuzzSupport.fail("verify() counts \(count), entries() \(entries.count)") }
        var prev = LedgerEntry.genesis
        for entry in entries {
            if entry.prev != prev { FuzzSupport.fail("intact ledger with a broken chain") }
            prev = entry.hash
        }
        // Appending to an intact ledger keeps it intact (only sometimes: append fsyncs).
        if mode & 2 == 2 {
            let finding = Finding(ruleID: "phi-literal.fixture-ssn", category: .phiLiteral, severity: .block, file: "a.txt",
                                  line: 1, column: 1, commit: nil, message: "m", hipaa: "h", remediation: "r",
                                  fingerprint: String(repeating: "ab", count: 32), snippet: "")
            let override = AppliedOverride(kind: .bypass, finding: finding, reason: "synthetic value reviewed by compliance")
            do {
                try ledger.append([override], commit: nil, user: "fuzz", email: "fuzz@example.org")
            } catch {
                FuzzSupport.fail("append to an intact ledger failed: \(error)")
            }
            guard case .intact(count + 1)? = try? ledger.verify() else {
                FuzzSupport.fail("ledger not intact after appending to an intact one of \(count)")
            }
        }
    case let .broken(line, reason):
        if line < 0 { FuzzSupport.fail("broken at line \(line): \(reason)") }
        if reason.isEmpty { FuzzSupport.fail("broken without a reason") }
    }
    return 0
}

@_cdecl("FuzzLedger_main")
public func FuzzLedgerMain(_ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?) -> CInt {
    runFuzzer(argc, argv) { data, size in fuzz(data, size) }
}
