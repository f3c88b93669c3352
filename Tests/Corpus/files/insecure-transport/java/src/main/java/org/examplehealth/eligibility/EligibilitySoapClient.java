package org.examplehealth.eligibility;

import java.net.URL;
import javax.net.ssl.HttpsURLConnection;
import javax.xml.parsers.DocumentBuilderFactory;

public class EligibilitySoapClient {

    private static final String WSDL = "http://eligibility.payer.example.com/ws/x12-270?wsdl";
    private static final String NS = "http://schemas.xmlsoap.org/soap/envelope/";

    public DocumentBuilderFactory safeFactory() throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        return factory;
    }

    public HttpsURLConnection open(String path) throws Exception {
        HttpsURLConnection conn = (HttpsURLConnection) new URL("https://eligibility.payer.example.com" + path).openConnection();
        conn.setHostnameVerifier((host, session) -> true);
        return conn;
    }

    public URL wsdl() throws Exception {
        return new URL(WSDL);
    }
}
