import CryptoJS from "crypto-js";
import forge from "node-forge";

export function pinDigest(pin: string): string {
  return CryptoJS.MD5(pin).toString();
}

export function sealDraftNote(note: string, key: string): string {
  return CryptoJS.AES.encrypt(note, key).toString();
}

export function sealLegacyNote(note: string, key: string): string {
  return CryptoJS.DES.encrypt(note, key).toString();
}

export function attachmentFingerprint(bytes: string): string {
  const md = forge.md.sha1.create();
  md.update(bytes);
  return md.digest().toHex();
}

export function attachmentDigest(bytes: string): string {
  const md = forge.md.sha256.create();
  md.update(bytes);
  return md.digest().toHex();
}
