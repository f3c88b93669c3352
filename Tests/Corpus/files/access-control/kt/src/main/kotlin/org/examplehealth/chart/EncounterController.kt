package org.examplehealth.chart

import org.springframework.web.bind.annotation.CrossOrigin
import org.springframework.web.bind.annotation.GetMapping
import org.springframework.web.bind.annotation.PathVariable
import org.springframework.web.bind.annotation.RequestMapping
import org.springframework.web.bind.annotation.RestController

@RestController
@RequestMapping("/api/patients/{patientId}/encounters")
@CrossOrigin(origins = ["*"], allowCredentials = "true")
class EncounterController(private val encounters: EncounterService) {

    @GetMapping
    fun list(@PathVariable patientId: Long): List<Encounter> = encounters.forPatient(patientId)
}

@RestController
@RequestMapping("/api/directory")
@CrossOrigin(origins = ["https://portal.clinic.example.org"])
class DirectoryController(private val directory: DirectoryService) {

    @GetMapping
    fun clinics(): List<Clinic> = directory.clinics()
}
