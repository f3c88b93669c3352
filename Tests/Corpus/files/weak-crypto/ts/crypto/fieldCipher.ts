import { createCipheriv, createDecipheriv, generateKeyPairSync, pbkdf2Sync, randomBytes } from "node:crypto";

const LEGACY_IV = Buffer.from("1234567890123456");

export function encryptSsnLegacy(key: Buffer, ssn: string): string {
  const cipher = createCipheriv("aes-128-ecb", key, null);
  return Buffer.concat([cipher.update(ssn, "utf8"), cipher.final()]).toString("hex");
}

export function encryptField(key: Buffer, value: string): string {
  const iv = randomBytes(12);
  const cipher = createCipheriv("aes-256-gcm", key, iv);
  const body = Buffer.concat([cipher.update(value, "utf8"), cipher.final()]);
  return [iv, cipher.getAuthTag(), body].map((b) => b.toString("base64")).join(".");
}

export function decryptLegacy(key: Buffer, hex: string): string {
  const decipher = createDecipheriv("aes-128-cbc", key, LEGACY_IV);
  return Buffer.concat([decipher.update(Buffer.from(hex, "hex")), decipher.final()]).toString("utf8");
}

export function exportKeyPair() {
  return generateKeyPairSync("rsa", { modulusLength: 1024, publicExponent: 0x10001 });
}

export function signingKeyPair() {
  return generateKeyPairSync("rsa", { modulusLength: 4096 });
}

export function pinKey(pin: string, salt: Buffer): Buffer {
  return pbkdf2Sync(pin, salt, 1000, 32, "sha256");
}

export function passphraseKey(passphrase: string, salt: Buffer): Buffer {
  return pbkdf2Sync(passphrase, salt, 310_000, 32, "sha256");
}
