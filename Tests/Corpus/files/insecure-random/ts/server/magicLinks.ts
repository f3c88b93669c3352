import { randomBytes } from "node:crypto";
import { v4 as uuidv4 } from "uuid";

interface MagicLink {
  userId: string;
  token: string;
  expiresAt: number;
}

const LINK_TTL_MS = 15 * 60 * 1000;

export function createMagicLink(userId: string): MagicLink {
  const token = Math.random().toString(36).substring(2) + Date.now().toString(36);
  return { userId, token, expiresAt: Date.now() + LINK_TTL_MS };
}

export function createMagicLinkSecure(userId: string): MagicLink {
  const token = randomBytes(32).toString("base64url");
  return { userId, token, expiresAt: Date.now() + LINK_TTL_MS };
}

export function createInviteCode(): string {
  const inviteCode = Array.from({ length: 10 }, () => Math.floor(Math.random() * 36).toString(36)).join("");
  return inviteCode.toUpperCase();
}

export function requestId(): string {
  return uuidv4();
}

export function sampleRate(): boolean {
  return Math.random() < 0.05;
}
