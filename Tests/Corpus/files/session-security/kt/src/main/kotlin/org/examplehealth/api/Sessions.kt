package org.examplehealth.api

import com.auth0.jwt.JWT
import com.auth0.jwt.algorithms.Algorithm
import io.ktor.server.application.Application
import io.ktor.server.application.install
import io.ktor.server.sessions.SessionStorageMemory
import io.ktor.server.sessions.Sessions
import io.ktor.server.sessions.cookie
import org.springframework.http.ResponseCookie

data class ClinicianSession(val clinicianId: String, val clinicId: String)
data class PreferenceSession(val theme: String)

fun Application.configureSessions() {
    install(Sessions) {
        cookie<ClinicianSession>("clinician_session", SessionStorageMemory()) {
            cookie.path = "/"
            cookie.maxAgeInSeconds = 900
            cookie.httpOnly = false
            cookie.secure = true
        }
        cookie<PreferenceSession>("prefs") {
            cookie.path = "/"
            cookie.secure = true
            cookie.httpOnly = true
            cookie.extensions["SameSite"] = "lax"
        }
    }
}

fun refreshCookie(token: String): ResponseCookie =
    ResponseCookie.from("refresh_token", token)
        .path("/auth")
        .secure(true)
        .build()

fun accessCookie(token: String): ResponseCookie =
    ResponseCookie.from("access_token", token)
        .httpOnly(true)
        .secure(true)
        .sameSite("Strict")
        .build()

fun subjectOf(token: String): String = JWT.decode(token).subject

fun verifiedSubject(token: String, algorithm: Algorithm): String =
    JWT.require(algorithm).withIssuer("https://auth.clinic.example.org/").build().verify(token).subject
