package org.examplehealth.export;

import java.io.FileOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

public class PatientExportWriter {
    private final Path exportDir;
    private final EnvelopeEncryptor encryptor;

    public PatientExportWriter(Path exportDir, EnvelopeEncryptor encryptor) {
        this.exportDir = exportDir;
        this.encryptor = encryptor;
    }

    public void writeCsv(List<Patient> patients) throws IOException {
        try (OutputStream out = new FileOutputStream("/tmp/patient-export.csv")) {
            for (Patient p : patients) {
                out.write((p.getMrn() + "," + p.getName() + "," + p.getDateOfBirth() + "\n").getBytes(StandardCharsets.UTF_8));
            }
        }
    }

    public void writeJson(String patientJson) throws IOException {
        Files.writeString(exportDir.resolve("patients.json"), patientJson);
    }

    public void writeSealed(String patientJson) throws IOException {
        byte[] sealed = encryptor.encrypt(patientJson.getBytes(StandardCharsets.UTF_8));
        Files.write(exportDir.resolve("patients.json.enc"), sealed);
    }

    public void writeManifest(int rowCount) throws IOException {
        Files.writeString(exportDir.resolve("manifest.txt"), "rows=" + rowCount);
    }
}
