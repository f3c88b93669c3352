import JWT
import Vapor

public func configure(_ app: Application) throws {
    app.sessions.use(.redis)
    app.sessions.configuration.cookieName = "clinic_session"
    app.sessions.configuration.cookieFactory = { sessionID in
        HTTPCookies.Value(string: sessionID.string, isSecure: false, isHTTPOnly: true)
    }
    app.middleware.use(app.sessions.middleware)

    let publicKey = try String(contentsOfFile: Environment.get("JWT_PUBLIC_KEY_PATH") ?? "/run/secrets/jwt.pem")
    try app.jwt.signers.use(.rs256(key: .public(pem: publicKey)))

    try routes(app)
}

func setRememberCookie(_ response: Response, token: String) {
    response.cookies["remember_token"] = HTTPCookies.Value(
        string: token,
        expires: Date().addingTimeInterval(60 * 60 * 24 * 14),
        isSecure: true,
        isHTTPOnly: true,
        sameSite: .strict
    )
}

func setKioskCookie(_ response: Response, token: String) {
    response.cookies["kiosk_token"] = HTTPCookies.Value(string: token, isHTTPOnly: false)
}
