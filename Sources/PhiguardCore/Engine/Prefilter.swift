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
    private let transitions: [Int32]        // state * classCount + class -> next state
    // Rule indices whose keyword ends in state s: outputList[outputStart[s]..<outputStart[s+1]].
    private let outputStart: [Int32]
    private let outputList: [Int32]
    /// Rules with no keywords: they run on every window.
    let unconditional: [Int]
    let ruleCount: Int

    init(keywordsByRule: [[String]]) {
        ruleCount = keywordsByRule.count
        var classes = [UInt8](repeating: 0, count: 256)
        var next: UInt8 = 1
        var unconditional: [Int] = []
        for (rule, keywords) in keywordsByRule.enumerated() {
            if keywords.isEmpty { unconditional.append(rule) }
            for byte in keywords.joined().utf8 {
                let folded = Prefilter.fold(byte)
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

        // The trie, with child lookups through a dictionary while building.
        var children: [[Int: Int32]] = [[:]]
        var terminal: [[Int32]] = [[]]
        for (rule, keywords) in keywordsByRule.enumerated() {
            for keyword in Set(keywords) where !keyword.isEmpty {
                var state = 0
                for byte in keyword.utf8 {
                    let cls = Int(classes[Int(Prefilter.fold(byte))])
                    if let child = children[state][cls] {
                        state = Int(child)
                    } else {
                        children.append([:])
                        terminal.append([])
                        children[state][cls] = Int32(children.count - 1)
                        state = children.count - 1
                    }
                }
                terminal[state].append(Int32(rule))
            }
        }

        // Breadth-first: failure links folded into a complete transition table.
        let stateCount = children.count
        var table = [Int32](repeating: 0, count: stateCount * classCount)
        var failure = [Int32](repeating: 0, count: stateCount)
        var outputs = terminal
        var queue: [Int] = []
        for cls in 0..<classCount {
            if let child = children[0][cls] {
                table[cls] = child
                queue.append(Int(child))
            }
        }
        var head = 0
        while head < queue.count {
            let state = queue[head]
            head += 1
            let fail = Int(failure[state])
            if !outputs[fail].isEmpty { outputs[state].append(contentsOf: outputs[fail]) }
            for cls in 0..<classCount {
                if let child = children[state][cls] {
                    failure[Int(child)] = table[fail * classCount + cls]
                    table[state * classCount + cls] = child
                    queue.append(Int(child))
                } else {
                    table[state * classCount + cls] = table[fail * classCount + cls]
                }
            }
        }
        transitions = table
        var starts: [Int32] = [0]
        var list: [Int32] = []
        for rules in outputs {
            list.append(contentsOf: Array(Set(rules)).sorted())
            starts.append(Int32(list.count))
        }
        outputStart = starts
        outputList = list
    }

    /// Marks in `hits` (indexed by rule) every rule whose keyword occurs in `bytes`.
    func mark(_ bytes: UnsafeBufferPointer<UInt8>, into hits: inout [Bool]) {
        var state = 0
        transitions.withUnsafeBufferPointer { table in
            byteClass.withUnsafeBufferPointer { classes in
                outputStart.withUnsafeBufferPointer { starts in
                    for byte in bytes {
                        state = Int(table[state &* classCount &+ Int(classes[Int(byte)])])
                        let first = Int(starts[state]), last = Int(starts[state &+ 1])
                        if first != last {
                            for index in first..<last { hits[Int(outputList[index])] = true }
                        }
                    }
                }
            }
        }
        for rule in unconditional { hits[rule] = true }
    }

    private static func fold(_ byte: UInt8) -> UInt8 {
        (byte >= 65 && byte <= 90) ? byte | 0x20 : byte
    }
}
