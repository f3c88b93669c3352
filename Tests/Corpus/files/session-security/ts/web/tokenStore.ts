export interface Session {
  accessToken: string;
  refreshToken: string;
  expiresAt: number;
}

const SESSION_KEY = "chart.session";
const PREFS_KEY = "chart.preferences";

export class TokenStore {
  save(session: Session): void {
    localStorage.setItem("access_token", session.accessToken);
    localStorage.setItem("expires_at", String(session.expiresAt));
  }

  saveAll(session: Session): void {
    window.localStorage.setItem(SESSION_KEY, JSON.stringify(session));
  }

  savePreferences(prefs: { fontSize: number; locale: string }): void {
    window.localStorage.setItem(PREFS_KEY, JSON.stringify(prefs));
  }

  accessToken(): string | null {
    return localStorage.getItem("access_token");
  }

  clear(): void {
    localStorage.removeItem("access_token");
    window.localStorage.removeItem(SESSION_KEY);
  }

  keepInMemory(session: Session): void {
    this.inMemory = session;
  }

  private inMemory: Session | null = null;
}
