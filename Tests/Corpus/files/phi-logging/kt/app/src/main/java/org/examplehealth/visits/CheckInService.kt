package org.examplehealth.visits

import org.slf4j.LoggerFactory

class CheckInService(private val patients: PatientRepository) {
    private val logger = LoggerFactory.getLogger(CheckInService::class.java)

    fun checkIn(mrn: String, clinicId: Long): CheckIn {
        val patient = patients.findByMrn(mrn)
            ?: throw IllegalArgumentException("No patient with MRN $mrn")
        val checkIn = CheckIn(patient.id, clinicId)
        patients.saveCheckIn(checkIn)

        logger.info("check-in at clinic {} for patient {}", clinicId, patient.id)
        logger.info("check-in complete; queue length {}", patients.queueLength(clinicId))
        return checkIn
    }

    fun verifyDemographics(patient: Patient) {
        if (patient.address == null) {
            logger.warn("check-in missing address for ${patient.firstName} ${patient.lastName}")
        }
        println("checked in: $patient")
    }
}
