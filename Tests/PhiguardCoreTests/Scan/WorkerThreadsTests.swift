@testable import PhiguardCore
import Synchronization
import Testing

/// Worker threads, including a spare started before it is known whether there is work.
@Suite struct WorkerThreadsTests {
    @Test func everyWorkerRunsOnceAndIsJoined() throws {
        for count in 1...4 {
            let ran = Mutex<[Int]>([])
            try WorkerThreads.run(count) { worker in ran.withLock { $0.append(worker) } }
            #expect(ran.withLock { $0.sorted() } == Array(0..<count))
        }
    }

    /// The spare thread becomes worker 1; the others are started as usual. `run` returns
    /// only when it has finished too.
    @Test func aSpareThreadIsWorkerOne() throws {
        for count in 2...4 {
            let spare = try #require(WorkerThreads.Spare())
            let ran = Mutex<[Int]>([])
            try WorkerThreads.run(count, spare: spare) { worker in ran.withLock { $0.append(worker) } }
            #expect(ran.withLock { $0.sorted() } == Array(0..<count))
            spare.release()   // after use: nothing happens (the thread was joined)
        }
    }

    /// Unused, a spare ends on its own: released before or after `run` decides it needs
    /// one thread only, and released twice, nothing waits and nothing runs twice.
    @Test func anUnusedSpareEnds() throws {
        let spare = try #require(WorkerThreads.Spare())
        let ran = Atomic<Int>(0)
        try WorkerThreads.run(1, spare: spare) { _ in ran.add(1, ordering: .relaxed) }
        #expect(ran.load(ordering: .relaxed) == 1)
        spare.release()
        let other = try #require(WorkerThreads.Spare())
        other.release()
        other.release()
    }
}
