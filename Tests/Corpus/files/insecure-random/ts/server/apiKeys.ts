import _ from "lodash";
import { randomBytes } from "node:crypto";
import { nanoid } from "nanoid";

export function newApiKey(): string {
  return "ehk_" + randomBytes(24).toString("base64url");
}

export function newDeviceOtp(): string {
  const otp = String(_.random(100000, 999999));
  return otp;
}

export function newUploadId(): string {
  return nanoid();
}

export function newWebhookSecret(): string {
  const chars = "abcdefghijklmnopqrstuvwxyz0123456789";
  return Array.from({ length: 40 }, () => chars[Math.floor(Math.random() * chars.length)]).join("");
}

export function sampleForQa<T>(rows: T[]): T[] {
  return _.sampleSize(rows, 10);
}
