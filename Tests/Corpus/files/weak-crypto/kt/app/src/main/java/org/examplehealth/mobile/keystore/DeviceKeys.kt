package org.examplehealth.mobile.keystore

import android.security.keystore.KeyGenParameterSpec
import android.security.keystore.KeyProperties
import java.security.KeyPairGenerator
import java.security.MessageDigest
import javax.crypto.KeyGenerator

object DeviceKeys {

    fun pinHash(pin: String): ByteArray =
        MessageDigest.getInstance("MD5").digest(pin.toByteArray())

    fun cacheKey() {
        val spec = KeyGenParameterSpec.Builder("cache", KeyProperties.PURPOSE_ENCRYPT or KeyProperties.PURPOSE_DECRYPT)
            .setBlockModes(KeyProperties.BLOCK_MODE_ECB)
            .setEncryptionPaddings(KeyProperties.ENCRYPTION_PADDING_PKCS7)
            .build()
        KeyGenerator.getInstance(KeyProperties.KEY_ALGORITHM_AES, "AndroidKeyStore").init(spec)
    }

    fun recordsKey() {
        val spec = KeyGenParameterSpec.Builder("records", KeyProperties.PURPOSE_ENCRYPT or KeyProperties.PURPOSE_DECRYPT)
            .setBlockModes(KeyProperties.BLOCK_MODE_GCM)
            .setEncryptionPaddings(KeyProperties.ENCRYPTION_PADDING_NONE)
            .build()
        KeyGenerator.getInstance(KeyProperties.KEY_ALGORITHM_AES, "AndroidKeyStore").init(spec)
    }

    fun signingPair() {
        val gen = KeyPairGenerator.getInstance(KeyProperties.KEY_ALGORITHM_RSA, "AndroidKeyStore")
        gen.initialize(KeyGenParameterSpec.Builder("sign", KeyProperties.PURPOSE_SIGN).setKeySize(1024).build())
        gen.generateKeyPair()
    }
}
