/// The version printed by `phiguard version` and written into every JSON and SARIF report.
public enum PhiguardVersion {
    public static let current = "0.1.0"
}
