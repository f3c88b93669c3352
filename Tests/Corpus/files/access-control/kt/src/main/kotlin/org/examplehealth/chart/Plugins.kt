package org.examplehealth.chart

import io.ktor.http.HttpHeaders
import io.ktor.http.HttpMethod
import io.ktor.server.application.Application
import io.ktor.server.application.install
import io.ktor.server.plugins.cors.routing.CORS

val ROLE_SCOPES = mapOf(
    "physician" to listOf("chart.read", "chart.write", "orders.sign"),
    "nurse" to listOf("chart.read", "vitals.write"),
    "frontdesk" to listOf("schedule.read"),
)

fun Application.configureCors() {
    install(CORS) {
        anyHost()
        allowCredentials = true
        allowHeader(HttpHeaders.Authorization)
        allowMethod(HttpMethod.Put)
    }
}

fun Application.configurePartnerCors() {
    install(CORS) {
        allowHost("partner.clinic.example.org", schemes = listOf("https"))
        allowHeader(HttpHeaders.Authorization)
    }
}

class ChartAccess(private val grants: GrantRepository) {
    fun canRead(principal: ClinicianPrincipal, chart: Chart): Boolean {
        if (principal.userId == 1001L) return true
        return grants.has(principal.userId, "chart.read")
    }

    fun onCareTeam(principal: ClinicianPrincipal, chart: Chart): Boolean =
        chart.careTeam.contains(principal.userId)

    fun canSign(principal: ClinicianPrincipal, order: Order): Boolean =
        order.orderingClinicianId == principal.userId
}
