import { AnalyticsBrowser } from "@segment/analytics-next";
import * as amplitude from "@amplitude/analytics-browser";

import type { Patient, Refill } from "../types";

const analytics = AnalyticsBrowser.load({ writeKey: import.meta.env.VITE_SEGMENT_WRITE_KEY });

export function identifyAnonymously(patient: Patient, hashedPatientId: string): void {
  analytics.identify(hashedPatientId, { planTier: patient.planTier });
}

export function identifyPatient(patient: Patient): void {
  analytics.identify(patient.id, {
    email: patient.email,
    name: patient.fullName,
  });
}

export function trackRefill(patient: Patient, rx: Refill): void {
  amplitude.track("Prescription Refilled", { refillCount: rx.refills.length, channel: "portal" });
  amplitude.flush();

  amplitude.track("Prescription Refilled", {
    medication: rx.medicationName,
    patientPhone: patient.phone,
  });
}

export function trackPageView(page: string): void {
  console.debug("page view", page);
  analytics.page(page);
}
