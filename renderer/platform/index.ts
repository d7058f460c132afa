import type { MaillageBridge } from '../../shared/ipc/contract';
import { createBrowserPlatform } from './browser-platform';
import { createElectronPlatform } from './electron-platform';
import type { Platform } from './platform';

export type { Platform } from './platform';

declare global {
  interface Window {
    /** Set by the desktop shell's preload script; absent in the web mode. */
    maillage?: MaillageBridge;
  }
}

let current: Platform | null = null;

/** The one place that tells the two modes apart. */
export function getPlatform(): Platform {
  current ??= window.maillage ? createElectronPlatform(window.maillage) : createBrowserPlatform();
  return current;
}
