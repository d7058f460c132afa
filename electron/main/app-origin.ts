// The app is served from app://maillage/ rather than file://, so that it has a real origin
// (IndexedDB, CSP and same-origin checks behave as on the web) and cannot read the disk.
export const APP_SCHEME = 'app';
export const APP_HOST = 'maillage';
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;
export const APP_ENTRY_URL = `${APP_ORIGIN}/index.html`;

export function isAppUrl(raw: string): boolean {
  try {
    const url = new URL(raw);
    return url.protocol === `${APP_SCHEME}:` && url.host === APP_HOST;
  } catch {
    return false;
  }
}
