import jwt, { JwtPayload } from "jsonwebtoken";
import { createRemoteJWKSet, decodeJwt, jwtVerify } from "jose";
import type { NextFunction, Request, Response } from "express";

const JWKS = createRemoteJWKSet(new URL("https://auth.clinic.example.org/.well-known/jwks.json"));
const HMAC_KEY = process.env.SCHEDULER_HMAC_KEY ?? "";

export async function requireClinician(req: Request, res: Response, next: NextFunction) {
  const token = req.headers.authorization?.replace(/^Bearer /, "") ?? "";
  const { payload } = await jwtVerify(token, JWKS, {
    issuer: "https://auth.clinic.example.org/",
    audience: "chart-api",
  });
  res.locals.clinicianId = payload.sub;
  next();
}

export function requireScheduler(req: Request, res: Response, next: NextFunction) {
  const token = String(req.headers["x-scheduler-token"] ?? "");
  const claims = jwt.decode(token) as JwtPayload;
  if (!claims?.sub) return res.sendStatus(401);
  res.locals.schedulerId = claims.sub;
  next();
}

export function requireKiosk(req: Request, res: Response, next: NextFunction) {
  const token = String(req.headers["x-kiosk-token"] ?? "");
  const claims = jwt.verify(token, HMAC_KEY, { algorithms: ["HS256"], ignoreExpiration: true }) as JwtPayload;
  res.locals.kioskId = claims.sub;
  next();
}

export function requireLab(req: Request, res: Response, next: NextFunction) {
  const token = String(req.headers["x-lab-token"] ?? "");
  const claims = decodeJwt(token);
  if (claims.aud !== "lab-results") return res.sendStatus(403);
  res.locals.labId = claims.sub;
  next();
}

export function requireBilling(req: Request, res: Response, next: NextFunction) {
  const token = String(req.headers["x-billing-token"] ?? "");
  const claims = jwt.verify(token, HMAC_KEY, { algorithms: ["HS256"], maxAge: "15m" }) as JwtPayload;
  res.locals.billingId = claims.sub;
  next();
}
