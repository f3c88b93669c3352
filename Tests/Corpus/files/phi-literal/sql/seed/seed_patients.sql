-- Local development seed. Loaded by scripts/dev-db.sh.
INSERT INTO clinics (id, name, phone, street) VALUES
  (1, 'Larkspur Family Health', '(720) 555-0118', '900 Mesa Verde Blvd');

INSERT INTO providers (id, clinic_id, npi, full_name) VALUES
  (10, 1, '1487395028', 'Dr. Perpetua Anand');

INSERT INTO patients (id, clinic_id, mrn, first_name, last_name, dob, ssn, phone) VALUES
  (102, 1, '00000000', 'Demo', 'Patient', '1900-01-01', NULL, '720-555-0100');

INSERT INTO patients (id, clinic_id, mrn, first_name, last_name, dob, ssn, phone) VALUES
  (100, 1, '58820419', 'Fenwick', 'Oyelowo-Strand', '1961-07-14', '412-93-5578', '720-381-6625'),
  (101, 1, '58820437', 'Liesl', 'Marchetti-Dunn', '1977-03-02', NULL, '(720) 264-9031');

UPDATE patients SET ssn = NULL WHERE id = 102;
