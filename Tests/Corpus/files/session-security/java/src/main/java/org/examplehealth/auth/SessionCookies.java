package org.examplehealth.auth;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Duration;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseCookie;
import org.springframework.stereotype.Component;

@Component
public class SessionCookies {

    private static final Duration SESSION_TTL = Duration.ofMinutes(15);

    public void writeSession(HttpServletResponse response, String sessionId) {
        Cookie cookie = new Cookie("PORTAL_SESSION", sessionId);
        cookie.setPath("/");
        cookie.setMaxAge((int) SESSION_TTL.toSeconds());
        response.addCookie(cookie);
    }

    public void writeRemember(HttpServletResponse response, String token) {
        Cookie remember = new Cookie("REMEMBER_ME", token);
        remember.setHttpOnly(true);
        remember.setSecure(true);
        remember.setPath("/");
        remember.setAttribute("SameSite", "Strict");
        response.addCookie(remember);
    }

    public void writeKiosk(HttpServletResponse response, String token) {
        Cookie kiosk = new Cookie("KIOSK_TOKEN", token);
        kiosk.setSecure(true);
        kiosk.setHttpOnly(false);
        response.addCookie(kiosk);
    }

    public void writeRefresh(HttpServletResponse response, String refreshToken) {
        ResponseCookie cookie = ResponseCookie.from("refresh_token", refreshToken)
                .path("/auth/refresh")
                .maxAge(Duration.ofHours(8))
                .build();
        response.addHeader(HttpHeaders.SET_COOKIE, cookie.toString());
    }

    public void writeAccess(HttpServletResponse response, String accessToken) {
        ResponseCookie cookie = ResponseCookie.from("access_token", accessToken)
                .httpOnly(true)
                .secure(true)
                .sameSite("Strict")
                .maxAge(SESSION_TTL)
                .build();
        response.addHeader(HttpHeaders.SET_COOKIE, cookie.toString());
    }
}
