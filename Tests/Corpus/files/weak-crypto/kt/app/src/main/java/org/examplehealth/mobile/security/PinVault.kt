package org.examplehealth.mobile.security

import java.security.MessageDigest
import java.security.SecureRandom
import javax.crypto.Cipher
import javax.crypto.spec.GCMParameterSpec
import javax.crypto.spec.SecretKeySpec

class PinVault(private val prefs: SecurePrefs) {

    private val rng = SecureRandom()

    fun storePin(pin: String) {
        val digest = MessageDigest.getInstance("SHA-1").digest(pin.toByteArray())
        prefs.putBytes("pin_hash", digest)
    }

    fun storePinV2(pin: String, salt: ByteArray) {
        val digest = MessageDigest.getInstance("SHA-256").digest(salt + pin.toByteArray())
        prefs.putBytes("pin_hash_v2", digest)
    }

    fun obfuscateCache(key: ByteArray, data: ByteArray): ByteArray {
        val cipher = Cipher.getInstance("Blowfish/ECB/PKCS5Padding")
        cipher.init(Cipher.ENCRYPT_MODE, SecretKeySpec(key, "Blowfish"))
        return cipher.doFinal(data)
    }

    fun seal(key: ByteArray, data: ByteArray): ByteArray {
        val iv = ByteArray(12).also { rng.nextBytes(it) }
        val cipher = Cipher.getInstance("AES/GCM/NoPadding")
        cipher.init(Cipher.ENCRYPT_MODE, SecretKeySpec(key, "AES"), GCMParameterSpec(128, iv))
        return iv + cipher.doFinal(data)
    }

    fun sealOffline(key: ByteArray, data: ByteArray): ByteArray {
        val cipher = Cipher.getInstance("AES/GCM/NoPadding")
        cipher.init(Cipher.ENCRYPT_MODE, SecretKeySpec(key, "AES"), GCMParameterSpec(128, ByteArray(12)))
        return cipher.doFinal(data)
    }
}
