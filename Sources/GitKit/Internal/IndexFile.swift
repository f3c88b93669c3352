internal import CLibGit2
#if canImport(Glibc)
import Glibc
#endif

/// git's index file (`.git/index`), read directly for the staged scan's fast path.
///
/// Why not libgit2's reader: it re-hashes the whole file with collision-detecting SHA-1
/// and copies every entry into a hash map on each open — two thirds of a hook run with
/// nothing staged in a 2,600-file repository. git itself trusts the file (it checks the
/// checksum only in `fsck`) and uses the cache-tree extension to skip unchanged folders;
/// so does this. Anything this reader does not fully understand — split or sparse
/// indexes, conflicts, intent-to-add entries, an unknown required extension, a
/// malformed byte — makes `read` return nil, and the caller falls back to libgit2,
/// which also produces the error message for a damaged index.
///
/// The file is mapped, not read: its entries' paths are read where they lie (git maps the
/// index too; git replaces it by renaming a new file over it, so a mapping never sees it
/// change). Reading it into an array faulted in a fresh page for every 4 KB of it (a
/// quarter megabyte in a 2,600-file repository) and copied it, on every hook run.
struct IndexFile: @unchecked Sendable {
    // @unchecked: the entries' paths point into `storage`, which is immutable and freed
    // only with the last copy of this value.
    struct Entry {
        /// Repository-relative path, `/`-separated bytes: in the mapped file, or for version
        /// 4's compressed paths in memory `storage` owns. Valid while the IndexFile is.
        let path: Path
        let mode: UInt32
        /// libgit2's form: compared against tree entries without conversion.
        let id: git_oid
        /// The work-tree file's size when it was staged (git's stat data, truncated to 32 bits):
        /// the blob's size but for clean filters, good enough to plan work by.
        let size: UInt32
    }

    typealias Path = Slice<UnsafeBufferPointer<UInt8>>

    /// Stage-0 entries in index order (byte order of their paths), decoded where they lie
    /// when read: a walk reads the entries of the few folders a commit changed, and an
    /// array of decoded entries was 64 bytes for each of them (166 KB, 41 fresh pages, in
    /// a 2,600-file repository).
    let entries: Entries

    struct Entries: RandomAccessCollection {
        fileprivate let file: UnsafeBufferPointer<UInt8>
        fileprivate let records: [Record]
        /// Version 4's paths, made (one per entry) since the file holds them compressed.
        fileprivate let madePaths: [Path]

        var startIndex: Int { 0 }
        var endIndex: Int { records.count }

        subscript(position: Int) -> Entry {
            let start = Int(records[position].start)
            func uint32(_ offset: Int) -> UInt32 {
                UInt32(bigEndian: UnsafeRawBufferPointer(file).loadUnaligned(fromByteOffset: start + offset, as: UInt32.self))
            }
            var id = git_oid()
            withUnsafeMutableBytes(of: &id.id) { target in
                target.copyMemory(from: UnsafeRawBufferPointer(UnsafeBufferPointer(rebasing: file[(start + 40)..<(start + 40 + IndexFile.hashSize)])))
            }
            return Entry(path: path(at: position), mode: uint32(24), id: id, size: uint32(36))
        }

        /// Only the path: the walk reads the paths of every entry of a changed folder to
        /// find where its subfolders' runs end, and the rest of those entries never.
        func path(at position: Int) -> Path {
            guard madePaths.isEmpty else { return madePaths[position] }
            let record = records[position]
            return file[Int(record.pathStart)..<Int(record.pathStart + record.pathLength)]
        }
    }

    /// Where an entry lies in the file (its fields were bounds-checked when it was read).
    fileprivate struct Record {
        let start: UInt32
        let pathStart: UInt32
        let pathLength: UInt32
    }
    /// The mapped file and the paths made for version 4, kept alive for `entries`.
    private let storage: Storage
    /// The folders the cache-tree extension holds as valid, by folder path ("" for the
    /// root, "a/b" below it). A folder listed here has exactly this tree in the index.
    let validTrees: CachedTrees

    struct CachedTree {
        var id: git_oid
        /// How many index entries lie below the folder (to step over them unread).
        let entryCount: Int
    }

    /// Valid folders sorted by path bytes, found by binary search. (Not a dictionary keyed
    /// by [UInt8]: its first use made the Swift runtime search every protocol conformance
    /// in the binary for Array's Hashable, a tenth of a hook run with nothing staged.)
    struct CachedTrees {
        private var folders: [(path: [UInt8], tree: CachedTree)] = []

        init() {}

        /// nil when a folder is listed twice (a damaged extension: libgit2 takes over).
        init?(_ folders: [(path: [UInt8], tree: CachedTree)]) {
            let sorted = folders.sorted { IndexFile.precedes($0.path[...], $1.path[...]) }
            for index in sorted.indices.dropFirst() where IndexFile.compare(sorted[index - 1].path[...], sorted[index].path[...]) == 0 {
                return nil
            }
            self.folders = sorted
        }

        subscript(path: [UInt8]) -> CachedTree? {
            var low = 0, high = folders.count
            while low < high {
                let middle = (low + high) / 2
                let order = IndexFile.compare(folders[middle].path[...], path[...])
                if order == 0 { return folders[middle].tree }
                if order < 0 { low = middle + 1 } else { high = middle }
            }
            return nil
        }
    }

    /// git's order of paths, byte by byte with a prefix first: negative, zero or positive.
    static func compare(_ a: ArraySlice<UInt8>, _ b: ArraySlice<UInt8>) -> Int {
        a.withUnsafeBufferPointer { x in b.withUnsafeBufferPointer { y in compare(x, y) } }
    }

    static func compare(_ a: UnsafeBufferPointer<UInt8>, _ b: UnsafeBufferPointer<UInt8>) -> Int {
        let common = min(a.count, b.count)
        let order = common == 0 ? 0 : Int(memcmp(a.baseAddress!, b.baseAddress!, common))
        return order != 0 ? order : a.count - b.count
    }

    /// Owns the mapping and version 4's paths.
    final class Storage {
        let mapping: UnsafeRawBufferPointer
        fileprivate var made: [UnsafeMutableBufferPointer<UInt8>] = []

        fileprivate init(mapping: UnsafeRawBufferPointer) { self.mapping = mapping }

        /// `prefix` followed by `suffix`, in memory kept until the index is released.
        fileprivate func path(_ prefix: Path, _ suffix: Path) -> Path {
            let path = UnsafeMutableBufferPointer<UInt8>.allocate(capacity: prefix.count + suffix.count)
            _ = path.initialize(from: prefix)
            _ = UnsafeMutableBufferPointer(rebasing: path[prefix.count...]).initialize(from: suffix)
            made.append(path)
            return UnsafeBufferPointer(path)[...]
        }

        deinit {
            for path in made { path.deallocate() }
            munmap(UnsafeMutableRawPointer(mutating: mapping.baseAddress), mapping.count)
        }
    }

    private static let hashSize = 20

    static func read(path: String) -> IndexFile? {
        guard let storage = map(path) else { return nil }
        var reader = Reader(storage: storage)
        return reader.index()
    }

    private struct Reader {
        let storage: Storage
        let bytes: UnsafeBufferPointer<UInt8>
        var offset = 0

        init(storage: Storage) {
            self.storage = storage
            bytes = storage.mapping.assumingMemoryBound(to: UInt8.self)
        }

        mutating func uint32() -> UInt32? {
            guard offset + 4 <= bytes.count else { return nil }
            defer { offset += 4 }
            return UInt32(bigEndian: storage.mapping.loadUnaligned(fromByteOffset: offset, as: UInt32.self))
        }

        mutating func uint16() -> UInt16? {
            guard offset + 2 <= bytes.count else { return nil }
            defer { offset += 2 }
            return UInt16(bytes[offset]) << 8 | UInt16(bytes[offset + 1])
        }

        mutating func objectID() -> git_oid? {
            guard offset + IndexFile.hashSize <= bytes.count else { return nil }
            defer { offset += IndexFile.hashSize }
            var id = git_oid()
            withUnsafeMutableBytes(of: &id.id) { target in
                target.copyMemory(from: UnsafeRawBufferPointer(rebasing: storage.mapping[offset..<(offset + IndexFile.hashSize)]))
            }
            return id
        }

        /// git's offset varint (index v4 path compression).
        mutating func varint() -> Int? {
            guard offset < bytes.count else { return nil }
            var byte = bytes[offset]
            offset += 1
            var value = Int(byte & 0x7F)
            while byte & 0x80 != 0 {
                guard offset < bytes.count, value < Int.max >> 8 else { return nil }
                byte = bytes[offset]
                offset += 1
                value = ((value + 1) << 7) | Int(byte & 0x7F)
            }
            return value
        }

        /// Bytes up to the next NUL, which is consumed.
        mutating func terminated() -> Path? {
            // memchr: this runs once per index entry, on every hook run.
            guard offset < bytes.count, let found = memchr(bytes.baseAddress! + offset, 0, bytes.count - offset) else { return nil }
            let end = UnsafeRawPointer(found) - UnsafeRawPointer(bytes.baseAddress!)
            defer { offset = end + 1 }
            return bytes[offset..<end]
        }

        mutating func index() -> IndexFile? {
            guard bytes.count >= 12 + IndexFile.hashSize, bytes.starts(with: "DIRC".utf8) else { return nil }
            offset = 4
            guard let version = uint32(), (2...4).contains(version), let count = uint32(),
                  Int(count) <= (bytes.count - 12) / 20 else { return nil }
            let end = bytes.count - IndexFile.hashSize
            var records: [Record] = []
            records.reserveCapacity(Int(count))
            var madePaths: [Path] = []
            var previous: Path = bytes[0..<0]
            for _ in 0..<count {
                let start = offset
                offset += 24   // ctime, mtime, dev, ino
                guard let mode = uint32() else { return nil }
                // uid, gid, size and id: read on access (`Entries`); the flags after them
                // being in the file puts them in it too.
                offset += 8 + 4 + IndexFile.hashSize
                guard let flags = uint16() else { return nil }
                var headerSize = 62
                if flags & 0x4000 != 0 {
                    guard version >= 3, let extended = uint16() else { return nil }
                    // Intent-to-add (0x2000) has no blob yet; other extended flags (skip-worktree) do
                    // not change what is staged.
                    if extended & 0x2000 != 0 { return nil }
                    headerSize = 64
                }
                // A conflict (stage 1-3) is for libgit2's path, which names it.
                guard (flags >> 12) & 0x3 == 0 else { return nil }
                let path: Path
                if version == 4 {
                    guard let strip = varint(), strip <= previous.count, let suffix = terminated() else { return nil }
                    path = storage.path(previous.dropLast(strip), suffix)
                } else {
                    guard let name = terminated() else { return nil }
                    path = name
                    // NUL padding to a multiple of eight bytes, at least one.
                    offset = start + ((headerSize + path.count + 8) & ~7)
                }
                guard offset <= end, !path.isEmpty, path.first != UInt8(ascii: "/"),
                      [0o100644, 0o100755, 0o120000, 0o160000].contains(mode) else { return nil }
                // Sorted, without duplicates: the merge with the tree relies on it.
                if !records.isEmpty, IndexFile.compare(UnsafeBufferPointer(rebasing: previous), UnsafeBufferPointer(rebasing: path)) >= 0 {
                    return nil
                }
                if version == 4 {
                    madePaths.append(path)
                    records.append(Record(start: UInt32(start), pathStart: 0, pathLength: 0))
                } else {
                    records.append(Record(start: UInt32(start), pathStart: UInt32(path.startIndex), pathLength: UInt32(path.count)))
                }
                previous = path
            }
            var validTrees = CachedTrees()
            while offset < end {
                guard offset + 8 <= end else { return nil }
                let signature = bytes[offset..<(offset + 4)]
                offset += 4
                guard let size = uint32(), Int(size) <= end - offset else { return nil }
                let extensionEnd = offset + Int(size)
                if signature.elementsEqual("TREE".utf8) {
                    guard let trees = cacheTree(end: extensionEnd) else { return nil }
                    validTrees = trees
                } else if !(UInt8(ascii: "A")...UInt8(ascii: "Z")).contains(signature[signature.startIndex]) {
                    // A required extension: "link" (split index), "sdir" (sparse index) or a newer one.
                    return nil
                }
                offset = extensionEnd
            }
            return IndexFile(entries: Entries(file: bytes, records: records, madePaths: madePaths), storage: storage,
                             validTrees: validTrees)
        }

        /// A decimal number (at most nine digits, after an optional "-") ending in
        /// `terminator`, which is consumed.
        mutating func decimal(end: Int, allowingMinus: Bool, then terminator: UInt8) -> Int? {
            let negative = allowingMinus && offset < end && bytes[offset] == UInt8(ascii: "-")
            if negative { offset += 1 }
            var value = 0, digits = 0
            while offset < end, digits <= 9 {
                let byte = bytes[offset]
                offset += 1
                if byte == terminator { return digits > 0 ? (negative ? -value : value) : nil }
                guard byte >= UInt8(ascii: "0"), byte <= UInt8(ascii: "9") else { return nil }
                value = value * 10 + Int(byte - UInt8(ascii: "0"))
                digits += 1
            }
            return nil
        }

        /// The TREE extension: nodes in pre-order, each `name NUL entry-count SP
        /// subtree-count LF [id if entry-count >= 0]`.
        mutating func cacheTree(end: Int) -> CachedTrees? {
            var valid: [(path: [UInt8], tree: CachedTree)] = []
            var open: [(path: [UInt8], children: Int)] = []
            var first = true
            while offset < end {
                while let last = open.last, last.children == 0 { open.removeLast() }
                guard let name = terminated(), let entryCount = decimal(end: end, allowingMinus: true, then: UInt8(ascii: " ")),
                      let subtrees = decimal(end: end, allowingMinus: false, then: 0x0A) else { return nil }
                let path: [UInt8]
                if first {
                    guard name.isEmpty else { return nil }
                    path = []
                    first = false
                } else {
                    guard !open.isEmpty, !name.isEmpty else { return nil }
                    open[open.count - 1].children -= 1
                    let parent = open[open.count - 1].path
                    path = parent.isEmpty ? Array(name) : parent + [UInt8(ascii: "/")] + name
                }
                if entryCount >= 0 {
                    guard offset + IndexFile.hashSize <= end, let id = objectID() else { return nil }
                    valid.append((path, CachedTree(id: id, entryCount: entryCount)))
                }
                open.append((path, subtrees))
            }
            return offset == end ? CachedTrees(valid) : nil  // (nil also for a folder listed twice)
        }
    }

    static func precedes(_ a: ArraySlice<UInt8>, _ b: ArraySlice<UInt8>) -> Bool { compare(a, b) < 0 }

    /// The whole file, mapped read-only; nil when it cannot be (libgit2 then says why).
    private static func map(_ path: String) -> Storage? {
        let fd = open(path, O_RDONLY | O_CLOEXEC | O_NONBLOCK)
        guard fd >= 0 else { return nil }
        defer { close(fd) }
        var info = stat()
        guard fstat(fd, &info) == 0, (info.st_mode & S_IFMT) == S_IFREG, info.st_size > 0, info.st_size < 1 << 31 else { return nil }
        let size = Int(info.st_size)
        guard let address = mmap(nil, size, PROT_READ, MAP_PRIVATE, fd, 0), address != MAP_FAILED else { return nil }
        return Storage(mapping: UnsafeRawBufferPointer(start: address, count: size))
    }
}
