package org.examplehealth.documents

import android.content.Context
import androidx.security.crypto.EncryptedFile
import androidx.security.crypto.MasterKey
import java.io.File

class DocumentCache(private val context: Context) {

    fun cachePatient(patientId: String, patientJson: String) {
        context.openFileOutput("patient_$patientId.json", Context.MODE_PRIVATE).use {
            it.write(patientJson.toByteArray())
        }
    }

    fun cacheLabResults(json: String) {
        File(context.filesDir, "lab-results-patient.json").writeText(json)
    }

    fun cacheLabResultsEncrypted(json: String) {
        val key = MasterKey.Builder(context).setKeyScheme(MasterKey.KeyScheme.AES256_GCM).build()
        val file = EncryptedFile.Builder(
            context, File(context.filesDir, "lab-results.enc"), key,
            EncryptedFile.FileEncryptionScheme.AES256_GCM_HKDF_4KB,
        ).build()
        file.openFileOutput().use { it.write(json.toByteArray()) }
    }

    fun rememberVersion(version: String) {
        File(context.cacheDir, "app-version.txt").writeText(version)
    }
}
