import * as Sentry from "@sentry/node";
import mixpanel from "mixpanel";
import type { Logger } from "pino";

import type { LabResult, Patient } from "./types";

const tracker = mixpanel.init(process.env.MIXPANEL_TOKEN ?? "");

export class LabResultService {
  constructor(private readonly log: Logger) {}

  receive(patient: Patient, results: LabResult[]): void {
    this.log.info({ resultIds: results.map((r) => r.id), count: results.length }, "lab results received");
    Sentry.setTag("route", "lab-results");
    for (const result of results) {
      tracker.track("Result Viewed", { resultType: result.type, abnormal: result.abnormal });
    }

    this.log.info({ patient: patient }, "lab results received for patient");
    Sentry.setContext("patient", { name: patient.name, dob: patient.birthDate });
    tracker.track("Result Viewed", { diagnosis: results[0]?.diagnosis, mrn: patient.mrn });
  }

  fail(patient: Patient, reason: string): never {
    Sentry.captureMessage(`lab import failed for ${patient.email}: ${reason}`);
    Sentry.flush(2000);

    throw new Error(`lab import failed (${reason})`);
  }
}
