import Synchronization

/// Findings of content already scanned in this run, keyed by path, blob and added lines:
/// a cherry-pick, a revert or a rebased branch brings the same added content again, and
/// it is scanned once. Bounded, so a long history cannot grow it without limit.
final class ScanCache: Sendable {
    struct Entry: Sendable {
        let findings: [Finding]
        let bytes: Int
    }

    private let entries = Mutex<[String: Entry]>([:])
    private let capacity: Int

    init(capacity: Int = 20_000) { self.capacity = capacity }

    static func key(path: String, blob: String, lines: [Int]) -> String {
        var hasher = 14_695_981_039_346_656_037 as UInt64
        for line in lines { hasher = (hasher ^ UInt64(line)) &* 1_099_511_628_211 }
        return "\(blob):\(hasher):\(lines.count):\(path)"
    }

    func findings(for key: String) -> Entry? { entries.withLock { $0[key] } }

    func store(_ findings: [Finding], bytes: Int, for key: String) {
        entries.withLock { table in
            if table.count >= capacity { table.removeAll(keepingCapacity: true) }
            table[key] = Entry(findings: findings, bytes: bytes)
        }
    }
}
