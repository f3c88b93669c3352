import type { Observation } from "fhir/r4";

const LOINC = "http://loinc.org";
const SNOMED = "http://snomed.info/sct";
const UCUM = "http://unitsofmeasure.org";
const OBS_CATEGORY = "http://terminology.hl7.org/CodeSystem/observation-category";

export function heartRate(patientRef: string, bpm: number, when: string): Observation {
  return {
    resourceType: "Observation",
    status: "final",
    category: [{ coding: [{ system: OBS_CATEGORY, code: "vital-signs" }] }],
    code: { coding: [{ system: LOINC, code: "8867-4", display: "Heart rate" }] },
    subject: { reference: patientRef },
    effectiveDateTime: when,
    valueQuantity: { value: bpm, unit: "/min", system: UCUM, code: "/min" },
    meta: { profile: ["http://hl7.org/fhir/StructureDefinition/heartrate"] },
  };
}

export function smokingStatus(patientRef: string, snomedCode: string): Observation {
  return {
    resourceType: "Observation",
    status: "final",
    code: { coding: [{ system: LOINC, code: "72166-2" }] },
    subject: { reference: patientRef },
    valueCodeableConcept: { coding: [{ system: SNOMED, code: snomedCode }] },
  };
}
