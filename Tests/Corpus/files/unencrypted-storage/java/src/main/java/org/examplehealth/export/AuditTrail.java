package org.examplehealth.export;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;

public class AuditTrail implements AutoCloseable {
    private final Connection conn;

    public AuditTrail(String dataDir) throws SQLException {
        conn = DriverManager.getConnection("jdbc:sqlite:" + dataDir + "/audit-trail.db");
        conn.createStatement().execute(
            "CREATE TABLE IF NOT EXISTS audit (at TEXT, actor TEXT, patient_id TEXT, action TEXT)");
    }

    public void append(String actor, String patientId, String action) throws SQLException {
        try (PreparedStatement ps = conn.prepareStatement("INSERT INTO audit VALUES (datetime('now'), ?, ?, ?)")) {
            ps.setString(1, actor);
            ps.setString(2, patientId);
            ps.setString(3, action);
            ps.executeUpdate();
        }
    }

    @Override
    public void close() throws SQLException {
        conn.close();
    }
}
