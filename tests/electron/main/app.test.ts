import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { fakeHolder, relaunch, useFakeElectron } from './electron-mock';
import { createFakeElectron, FakeBrowserWindow, navigationEvent } from '../fake-electron';

vi.mock('electron', async () => {
  const { fakeHolder: holder } = await import('./electron-mock');
  const get = <K extends keyof typeof holder.current>(key: K) => holder.current[key];
  return {
    get app() { return get('app'); },
    get BrowserWindow() { return get('BrowserWindow'); },
    get ipcMain() { return get('ipcMain'); },
    get dialog() { return get('dialog'); },
    get Menu() { return get('Menu'); },
    get protocol() { return get('protocol'); },
    get session() { return get('session'); },
    get shell() { return get('shell'); },
    get screen() { return get('screen'); },
  };
});

const { runApp } = await import('../../../electron/main/app');
const electron = useFakeElectron();
const paths = { rendererDir: '/app/dist/renderer', preloadFile: '/app/dist/electron/preload.cjs' };

async function startApp() {
  expect(runApp(paths)).toBe(true);
  await electron().app.becomeReady();
  const window = FakeBrowserWindow.instances[0];
  if (!window) throw new Error('no window was created');
  return window;
}

describe('desktop shell start-up', () => {
  it('opens one window with the secure web preferences, and only those', async () => {
    const window = await startApp();
    expect(FakeBrowserWindow.instances).toHaveLength(1);
    // toEqual, not toMatchObject: a preference added here (enableBlinkFeatures, say) fails the test.
    expect(window.options.webPreferences).toEqual({
      preload: paths.preloadFile,
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
      devTools: true,
    });
  });

  it('turns experimental Chromium features off and enables no Blink feature', async () => {
    const preferences = (await startApp()).options.webPreferences;
    expect(preferences?.experimentalFeatures).toBe(false);
    expect(preferences).not.toHaveProperty('enableBlinkFeatures');
  });

  it('has no DevTools in a packaged build, and keeps them under npm start', async () => {
    electron().app.isPackaged = true;
    expect((await startApp()).options.webPreferences?.devTools).toBe(false);
    fakeHolder.current = createFakeElectron();
    expect((await startApp()).options.webPreferences?.devTools).toBe(true);
  });

  it('loads the app from app://, not file://', async () => {
    const window = await startApp();
    expect(window.loadURL).toHaveBeenCalledWith('app://maillage/index.html');
    expect(electron().protocol.registerSchemesAsPrivileged).toHaveBeenCalledWith([
      expect.objectContaining({ scheme: 'app', privileges: expect.objectContaining({ standard: true, secure: true }) }),
    ]);
    expect(electron().session.defaultSession.protocolHandlers.has('app')).toBe(true);
  });

  it('quits at once when another instance already runs, and focuses the first one instead', async () => {
    electron().app.hasLock = false;
    expect(runApp(paths)).toBe(false);
    expect(electron().app.quit).toHaveBeenCalled();

    fakeHolder.current = createFakeElectron();
    const window = await startApp();
    electron().app.emit('second-instance');
    expect(window.focus).toHaveBeenCalled();
  });

  it('denies every permission request and check', async () => {
    await startApp();
    const session = electron().session.defaultSession;
    for (const permission of ['media', 'geolocation', 'notifications', 'clipboard-read'] as const) {
      const callback = vi.fn();
      session.permissionRequestHandler?.({} as never, permission, callback, {} as never);
      expect(callback).toHaveBeenCalledWith(false);
    }
    expect(session.permissionCheckHandler?.(null, 'media', 'app://maillage', {} as never)).toBe(false);
    expect(session.devicePermissionHandler?.({} as never)).toBe(false);
  });

  it('locks down every web contents created later: navigation blocked, window.open denied', async () => {
    const window = await startApp();
    electron().app.emit('web-contents-created', {}, window.webContents);

    const navigation = navigationEvent();
    window.webContents.emit('will-navigate', navigation, 'https://example.org/');
    expect(navigation.defaultPrevented).toBe(true);

    const opened = window.webContents.windowOpenHandler?.({ url: 'https://example.org/' } as never);
    expect(opened).toEqual({ action: 'deny' });
    expect(electron().shell.openExternal).not.toHaveBeenCalled();
  });

  it('sets a French application menu with File, Edit, Add, View and Help by default', async () => {
    await startApp();
    const labels = electron().Menu.template?.map((item) => item.label);
    expect(labels).toEqual(['Fichier', 'Édition', 'Ajouter', 'Affichage', 'Aide']);
  });

  it('switches the menu to English when the renderer asks for it', async () => {
    const window = await startApp();
    const event = { senderFrame: { url: 'app://maillage/index.html', parent: null }, sender: window.webContents };
    await electron().ipcMain.invoke('maillage:set-locale', event as never, { locale: 'en' });
    expect(electron().Menu.template?.map((item) => item.label)).toEqual(['File', 'Edit', 'Add', 'View', 'Help']);
  });

  it('opens at the default size on first run', async () => {
    const window = await startApp();
    expect(window.options).toMatchObject({ width: 1280, height: 820 });
    expect(window.options).not.toHaveProperty('x');
  });

  it('remembers the window size, position and maximised state across a restart', async () => {
    const first = await startApp();
    first.bounds = { x: 200, y: 120, width: 1000, height: 700 };
    first.maximize();
    first.emit('close');
    const stateFile = path.join(electron().app.getPath('userData'), 'window-state.json');
    expect(existsSync(stateFile)).toBe(true);

    relaunch();
    const second = await startApp();
    expect(second.options).toMatchObject({ x: 200, y: 120, width: 1000, height: 700 });
    expect(second.maximize).toHaveBeenCalled();
    expect(JSON.parse(readFileSync(stateFile, 'utf8'))).toEqual({ x: 200, y: 120, width: 1000, height: 700, maximized: true });
  });

  it('opens at the default size when the remembered state is unreadable', async () => {
    writeFileSync(path.join(electron().app.getPath('userData'), 'window-state.json'), '{"width": "huge"');
    const window = await startApp();
    expect(window.options).toMatchObject({ width: 1280, height: 820 });
  });
});
