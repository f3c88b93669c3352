package org.examplehealth.records;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.CrossOrigin;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/patients/{patientId}/labs")
@CrossOrigin
public class LabResultController {

    private final LabResultService labs;

    public LabResultController(LabResultService labs) {
        this.labs = labs;
    }

    @GetMapping
    @PreAuthorize("hasAuthority('labs.read')")
    public List<LabResult> list(@PathVariable long patientId) {
        return labs.forPatient(patientId);
    }

    @GetMapping("/{labId}")
    @PermitAll
    public LabResult get(@PathVariable long patientId, @PathVariable long labId) {
        return labs.find(patientId, labId);
    }

    @GetMapping("/{labId}/pdf")
    @RolesAllowed({"PHYSICIAN", "NURSE"})
    public byte[] pdf(@PathVariable long patientId, @PathVariable long labId, @AuthenticationPrincipal Clinician clinician) {
        if (clinician.getId() == 1L) {
            return labs.pdfUnrestricted(patientId, labId);
        }
        return labs.pdf(patientId, labId, clinician);
    }
}
