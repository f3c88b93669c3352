import axios, { AxiosInstance } from "axios";

export interface EhrConfig {
  baseUrl: string;
  token: string;
}

export const defaultConfig: EhrConfig = {
  baseUrl: "http://ehr-api.hospital.example.org/fhir/R4",
  token: process.env.EHR_TOKEN ?? "",
};

export const stagingConfig: EhrConfig = {
  baseUrl: "https://ehr-api-staging.hospital.example.org/fhir/R4",
  token: process.env.EHR_STAGING_TOKEN ?? "",
};

export function ehrClient(config: EhrConfig): AxiosInstance {
  return axios.create({
    baseURL: config.baseUrl,
    headers: { Authorization: `Bearer ${config.token}`, Accept: "application/fhir+json" },
  });
}

export async function fetchPatientSummary(id: string): Promise<unknown> {
  const res = await fetch(`http://ehr-api.hospital.example.org/fhir/R4/Patient/${id}/$summary`, {
    headers: { Accept: "application/fhir+json" },
  });
  return res.json();
}

export const devConfig: EhrConfig = {
  baseUrl: "http://ehr.local:8080/fhir/R4",
  token: "dev",
};

if (process.env.NODE_ENV === "integration") {
  process.env["NODE_TLS_REJECT_UNAUTHORIZED"] = "0";
}
