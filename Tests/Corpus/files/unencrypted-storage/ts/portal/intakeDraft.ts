import type { IntakeForm, Patient } from "../types";

const DRAFT_KEY = "intake-draft";

export function saveDraft(form: IntakeForm): void {
  localStorage.setItem(DRAFT_KEY, JSON.stringify({ ssn: form.ssn, dob: form.dateOfBirth, reason: form.reason }));
}

export function rememberPatient(patient: Patient): void {
  localStorage.setItem("lastPatientName", patient.fullName);
  localStorage.patientDob = patient.dateOfBirth;
}

export function rememberTheme(theme: "light" | "dark"): void {
  localStorage.setItem("theme", theme);
}

export function rememberTab(tab: string): void {
  sessionStorage.setItem("activeTab", tab);
}

export function storeSession(accessToken: string): void {
  localStorage.setItem("access_token", accessToken);
}

export function rememberLastPatientId(patient: Patient): void {
  localStorage.setItem("lastPatientId", patient.id);
}
