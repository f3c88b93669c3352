import { PolicyClient } from "@clinic/policy-client";

export type Role = "physician" | "nurse" | "scheduler" | "auditor";

export const roleMatrix: Record<Role, string[]> = {
  physician: ["patient:read", "patient:write", "orders:sign"],
  nurse: ["patient:read", "vitals:write"],
  scheduler: ["schedule:read", "schedule:write"],
  auditor: ["audit:read"],
};

const policy = new PolicyClient({ endpoint: process.env.POLICY_URL ?? "https://opa.internal/v1/data/clinic" });

export async function can(userId: string, action: string, resource: string): Promise<boolean> {
  const decision = await policy.evaluate({ subject: userId, action, resource });
  return decision.allow === true;
}

export function isSuperUser(user: { id: number }): boolean {
  return user.id === 1;
}

export function ownsRecord(user: { id: number }, record: { ownerId: number }): boolean {
  return record.ownerId === user.id;
}

export const PERMISSIONS = {
  admin: ["*"],
  clinician: ["patient:read", "patient:write"],
};

export const ROLE_LABELS: Record<Role, string> = {
  physician: "Physician",
  nurse: "Registered nurse",
  scheduler: "Front desk",
  auditor: "Compliance auditor",
};
