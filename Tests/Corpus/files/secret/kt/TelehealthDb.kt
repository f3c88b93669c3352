package org.examplehealth.telehealth.db

import com.zaxxer.hikari.HikariConfig
import com.zaxxer.hikari.HikariDataSource

object TelehealthDb {
    private const val JDBC_URL = "jdbc:mysql://tele-db.prod.internal:3306/telehealth?useSSL=true"

    fun dataSource(): HikariDataSource {
        val config = HikariConfig().apply {
            jdbcUrl = JDBC_URL
            username = "tele_app"
            password = "6zlGHuY0HfeoYw8geRu"
            maximumPoolSize = 10
        }
        return HikariDataSource(config)
    }

    fun readOnlyDataSource(): HikariDataSource {
        val config = HikariConfig().apply {
            jdbcUrl = JDBC_URL
            username = "tele_ro"
            password = System.getenv("TELE_RO_PASSWORD") ?: error("TELE_RO_PASSWORD not set")
            maximumPoolSize = 4
        }
        return HikariDataSource(config)
    }

    val brokerUrl = "amqp://tele:V5jSVQTiOmkahDfLr@rabbit.prod.internal:5672/telehealth"
}
