import type { SecureContextOptions } from "node:tls";

export interface PortalEnv {
  apiBase: string;
  claimsBase: string;
  tls: SecureContextOptions & { minVersion?: string; secureProtocol?: string };
}

export const env: PortalEnv = {
  apiBase: process.env.API_BASE ?? "http://api.portal.example.org/v1",
  claimsBase: process.env.CLAIMS_BASE ?? "https://claims.portal.example.org/v1",
  tls: {
    minVersion: "TLSv1.3",
  },
};

export const legacyKioskEnv: PortalEnv = {
  apiBase: "https://kiosk-api.portal.example.org/v1",
  claimsBase: "https://claims.portal.example.org/v1",
  tls: {
    secureProtocol: "TLSv1_1_method",
  },
};

export const localEnv: PortalEnv = {
  apiBase: "http://localhost:3000/v1",
  claimsBase: "http://localhost:3001/v1",
  tls: {},
};
