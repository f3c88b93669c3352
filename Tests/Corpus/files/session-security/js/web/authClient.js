import { apiFetch } from './api';

const THEME_KEY = 'portal.theme';
const LAST_CLINIC_KEY = 'portal.lastClinic';

export async function signIn(username, password) {
  const res = await apiFetch('/auth/login', {
    method: 'POST',
    body: JSON.stringify({ username, password }),
  });
  if (!res.ok) throw new Error('sign-in failed');
  const body = await res.json();
  localStorage.setItem('jwt', body.token);
  sessionStorage.setItem('refresh_token', body.refreshToken);
  return body.user;
}

export function rememberClinic(clinicId) {
  localStorage.setItem(LAST_CLINIC_KEY, String(clinicId));
}

export function setTheme(theme) {
  window.localStorage.setItem(THEME_KEY, theme);
  document.documentElement.dataset.theme = theme;
}

export function storeSsoResult(result) {
  localStorage.idToken = result.id_token;
  window.localStorage['user'] = JSON.stringify({ name: result.name, accessToken: result.access_token });
}

export function signOut() {
  localStorage.removeItem('jwt');
  sessionStorage.removeItem('refresh_token');
  window.location.assign('/login');
}

export function currentToken() {
  return localStorage.getItem('jwt');
}

export function saveDraftFilters(filters) {
  sessionStorage.setItem('schedule.filters', JSON.stringify(filters));
}
