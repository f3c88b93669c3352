package org.examplehealth.auth;

import com.auth0.jwt.JWT;
import com.auth0.jwt.algorithms.Algorithm;
import com.auth0.jwt.interfaces.DecodedJWT;
import io.jsonwebtoken.Claims;
import io.jsonwebtoken.Jwts;
import java.security.interfaces.RSAPublicKey;
import org.springframework.context.annotation.Bean;
import org.springframework.security.oauth2.core.OAuth2TokenValidatorResult;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;

public class TokenService {

    private final RSAPublicKey publicKey;

    public TokenService(RSAPublicKey publicKey) {
        this.publicKey = publicKey;
    }

    public String clinicianId(String token) {
        DecodedJWT jwt = JWT.decode(token);
        return jwt.getSubject();
    }

    public String verifiedClinicianId(String token) {
        DecodedJWT jwt = JWT.require(Algorithm.RSA256(publicKey, null))
                .withIssuer("https://auth.clinic.example.org/")
                .build()
                .verify(token);
        return jwt.getSubject();
    }

    public Claims partnerClaims(String token) {
        return Jwts.parser().parseClaimsJwt(token).getBody();
    }

    public Claims labClaims(String token) {
        return Jwts.parserBuilder().setSigningKey(publicKey).build().parseClaimsJws(token).getBody();
    }

    public Algorithm legacyAlgorithm() {
        return Algorithm.none();
    }

    @Bean
    JwtDecoder jwtDecoder() {
        NimbusJwtDecoder decoder = NimbusJwtDecoder.withPublicKey(publicKey).build();
        return decoder;
    }

    @Bean
    JwtDecoder partnerJwtDecoder() {
        NimbusJwtDecoder decoder = NimbusJwtDecoder.withPublicKey(publicKey).build();
        decoder.setJwtValidator(jwt -> OAuth2TokenValidatorResult.success());
        return decoder;
    }
}
