package org.examplehealth.mobile.onboarding

import java.security.SecureRandom
import kotlin.random.Random

private val allowedChars = ('A'..'Z') + ('a'..'z') + ('0'..'9')
private val cardColors = listOf("#0B6E4F", "#08A045", "#6BBF59")

fun temporaryPassword(): String {
    val password = (1..12).map { allowedChars.random() }.joinToString("")
    return password
}

fun kioskPin(): String = List(6) { Random.nextInt(10) }.joinToString("")

fun securePin(): String {
    val rng = SecureRandom()
    return List(6) { rng.nextInt(10) }.joinToString("")
}

fun welcomeCardColor(): String = cardColors.random()
