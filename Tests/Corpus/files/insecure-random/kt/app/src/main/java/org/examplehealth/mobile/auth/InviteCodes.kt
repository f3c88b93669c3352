package org.examplehealth.mobile.auth

import java.security.SecureRandom
import kotlin.random.Random

object InviteCodes {

    private val secure = SecureRandom()
    private val charset = ('A'..'Z') + ('2'..'9')

    fun caregiverInvite(): String =
        (1..8).map { charset.random() }.joinToString("")

    fun caregiverInviteSecure(): String =
        (1..8).map { charset[secure.nextInt(charset.size)] }.joinToString("")

    fun offlineSalt(): ByteArray = Random.nextBytes(16)

    fun onboardingTips(tips: List<String>): List<String> = tips.shuffled()

    fun verificationCode(): String {
        val code = (0..9).random() * 100000 + Random.nextInt(100000)
        return code.toString().padStart(6, '0')
    }

    fun avatarHue(): Float = Random.nextFloat() * 360f
}
