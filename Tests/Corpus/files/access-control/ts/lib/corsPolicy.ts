import cors, { CorsOptions } from "cors";

const allowlist = new Set(
  (process.env.PORTAL_ORIGINS ?? "https://portal.clinic.example.org")
    .split(",")
    .map((o) => o.trim())
    .filter(Boolean),
);

export const portalCors: CorsOptions = {
  origin(origin, callback) {
    if (!origin || allowlist.has(origin)) return callback(null, true);
    return callback(new Error("origin not allowed"));
  },
  credentials: true,
  methods: ["GET", "POST", "PUT"],
  maxAge: 600,
};

export const patientRoutesCors = cors(portalCors);

export function canOpenChart(user: { id: string; clinicIds: string[] }, chart: { clinicId: string; careTeam: string[] }) {
  return user.clinicIds.includes(chart.clinicId) && chart.careTeam.includes(user.id);
}
