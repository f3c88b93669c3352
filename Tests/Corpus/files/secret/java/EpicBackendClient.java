package org.examplehealth.integration.epic;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;

public final class EpicBackendClient {

    private static final String TOKEN_URL = "https://fhir.epic.example.org/oauth2/token";
    private static final String CLIENT_ID = "4c1e0b7a-9f2d-4e8b-b3a6-0d5c7e9f1a2b";
    private static final String CLIENT_SECRET = "qm4c4ibgrYGQSwPoSGEe";
    private static final int MAX_PASSWORD_AGE_DAYS = 90;
    private static final Duration TOKEN_TIMEOUT = Duration.ofSeconds(10);

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(TOKEN_TIMEOUT).build();

    public HttpRequest tokenRequest() {
        String keystorePassword = System.getenv("EPIC_KEYSTORE_PASSWORD");
        return HttpRequest.newBuilder(URI.create(TOKEN_URL))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(
                        "grant_type=client_credentials&client_id=" + CLIENT_ID + "&client_secret=" + CLIENT_SECRET))
                .build();
    }

    public Connection reportingConnection() throws SQLException {
        return DriverManager.getConnection(
                "jdbc:postgresql://reporting-db.prod.internal:5432/reporting?user=report_ro&password=SD17QHQu2oLm5b&ssl=true");
    }

    public Connection stagingConnection(String user, char[] password) throws SQLException {
        return DriverManager.getConnection(
                "jdbc:postgresql://staging-db.internal:5432/reporting?ssl=true", user, new String(password));
    }
}
