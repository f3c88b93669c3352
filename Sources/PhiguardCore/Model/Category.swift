/// The fixed vocabulary of CONTRACT.md: every rule belongs to exactly one category, and
/// users, CI and the evaluation scripts key on these raw values.
public enum Category: String, CaseIterable, Sendable, Codable, Comparable {
    case secret
    case phiLiteral = "phi-literal"
    case phiLogging = "phi-logging"
    case insecureTransport = "insecure-transport"
    case weakCrypto = "weak-crypto"
    case insecureRandom = "insecure-random"
    case sessionSecurity = "session-security"
    case unencryptedStorage = "unencrypted-storage"
    case accessControl = "access-control"

    /// Findings about phiguard's own operation (an unjustified allow, a scan limit): they
    /// are not HIPAA categories and never count towards any of the nine.
    case meta

    /// The HIPAA Security/Privacy Rule anchor of CONTRACT.md, used when a rule gives none.
    public var hipaaAnchor: String {
        switch self {
        case .secret: return "45 CFR 164.312(a)(1), 164.312(d)"
        case .phiLiteral: return "45 CFR 164.514(b)(2)"
        case .phiLogging: return "45 CFR 164.312(b), 164.502(b)"
        case .insecureTransport: return "45 CFR 164.312(e)(1)"
        case .weakCrypto: return "45 CFR 164.312(a)(2)(iv), 164.312(e)(2)(ii)"
        case .insecureRandom: return "45 CFR 164.312(a)(2)(iv), 164.312(d)"
        case .sessionSecurity: return "45 CFR 164.312(d), 164.312(a)(2)(iii)"
        case .unencryptedStorage: return "45 CFR 164.312(a)(2)(iv), 164.312(c)(1)"
        case .accessControl: return "45 CFR 164.312(a)(1), 164.308(a)(4)"
        case .meta: return "45 CFR 164.316(b)(1)"
        }
    }

    /// Whether a finding of this category may show the matched text at all: the value of a
    /// secret or a PHI literal is exactly what must never reach output.
    public var matchIsSensitive: Bool { self == .secret || self == .phiLiteral }

    public static func < (lhs: Category, rhs: Category) -> Bool {
        allCases.firstIndex(of: lhs)! < allCases.firstIndex(of: rhs)!
    }
}
