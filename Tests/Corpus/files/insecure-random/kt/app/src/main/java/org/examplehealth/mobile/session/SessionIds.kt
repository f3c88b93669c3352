package org.examplehealth.mobile.session

import java.util.UUID
import kotlin.random.Random

object SessionIds {
    fun offlineSessionId(): String = Random.nextLong().toString(16) + Random.nextLong().toString(16)

    fun analyticsId(): String = UUID.randomUUID().toString()

    fun shimmerOffset(): Int = Random.nextInt(0, 40)

    fun isValid(id: String): Boolean = id.length in 16..64

    const val HEADER = "X-Session-Id"
}
