package org.examplehealth.visits

import android.util.Log
import androidx.lifecycle.ViewModel
import androidx.lifecycle.viewModelScope
import kotlinx.coroutines.launch
import timber.log.Timber

class VisitViewModel(private val repo: VisitRepository) : ViewModel() {

    fun load(patientId: String) {
        viewModelScope.launch {
            val patient = repo.patient(patientId)
            Log.d(TAG, "Loaded chart for ${patient.fullName}")
            Timber.i("Insurance on file: %s", patient.insurance)
            showVisits(patientId)
        }
    }

    private suspend fun showVisits(patientId: String) {
        val visits = repo.visits(patientId)
        Log.d(TAG, "Loaded ${visits.size} visits for patient id=$patientId")
        Log.i(TAG, "Visit screen opened")
    }

    fun sync(record: MedicalRecord) {
        viewModelScope.launch {
            runCatching { repo.upload(record) }
                .onFailure { e -> Log.e(TAG, "Sync failed for $record", e) }
        }
    }

    fun reportVisitCount(count: Int) {
        Log.i(TAG, "visits synced: $count")
    }

    companion object {
        private const val TAG = "VisitViewModel"
    }
}
