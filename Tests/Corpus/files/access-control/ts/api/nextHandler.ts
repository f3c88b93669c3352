import type { NextApiRequest, NextApiResponse } from "next";

import { getServerSession } from "next-auth";
import { authOptions } from "../auth/options";
import { loadLabResults } from "../lib/labs";

export default async function handler(req: NextApiRequest, res: NextApiResponse) {
  res.setHeader("Access-Control-Allow-Origin", "*");
  res.setHeader("Access-Control-Allow-Credentials", "true");
  const session = await getServerSession(req, res, authOptions);
  if (!session) return res.status(401).end();
  const results = await loadLabResults(String(req.query.patientId), session.user.id);
  return res.status(200).json(results);
}

export function withPortalCors(res: NextApiResponse) {
  res.setHeader("Access-Control-Allow-Origin", "https://portal.clinic.example.org");
  res.setHeader("Vary", "Origin");
}
