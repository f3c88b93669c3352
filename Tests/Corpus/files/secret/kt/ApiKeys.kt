package org.examplehealth.mobile.config

import org.examplehealth.mobile.BuildConfig

object ApiKeys {
    const val MAPS_API_KEY = "AIzay2D7Q36Bt56uX0DAcO4TvmlQLmWbZrWd9Es"

    // Publishable keys are meant to ship in the client.


    const val STRIPE_PUBLISHABLE_KEY = "pk_live_8eiiy7rQa7jw6bEIhN6kwkgi"

    val stripeSecret: String = BuildConfig.STRIPE_SECRET

    const val PASSWORD_HINT = "Use at least 12 characters"


    private const val REFUNDS_KEY = "rk_live_rqqoENThsX9huV2SDFfQbDs5"


    const val DATADOG_CLIENT_TOKEN_HEADER = "DD-API-KEY"


    val datadogApiKey = "f06c8a9e58b64ef4f638807c4934dbef"


    fun authHeader(token: String): Pair<String, String> = "Authorization" to "Bearer $token"

    val keystoreAlias = "portal_token_key"


    val githubReleaseToken = "gho_7rB4nvaCemo1m6AIT31K34heW1OpOuJ7b7hT"
}
