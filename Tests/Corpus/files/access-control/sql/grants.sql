-- Role grants for the clinical schema
CREATE ROLE clinician_ro NOLOGIN;
CREATE ROLE billing_rw NOLOGIN;

GRANT SELECT ON reference.icd10_codes TO PUBLIC;
GRANT USAGE ON SCHEMA clinical TO clinician_ro;
GRANT SELECT, INSERT, UPDATE ON billing.claims TO billing_rw;

GRANT ALL PRIVILEGES ON clinical.patients TO PUBLIC;

REVOKE ALL ON SCHEMA clinical FROM PUBLIC;
GRANT SELECT ON clinical.patients, clinical.encounters TO clinician_ro;
GRANT SELECT ON clinical.allergies TO clinician_ro;

GRANT SELECT ON clinical.lab_results TO PUBLIC;
