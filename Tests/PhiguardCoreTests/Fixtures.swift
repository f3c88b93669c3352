/// Paths of the checked-in test fixtures, found from this file's location so the tests
/// run the same from any working directory.
enum Fixtures {
    static let directory: String = {
        let file = "\(#filePath)"
        return String(file[..<file.lastIndex(of: "/")!]) + "/Fixtures"
    }()
    static let rulesDirectory = directory + "/rules"
    static let expectedDirectory = directory + "/expected"
}
