import path from 'node:path';
import { readFileSync, writeFileSync } from 'node:fs';
import { app, BrowserWindow, dialog, ipcMain, Menu, protocol, screen, session, shell } from 'electron';
import { MENU_COMMAND_CHANNEL, type MenuCommand } from '../../shared/ipc/channels';
import type { Locale } from '../../shared/ipc/contract';
import { APP_ENTRY_URL, APP_SCHEME } from './app-origin';
import { nodeFileSystem } from './files';
import { registerIpcHandlers } from './ipc';
import { buildMenuTemplate } from './menu';
import { APP_SCHEME_PRIVILEGES, createAppProtocolHandler } from './protocol';
import { denyAllPermissions, hardenWebContents, secureWebPreferences } from './security';
import { restoreWindowState, type WindowState } from './window-state';

export interface AppPaths {
  /** The built renderer (index.html and assets). */
  rendererDir: string;
  preloadFile: string;
}

export function defaultAppPaths(mainDir: string): AppPaths {
  return {
    rendererDir: path.join(mainDir, '..', 'renderer'),
    preloadFile: path.join(mainDir, 'preload.cjs'),
  };
}

export function systemLocale(): Locale {
  return app.getLocale().toLowerCase().startsWith('en') ? 'en' : 'fr';
}

/** Everything the desktop shell does, wired once. Returns false when another instance owns the lock. */
export function runApp(paths: AppPaths): boolean {
  // Must happen before `ready`: app:// gets a real origin, secure context and fetch support.
  protocol.registerSchemesAsPrivileged([APP_SCHEME_PRIVILEGES]);

  if (!app.requestSingleInstanceLock()) {
    app.quit();
    return false;
  }

  let mainWindow: BrowserWindow | null = null;
  let locale: Locale = 'fr';
  const stateFile = (): string => path.join(app.getPath('userData'), 'window-state.json');

  const sendMenuCommand = (command: MenuCommand): void => {
    mainWindow?.webContents.send(MENU_COMMAND_CHANNEL, command);
  };
  const applyMenu = (): void => {
    Menu.setApplicationMenu(Menu.buildFromTemplate(buildMenuTemplate(locale, sendMenuCommand, process.platform === 'darwin')));
  };

  app.on('second-instance', () => {
    if (!mainWindow) return;
    if (mainWindow.isMinimized()) mainWindow.restore();
    mainWindow.focus();
  });

  // Every WebContents, including any the app did not mean to create, is locked down.
  app.on('web-contents-created', (_event, contents) => {
    hardenWebContents(contents, (url) => shell.openExternal(url));
  });

  app.on('window-all-closed', () => {
    app.quit();
  });

  registerIpcHandlers({
    ipcMain,
    dialog,
    fs: nodeFileSystem,
    getWindow: () => mainWindow,
    appVersion: () => app.getVersion(),
    setLocale: (next) => {
      locale = next;
      applyMenu();
    },
  });

  void app.whenReady().then(() => {
    locale = systemLocale();
    denyAllPermissions(session.defaultSession);
    session.defaultSession.protocol.handle(APP_SCHEME, createAppProtocolHandler(paths.rendererDir));
    applyMenu();
    mainWindow = createMainWindow(paths, readWindowState(stateFile()), (state) => writeWindowState(stateFile(), state));
    mainWindow.on('closed', () => {
      mainWindow = null;
    });
  });
  return true;
}

export function createMainWindow(
  paths: AppPaths,
  state: WindowState,
  saveState: (state: WindowState) => void,
): BrowserWindow {
  const window = new BrowserWindow({
    ...(state.x !== undefined && state.y !== undefined ? { x: state.x, y: state.y } : {}),
    width: state.width,
    height: state.height,
    minWidth: 640,
    minHeight: 480,
    show: false,
    title: 'Maillage',
    backgroundColor: '#f7f5f0',
    // A packaged build (what users install) has no DevTools: anyone at an unlocked computer could
    // read the decrypted cases and the data key from the page with them.
    webPreferences: secureWebPreferences(paths.preloadFile, { devTools: !app.isPackaged }),
  });
  if (state.maximized) window.maximize();
  window.once('ready-to-show', () => window.show());
  window.on('close', () => {
    const bounds = window.getNormalBounds();
    saveState({ ...bounds, maximized: window.isMaximized() });
  });
  void window.loadURL(APP_ENTRY_URL);
  return window;
}

function readWindowState(file: string): WindowState {
  let raw: unknown = undefined;
  try {
    raw = JSON.parse(readFileSync(file, 'utf8'));
  } catch {
    // First run or unreadable file: the default size is fine.
  }
  return restoreWindowState(raw, screen.getAllDisplays().map((display) => display.workArea));
}

function writeWindowState(file: string, state: WindowState): void {
  try {
    writeFileSync(file, JSON.stringify(state));
  } catch {
    // Losing the window size is not worth bothering the user about.
  }
}
