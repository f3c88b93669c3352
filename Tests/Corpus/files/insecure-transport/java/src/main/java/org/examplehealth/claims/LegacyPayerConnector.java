package org.examplehealth.claims;

import javax.net.ssl.HttpsURLConnection;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLSocket;
import javax.net.ssl.SSLSocketFactory;
import org.apache.http.conn.ssl.NoopHostnameVerifier;
import org.apache.http.impl.client.CloseableHttpClient;
import org.apache.http.impl.client.HttpClients;

public class LegacyPayerConnector {

    public CloseableHttpClient eligibilityClient(SSLContext ctx) {
        return HttpClients.custom()
                .setSSLContext(ctx)
                .setSSLHostnameVerifier(NoopHostnameVerifier.INSTANCE)
                .build();
    }

    public SSLSocket openRemittanceSocket(String host) throws Exception {
        SSLSocketFactory factory = SSLContext.getDefault().getSocketFactory();
        SSLSocket socket = (SSLSocket) factory.createSocket(host, 8443);
        socket.setEnabledProtocols(new String[] {"TLSv1.2", "TLSv1.3"});
        return socket;
    }

    public SSLSocket openLegacySocket(String host) throws Exception {
        SSLSocketFactory factory = SSLContext.getDefault().getSocketFactory();
        SSLSocket socket = (SSLSocket) factory.createSocket(host, 9443);
        socket.setEnabledProtocols(new String[] {"TLSv1", "TLSv1.1"});
        return socket;
    }

    public void useStrictHostnames() {
        HttpsURLConnection.setDefaultHostnameVerifier(HttpsURLConnection.getDefaultHostnameVerifier());
    }
}
