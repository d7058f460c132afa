// A typed fake of the parts of the `electron` module that main uses. The real module cannot be
// loaded here (its binary is fetched on first launch), and a fake lets the tests drive events
// that only a real window would produce. Signatures come from Electron's own types.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type * as Electron from 'electron';
import { vi } from 'vitest';

type Listener = (...args: never[]) => unknown;

const temporaryFolders = new Set<string>();
/** Deletes the profile folders the fakes made (after each test). */
export function removeTemporaryUserData(): void {
  for (const folder of temporaryFolders) rmSync(folder, { recursive: true, force: true });
  temporaryFolders.clear();
}

class FakeEmitter {
  readonly listeners = new Map<string, Listener[]>();
  on(event: string, listener: Listener): this {
    this.listeners.set(event, [...(this.listeners.get(event) ?? []), listener]);
    return this;
  }
  once(event: string, listener: Listener): this {
    return this.on(event, listener);
  }
  removeListener(event: string, listener: Listener): this {
    this.listeners.set(event, (this.listeners.get(event) ?? []).filter((l) => l !== listener));
    return this;
  }
  /** Calls every listener of `event` as Electron would. */
  emit(event: string, ...args: unknown[]): void {
    for (const listener of this.listeners.get(event) ?? []) (listener as (...a: unknown[]) => unknown)(...args);
  }
}

export interface FakeNavigationEvent {
  defaultPrevented: boolean;
  preventDefault(): void;
}
export function navigationEvent(): FakeNavigationEvent {
  return {
    defaultPrevented: false,
    preventDefault() {
      this.defaultPrevented = true;
    },
  };
}

type WindowOpenHandler = Parameters<Electron.WebContents['setWindowOpenHandler']>[0];

export class FakeWebContents extends FakeEmitter {
  windowOpenHandler: WindowOpenHandler | null = null;
  readonly send = vi.fn<Electron.WebContents['send']>();
  readonly printToPDF = vi.fn<Electron.WebContents['printToPDF']>(async () => Buffer.from('%PDF-1.7 fake'));
  setWindowOpenHandler(handler: WindowOpenHandler): void {
    this.windowOpenHandler = handler;
  }
}

export class FakeBrowserWindow extends FakeEmitter {
  static readonly instances: FakeBrowserWindow[] = [];
  readonly webContents = new FakeWebContents();
  readonly loadURL = vi.fn<Electron.BrowserWindow['loadURL']>(async () => undefined);
  readonly show = vi.fn();
  readonly focus = vi.fn();
  readonly restore = vi.fn();
  readonly maximize = vi.fn(() => {
    this.maximized = true;
  });
  bounds: Electron.Rectangle = { x: 10, y: 20, width: 1200, height: 800 };
  maximized = false;
  constructor(readonly options: Electron.BrowserWindowConstructorOptions) {
    super();
    FakeBrowserWindow.instances.push(this);
  }
  isMinimized(): boolean {
    return false;
  }
  isMaximized(): boolean {
    return this.maximized;
  }
  getNormalBounds(): Electron.Rectangle {
    return this.bounds;
  }
}

type PermissionRequestHandler = Parameters<Electron.Session['setPermissionRequestHandler']>[0];
type PermissionCheckHandler = Parameters<Electron.Session['setPermissionCheckHandler']>[0];
type DevicePermissionHandler = Parameters<Electron.Session['setDevicePermissionHandler']>[0];
type ProtocolHandler = Parameters<Electron.Protocol['handle']>[1];

export class FakeSession {
  permissionRequestHandler: PermissionRequestHandler = null;
  permissionCheckHandler: PermissionCheckHandler = null;
  devicePermissionHandler: DevicePermissionHandler = null;
  readonly protocolHandlers = new Map<string, ProtocolHandler>();
  readonly protocol = {
    handle: (scheme: string, handler: ProtocolHandler): void => {
      this.protocolHandlers.set(scheme, handler);
    },
  };
  setPermissionRequestHandler(handler: PermissionRequestHandler): void {
    this.permissionRequestHandler = handler;
  }
  setPermissionCheckHandler(handler: PermissionCheckHandler): void {
    this.permissionCheckHandler = handler;
  }
  setDevicePermissionHandler(handler: DevicePermissionHandler): void {
    this.devicePermissionHandler = handler;
  }
}

type InvokeHandler = (event: Electron.IpcMainInvokeEvent, ...args: unknown[]) => unknown;

export class FakeIpcMain {
  readonly handlers = new Map<string, InvokeHandler>();
  handle(channel: string, handler: InvokeHandler): void {
    if (this.handlers.has(channel)) throw new Error(`Attempted to register a second handler for '${channel}'`);
    this.handlers.set(channel, handler);
  }
  /** Calls a handler as a renderer's `ipcRenderer.invoke` would. */
  async invoke(channel: string, event: Electron.IpcMainInvokeEvent, payload?: unknown): Promise<unknown> {
    const handler = this.handlers.get(channel);
    if (!handler) throw new Error(`No handler for ${channel}`);
    return handler(event, payload);
  }
}

export class FakeApp extends FakeEmitter {
  hasLock = true;
  locale = 'fr-FR';
  /** True in a build made by electron-builder, false under `npm start`. */
  isPackaged = false;
  constructor(private userData: string | null) {
    super();
  }
  /** The profile folder: a real temporary folder made on first use, so main's own file reads and writes run. */
  userDataFolder(): string {
    if (this.userData === null) {
      this.userData = mkdtempSync(path.join(tmpdir(), 'maillage-fake-user-data-'));
      temporaryFolders.add(this.userData);
    }
    return this.userData;
  }
  readonly quit = vi.fn();
  readonly requestSingleInstanceLock = vi.fn(() => this.hasLock);
  private resolveReady: () => void = () => undefined;
  private readonly ready = new Promise<void>((resolve) => {
    this.resolveReady = resolve;
  });
  whenReady(): Promise<void> {
    return this.ready;
  }
  /** Fires `ready` as Electron does once it has started. */
  becomeReady(): Promise<void> {
    this.resolveReady();
    return this.ready;
  }
  getLocale(): string {
    return this.locale;
  }
  getVersion(): string {
    return '0.1.0-test';
  }
  getPath(name: Parameters<Electron.App['getPath']>[0]): string {
    if (name !== 'userData') throw new Error(`the fake has no ${name} folder`);
    return this.userDataFolder();
  }
}

/** A frame as seen by an IPC handler (`event.senderFrame`). */
export function fakeFrame(url: string, parent: object | null = null): Electron.WebFrameMain {
  return { url, parent } as unknown as Electron.WebFrameMain;
}

export function invokeEvent(url: string | null, sender = new FakeWebContents()): Electron.IpcMainInvokeEvent {
  return { senderFrame: url === null ? null : fakeFrame(url), sender } as unknown as Electron.IpcMainInvokeEvent;
}

/**
 * Everything `import ... from 'electron'` gives main, fresh for each test. Pass the profile folder
 * of an earlier fake (`app.userDataFolder()`) to start the app again on the same disk.
 */
export function createFakeElectron(userData: string | null = null) {
  FakeBrowserWindow.instances.length = 0;
  const defaultSession = new FakeSession();
  return {
    app: new FakeApp(userData),
    BrowserWindow: FakeBrowserWindow,
    ipcMain: new FakeIpcMain(),
    dialog: {
      showOpenDialog: vi.fn<Electron.Dialog['showOpenDialog']>(),
      showSaveDialog: vi.fn<Electron.Dialog['showSaveDialog']>(),
    },
    Menu: {
      template: null as Electron.MenuItemConstructorOptions[] | null,
      buildFromTemplate(template: Electron.MenuItemConstructorOptions[]) {
        this.template = template;
        return { template };
      },
      setApplicationMenu: vi.fn(),
    },
    protocol: { registerSchemesAsPrivileged: vi.fn<Electron.Protocol['registerSchemesAsPrivileged']>() },
    session: { defaultSession },
    shell: { openExternal: vi.fn<Electron.Shell['openExternal']>(async () => undefined) },
    screen: { getAllDisplays: () => [{ workArea: { x: 0, y: 0, width: 1920, height: 1080 } }] },
  };
}
export type FakeElectron = ReturnType<typeof createFakeElectron>;
