// The preload is the page's only door to main: it must hand contextBridge one object with the
// seven functions of MaillageBridge and nothing else (no ipcRenderer, no generic send or invoke).
import type * as Electron from 'electron';
import { describe, expect, it, vi } from 'vitest';
import { IpcChannel, MENU_COMMAND_CHANNEL } from '../../../shared/ipc/channels';
import type { MaillageBridge } from '../../../shared/ipc/contract';

type MenuListener = (event: Electron.IpcRendererEvent, command: unknown) => void;

const fake = vi.hoisted(() => ({
  exposed: [] as Array<[string, unknown]>,
  invoke: vi.fn(async (channel: string, payload?: unknown) => ({ channel, payload })),
  listeners: new Map<string, Set<(...args: never[]) => void>>(),
}));

vi.mock('electron', () => ({
  contextBridge: {
    exposeInMainWorld: (key: string, api: unknown) => fake.exposed.push([key, api]),
  },
  ipcRenderer: {
    invoke: fake.invoke,
    on: (channel: string, listener: (...args: never[]) => void) => {
      fake.listeners.set(channel, (fake.listeners.get(channel) ?? new Set()).add(listener));
    },
    removeListener: (channel: string, listener: (...args: never[]) => void) => {
      fake.listeners.get(channel)?.delete(listener);
    },
  },
}));

await import('../../../electron/preload/index');

function bridge(): MaillageBridge {
  const [entry] = fake.exposed;
  if (!entry) throw new Error('the preload exposed nothing');
  return entry[1] as MaillageBridge;
}

function sendMenuCommand(command: unknown): void {
  for (const listener of fake.listeners.get(MENU_COMMAND_CHANNEL) ?? []) (listener as MenuListener)({} as Electron.IpcRendererEvent, command);
}

describe('the preload bridge', () => {
  it('exposes one object, as window.maillage, and nothing else', () => {
    expect(fake.exposed.map(([key]) => key)).toEqual(['maillage']);
  });

  it('has exactly the seven functions of the contract, and no other key', () => {
    const api = bridge();
    expect(Object.keys(api).sort()).toEqual(
      ['appVersion', 'onMenuCommand', 'printToPdf', 'setLocale', 'showOpenDialog', 'showSaveDialog', 'writeChosenFile'].sort(),
    );
    expect(Object.getOwnPropertySymbols(api)).toEqual([]);
    expect(Object.getPrototypeOf(api)).toBe(Object.prototype);
    for (const value of Object.values(api)) expect(typeof value).toBe('function');
  });

  it('sends each call on its own channel, with the payload as given', async () => {
    const api = bridge();
    const request = { marker: 'payload' } as never;
    const calls: Array<[() => Promise<unknown>, string, unknown]> = [
      [() => api.appVersion(), IpcChannel.appVersion, undefined],
      [() => api.showOpenDialog(request), IpcChannel.showOpenDialog, request],
      [() => api.showSaveDialog(request), IpcChannel.showSaveDialog, request],
      [() => api.writeChosenFile(request), IpcChannel.writeChosenFile, request],
      [() => api.printToPdf(request), IpcChannel.printToPdf, request],
      [() => api.setLocale(request), IpcChannel.setLocale, request],
    ];
    for (const [call, channel, payload] of calls) expect(await call()).toEqual({ channel, payload });
    expect(fake.invoke).toHaveBeenCalledTimes(calls.length);
  });

  it('passes on menu commands it knows, drops any other message, and unsubscribes', () => {
    const received: string[] = [];
    const unsubscribe = bridge().onMenuCommand((command) => received.push(command));
    sendMenuCommand('undo');
    sendMenuCommand('rm -rf /');
    sendMenuCommand({ toString: () => 'undo' });
    expect(received).toEqual(['undo']);
    unsubscribe();
    sendMenuCommand('redo');
    expect(received).toEqual(['undo']);
    expect(fake.listeners.get(MENU_COMMAND_CHANNEL)?.size).toBe(0);
  });
});
