import Foundation
@testable import PortalKit

enum MockPatients {
    static let fixedID = UUID(uuidString: "6F1C2A9E-3B47-4D5A-9C1E-2B7F8A0D4E11")!
    static let calendar = Calendar(identifier: .gregorian)

    static let primary = Patient(
        id: fixedID,
        givenName: "Ottoline",
        familyName: "Rasmussen-Adeyemi",
        birthDate: calendar.date(from: DateComponents(year: 1944, month: 7, day: 21))!,
        medicareNumber: "5MJ8UF7HY29",
        email: "ottoline.ra@icloud.com"
    )

    static let empty = Patient(
        id: UUID(),
        givenName: "",
        familyName: "",
        birthDate: .distantPast,
        medicareNumber: "",
        email: "patient@example.com"
    )

    static let careTeamContact = CareTeamMember(
        name: "Dr. Ingrid Solvang",
        role: .physician,
        phone: "(206) 744-3000"
    )
}
