import Foundation
import GRDB

struct PatientProfile: Codable {
    let id: String
    let fullName: String
    let dateOfBirth: String
    let insuranceMemberId: String
}

final class ProfileCache {
    private let defaults = UserDefaults.standard
    private let directory: URL

    init(directory: URL) {
        self.directory = directory
    }

    func remember(_ profile: PatientProfile) {
        defaults.set(profile.dateOfBirth, forKey: "patientDOB")
        UserDefaults.standard.set(profile.insuranceMemberId, forKey: "memberId")
    }

    func rememberAppearance(darkMode: Bool) {
        defaults.set(darkMode, forKey: "darkMode")
    }

    func persist(_ profile: PatientProfile) throws {
        let data = try JSONEncoder().encode(profile)
        try data.write(to: directory.appendingPathComponent("patient-\(profile.id).json"))
    }

    func persistProtected(_ profile: PatientProfile) throws {
        let data = try JSONEncoder().encode(profile)
        let url = directory.appendingPathComponent("patient-\(profile.id).json")
        try data.write(to: url, options: [.atomic, .completeFileProtection])
    }

    func openChartDatabase() throws -> DatabaseQueue {
        try DatabaseQueue(path: directory.appendingPathComponent("patient-charts.sqlite").path)
    }
}
