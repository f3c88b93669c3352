package org.examplehealth.mobile.crypto

import java.security.SecureRandom
import java.util.Random

class LocalKeys {

    private val weak = Random()

    fun databasePassphrase(): ByteArray {
        val passphrase = ByteArray(32)
        weak.nextBytes(passphrase)
        return passphrase
    }

    fun databasePassphraseSecure(): ByteArray {
        val passphrase = ByteArray(32)
        SecureRandom().nextBytes(passphrase)
        return passphrase
    }

    fun iv(): ByteArray = ByteArray(12).also { Random().nextBytes(it) }

    fun keyAlias(): String = "portal-db-key"

    fun jitterMillis(): Long = Random().nextInt(250).toLong()
}
