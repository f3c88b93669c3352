const CODE_ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789";

export function pairingCode(length = 8): string {
  let code = "";
  for (let i = 0; i < length; i += 1) {
    code += CODE_ALPHABET[Math.floor(Math.random() * CODE_ALPHABET.length)];
  }
  return code;
}

export function securePairingCode(length = 8): string {
  const bytes = new Uint32Array(length);
  crypto.getRandomValues(bytes);
  return Array.from(bytes, (b) => CODE_ALPHABET[b % CODE_ALPHABET.length]).join("");
}

export function correlationId(): string {
  return crypto.randomUUID();
}

export function csrfToken(): string {
  const csrfToken = Math.random().toString(36).slice(2);
  sessionStorage.setItem("csrf", csrfToken);
  return csrfToken;
}

export function backoffMs(attempt: number): number {
  return 500 * 2 ** attempt + Math.random() * 250;
}
