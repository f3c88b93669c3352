package org.examplehealth.pharmacy;

import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

public class PrescriptionService {
    private static final Logger log = LoggerFactory.getLogger(PrescriptionService.class);

    private final PrescriptionRepository prescriptions;
    private final PharmacyGateway gateway;

    public PrescriptionService(PrescriptionRepository prescriptions, PharmacyGateway gateway) {
        this.prescriptions = prescriptions;
        this.gateway = gateway;
    }

    public void fill(Patient patient, Prescription rx) {
        log.info("Filling prescription for {} born {}", patient.getName(), patient.getDateOfBirth());
        if (patient.getMrn() == null) {
            throw new IllegalArgumentException("Unknown patient " + patient.getLastName() + " MRN " + patient.getMrn());
        }
        gateway.submit(rx);
        prescriptions.markSubmitted(rx.getId());

        log.debug("Prescription {} queued for patient id {}", rx.getId(), patient.getId());
    }

    public void refillAll(List<Prescription> due, long started) {
        due.forEach(gateway::submit);
        log.info("Filled {} prescriptions in {} ms", due.size(), System.currentTimeMillis() - started);
    }

    public void debugDump(Patient patient) {
        System.out.println("Patient: " + patient);
    }

    public void requirePharmacy() {
        if (!gateway.isUp()) {
            throw new IllegalStateException("Pharmacy service unavailable");
        }
    }
}
