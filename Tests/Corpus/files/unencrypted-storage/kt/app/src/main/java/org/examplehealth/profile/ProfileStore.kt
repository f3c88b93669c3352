package org.examplehealth.profile

import android.content.Context
import androidx.room.Room
import androidx.security.crypto.EncryptedSharedPreferences
import androidx.security.crypto.MasterKey
import net.zetetic.database.sqlcipher.SupportOpenHelperFactory

class ProfileStore(private val context: Context, private val passphrase: ByteArray) {

    private val prefs = context.getSharedPreferences("profile", Context.MODE_PRIVATE)

    private val securePrefs by lazy {
        val key = MasterKey.Builder(context).setKeyScheme(MasterKey.KeyScheme.AES256_GCM).build()
        EncryptedSharedPreferences.create(
            context, "profile_secure", key,
            EncryptedSharedPreferences.PrefKeyEncryptionScheme.AES256_SIV,
            EncryptedSharedPreferences.PrefValueEncryptionScheme.AES256_GCM,
        )
    }

    val plainDb = Room.databaseBuilder(context, PatientDatabase::class.java, "patients.db").build()

    val secureDb = Room.databaseBuilder(context, PatientDatabase::class.java, "patients-secure.db")
        .openHelperFactory(SupportOpenHelperFactory(passphrase))
        .build()

    fun saveProfile(profile: PatientProfile) {
        prefs.edit()
            .putString("patient_dob", profile.dateOfBirth)
            .putString("insurance_member_id", profile.memberId)
            .apply()
    }

    fun saveProfileSecurely(profile: PatientProfile) {
        securePrefs.edit().putString("patient_dob", profile.dateOfBirth).apply()
    }

    fun saveFontScale(scale: Float) {
        prefs.edit().putFloat("font_scale", scale).apply()
    }
}
