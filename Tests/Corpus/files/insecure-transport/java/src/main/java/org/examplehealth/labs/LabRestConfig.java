package org.examplehealth.labs;

import io.netty.handler.ssl.SslContext;
import io.netty.handler.ssl.SslContextBuilder;
import io.netty.handler.ssl.util.InsecureTrustManagerFactory;
import org.apache.hc.core5.ssl.SSLContextBuilder;
import org.apache.hc.client5.http.ssl.TrustAllStrategy;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.reactive.function.client.WebClient;

@Configuration
public class LabRestConfig {

    @Bean
    public WebClient resultsClient(WebClient.Builder builder) {
        return builder.baseUrl("http://results.reflab.example.com/api/v3").build();
    }

    @Bean
    public WebClient ordersClient(WebClient.Builder builder) {
        return builder.baseUrl("https://orders.reflab.example.com/api/v3").build();
    }

    @Bean
    public SslContext nettySsl() throws Exception {
        return SslContextBuilder.forClient()
                .trustManager(InsecureTrustManagerFactory.INSTANCE)
                .build();
    }

    @Bean
    public javax.net.ssl.SSLContext apacheSsl() throws Exception {
        return SSLContextBuilder.create()
                .loadTrustMaterial(TrustAllStrategy.INSTANCE)
                .setProtocol("TLSv1.2")
                .build();
    }
}
