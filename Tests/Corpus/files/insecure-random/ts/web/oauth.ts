const AUTHORIZE_URL = "https://auth.portal.example.org/oauth2/authorize";

export function beginLogin(clientId: string, redirectUri: string): string {
  const state = Math.random().toString(36).slice(2);
  const codeVerifier = Math.random().toString(36).repeat(3).slice(0, 64);
  sessionStorage.setItem("oauth_state", state);
  sessionStorage.setItem("pkce_verifier", codeVerifier);
  const params = new URLSearchParams({ client_id: clientId, redirect_uri: redirectUri, state });
  return `${AUTHORIZE_URL}?${params}`;
}

export function beginLoginSecure(clientId: string, redirectUri: string): string {
  const bytes = crypto.getRandomValues(new Uint8Array(32));
  const state = Array.from(bytes, (b) => b.toString(16).padStart(2, "0")).join("");
  sessionStorage.setItem("oauth_state", state);
  return `${AUTHORIZE_URL}?${new URLSearchParams({ client_id: clientId, redirect_uri: redirectUri, state })}`;
}

export function skeletonWidth(): string {
  return `${60 + Math.round(Math.random() * 30)}%`;
}
