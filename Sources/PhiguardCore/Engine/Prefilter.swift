/// The keyword prefilter: one case-insensitive pass over a scan window finds every rule
/// whose keywords occur in it, so regexes run only for rules that can possibly match
/// (gitleaks does the same with its Aho-Corasick trie).
///
/// It is an Aho-Corasick automaton compiled into a dense DFA over a compressed alphabet:
/// bytes that occur in no keyword share one class, so the table stays small and the
/// inner loop is two array reads per byte.
struct Prefilter: Sendable {
    private let byteClass: [UInt8]          // 256 entries: byte -> alphabet class
    private let classCount: Int
    /// transitions: state * classCount + class -> next state. Rule indices whose keyword
    /// ends in state s: outputList[outputStart[s]..<outputStart[s+1]].
    private let tables: Tables
    /// Rules with no keywords: they run on every window.
    let unconditional: [Int]
    let ruleCount: Int

    /// A prefilter from its tables, as `PrefilterCache` stored them. nil unless they are
    /// consistent (every index in range), since `mark` reads them without bounds checks.
    /// The transition table (1.5 MB for the built-in pack) is the exception: reading all
    /// of it to check it cost more than a tiny commit's scan, so `mark` keeps each next
    /// state in range itself, and only the pages a scan visits are ever read.
    init?(byteClass: [UInt8], classCount: Int, tables: Tables, unconditional: [Int], ruleCount: Int) {
        guard byteClass.count == 256, classCount > 0, classCount <= 256, byteClass.allSatisfy({ Int($0) < classCount }),
              !tables.transitions.isEmpty, tables.transitions.count % classCount == 0 else { return nil }
        let stateCount = tables.transitions.count / classCount
        let outputStart = tables.outputStart
        guard outputStart.count == stateCount + 1, outputStart.first == 0, outputStart.last == Int32(tables.outputList.count),
              zip(outputStart, outputStart.dropFirst()).allSatisfy({ $0 <= $1 }),
              Prefilter.allIn(tables.outputList, 0..<ruleCount),
              unconditional.allSatisfy({ $0 >= 0 && $0 < ruleCount }) else { return nil }
        self.byteClass = byteClass
        self.classCount = classCount
        self.tables = tables
        self.unconditional = unconditional
        self.ruleCount = ruleCount
    }

    /// Whether every value lies in `range`: one pass of min and max, which the compiler
    /// vectorises (the transition table has hundreds of thousands of entries).
    private static func allIn(_ values: UnsafeBufferPointer<Int32>, _ range: Range<Int>) -> Bool {
        guard !values.isEmpty else { return true }
        var low = Int32.max, high = Int32.min
        for value in values {
            low = min(low, value)
            high = max(high, value)
        }
        return Int(low) >= range.lowerBound && Int(high) < range.upperBound
    }

    /// The tables, for `PrefilterCache`.
    var stored: (byteClass: [UInt8], classCount: Int, tables: Tables) { (byteClass, classCount, tables) }

    init(keywordsByRule: [[String]]) {
        ruleCount = keywordsByRule.count
        var classes = [UInt8](repeating: 0, count: 256)
        var next: UInt8 = 1
        var unconditional: [Int] = []
        for (rule, keywords) in keywordsByRule.enumerated() {
            if keywords.isEmpty { unconditional.append(rule) }
            for byte in keywords.joined().utf8 {
                let folded = ASCII.folded(byte)
                if classes[Int(folded)] == 0 {
                    classes[Int(folded)] = next
                    next += 1
                }
            }
        }
        for upper in UInt8(ascii: "A")...UInt8(ascii: "Z") { classes[Int(upper)] = classes[Int(upper | 0x20)] }
        self.unconditional = unconditional
        byteClass = classes
        classCount = Int(next)

        // The trie is built straight into the transition table (one row of `classCount`
        // entries per state, 0 = no child yet): no dictionaries, since this runs at every
        // start-up and hashing dominated it in the profile.
        let classCount = self.classCount
        var table = [Int32](repeating: 0, count: classCount * 64)
        var stateCount = 1
        var terminal: [[Int32]] = [[]]
        for (rule, keywords) in keywordsByRule.enumerated() {
            for keyword in keywords where !keyword.isEmpty {
                var state = 0
                for byte in keyword.utf8 {
                    let slot = state * classCount + Int(classes[Int(ASCII.folded(byte))])
                    if table[slot] == 0 {
                        if (stateCount + 1) * classCount > table.count {
                            table += [Int32](repeating: 0, count: table.count)
                        }
                        table[slot] = Int32(stateCount)
                        terminal.append([])
                        stateCount += 1
                    }
                    state = Int(table[slot])
                }
                if terminal[state].last != Int32(rule) { terminal[state].append(Int32(rule)) }
            }
        }
        table.removeLast(table.count - stateCount * classCount)

        // Breadth-first: failure links folded into a complete transition table. A child is
        // recognisable as a state number greater than its parent's (the trie only grows).
        var failure = [Int32](repeating: 0, count: stateCount)
        var outputs = terminal
        var queue: [Int] = []
        queue.reserveCapacity(stateCount)
        for cls in 0..<classCount where table[cls] != 0 { queue.append(Int(table[cls])) }
        var head = 0
        var isTrieChild = [Bool](repeating: false, count: stateCount)
        for state in queue { isTrieChild[state] = true }
        while head < queue.count {
            let state = queue[head]
            head += 1
            let fail = Int(failure[state])
            if !outputs[fail].isEmpty { outputs[state].append(contentsOf: outputs[fail]) }
            for cls in 0..<classCount {
                let slot = state * classCount + cls
                let child = Int(table[slot])
                if child > state && !isTrieChild[child] {
                    isTrieChild[child] = true
                    failure[child] = table[fail * classCount + cls]
                    queue.append(child)
                } else {
                    table[slot] = table[fail * classCount + cls]
                }
            }
        }
        var starts: [Int32] = [0]
        var list: [Int32] = []
        for var rules in outputs {
            if rules.count > 1 { rules = Array(Set(rules)).sorted() }
            list.append(contentsOf: rules)
            starts.append(Int32(list.count))
        }
        tables = Tables(transitions: table, outputStart: starts, outputList: list)
    }

    /// Marks in `hits` (indexed by rule) every rule whose keyword occurs in `bytes`.
    func mark(_ bytes: UnsafeBufferPointer<UInt8>, into hits: inout [Bool]) {
        forEachOccurrence(in: bytes) { _, rules in
            for rule in rules { hits[Int(rule)] = true }
        }
        for rule in unconditional { hits[rule] = true }
    }

    /// Calls `found` for every keyword occurrence in `bytes`, with the offset just past its
    /// last byte and the rules it belongs to (rules without keywords are not included).
    @inline(__always)
    func forEachOccurrence(in bytes: UnsafeBufferPointer<UInt8>,
                           _ found: (_ end: Int, _ rules: Slice<UnsafeBufferPointer<Int32>>) -> Void) {
        var state = 0
        let table = tables.transitions, starts = tables.outputStart, outputList = tables.outputList
        // A state outside the table (only a damaged cache file holds one) restarts the
        // automaton instead of reading out of bounds: one compare, which the loop hides.
        let stateCount = UInt(starts.count - 1)
        byteClass.withUnsafeBufferPointer { classes in
            for (offset, byte) in bytes.enumerated() {
                let next = Int(table[state &* classCount &+ Int(classes[Int(byte)])])
                state = UInt(bitPattern: next) < stateCount ? next : 0
                let first = Int(starts[state]), last = Int(starts[state &+ 1])
                if first != last { found(offset &+ 1, outputList[first..<last]) }
            }
        }
    }
}

extension Prefilter {
    /// The automaton's three integer tables, read in place from memory that `owner` keeps
    /// alive: the arrays of a fresh build, or a cache file mapped read-only.
    struct Tables: @unchecked Sendable {
        // @unchecked: the pointers are into `owner`, immutable and freed only with it.
        let transitions: UnsafeBufferPointer<Int32>
        let outputStart: UnsafeBufferPointer<Int32>
        let outputList: UnsafeBufferPointer<Int32>
        let owner: ReadOnlyBytes

        /// Tables at the given element ranges of `owner`, whose byte offsets must be
        /// multiples of 4 (the cache format aligns them).
        init(owner: ReadOnlyBytes, transitions: Range<Int>, outputStart: Range<Int>, outputList: Range<Int>) {
            let base = owner.bytes.baseAddress!
            func table(_ range: Range<Int>) -> UnsafeBufferPointer<Int32> {
                UnsafeBufferPointer(start: (base + range.lowerBound).assumingMemoryBound(to: Int32.self),
                                    count: (range.upperBound - range.lowerBound) / 4)
            }
            self.transitions = table(transitions)
            self.outputStart = table(outputStart)
            self.outputList = table(outputList)
            self.owner = owner
        }

        init(transitions: [Int32], outputStart: [Int32], outputList: [Int32]) {
            let all = transitions + outputStart + outputList
            let owner = all.withUnsafeBytes { ReadOnlyBytes(copying: $0) }
            let a = 4 * transitions.count, b = a + 4 * outputStart.count
            self.init(owner: owner, transitions: 0..<a, outputStart: a..<b, outputList: b..<(b + 4 * outputList.count))
        }
    }
}
