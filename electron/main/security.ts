import type { BrowserWindowConstructorOptions, Session, WebContents, WebFrameMain } from 'electron';
import { isAppUrl } from './app-origin';

/**
 * Web preferences of every window: the renderer is a web page with no Node and no disk. Nothing
 * else is set: in particular no `enableBlinkFeatures` (Chromium features off by default stay off).
 * DevTools are for development only: `devTools` is false in a packaged build.
 */
export function secureWebPreferences(
  preloadPath: string,
  options: { devTools: boolean },
): NonNullable<BrowserWindowConstructorOptions['webPreferences']> {
  return {
    preload: preloadPath,
    contextIsolation: true,
    sandbox: true,
    nodeIntegration: false,
    nodeIntegrationInWorker: false,
    nodeIntegrationInSubFrames: false,
    webSecurity: true,
    allowRunningInsecureContent: false,
    experimentalFeatures: false,
    webviewTag: false,
    navigateOnDragDrop: false,
    spellcheck: false,
    devTools: options.devTools,
  };
}

/**
 * External links the app may open in the user's browser. Exact URLs only: a case must never be
 * able to send the user anywhere. Empty until the project has a public help page.
 */
export const EXTERNAL_URL_ALLOW_LIST: readonly string[] = [];

export function isAllowedExternalUrl(url: string, allowList: readonly string[] = EXTERNAL_URL_ALLOW_LIST): boolean {
  return allowList.includes(url);
}

/**
 * Blocks every navigation away from the app, denies window.open, and hands allow-listed links
 * to the system browser. Called for every WebContents that is created.
 */
export function hardenWebContents(
  contents: WebContents,
  openExternal: (url: string) => Promise<void>,
  allowList: readonly string[] = EXTERNAL_URL_ALLOW_LIST,
): void {
  const openIfAllowed = (url: string): void => {
    if (isAllowedExternalUrl(url, allowList)) void openExternal(url);
  };
  // The app is a single page: any navigation (a dropped file, a link, a redirect) is refused.
  contents.on('will-navigate', (event, url) => {
    event.preventDefault();
    openIfAllowed(url);
  });
  contents.on('will-redirect', (event) => {
    event.preventDefault();
  });
  contents.on('will-attach-webview', (event) => {
    event.preventDefault();
  });
  contents.setWindowOpenHandler(({ url }) => {
    openIfAllowed(url);
    return { action: 'deny' };
  });
}

/** No camera, microphone, notifications, geolocation... for anyone, ever. */
export function denyAllPermissions(session: Session): void {
  session.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  session.setPermissionCheckHandler(() => false);
  session.setDevicePermissionHandler(() => false);
}

/** Only the app's own top frame may talk to main. */
export function isTrustedSender(frame: WebFrameMain | null | undefined): boolean {
  if (!frame) return false;
  if (frame.parent !== null) return false;
  return isAppUrl(frame.url);
}
