import { beforeEach, describe, expect, it, vi } from 'vitest';
import { IpcChannel } from '../../../shared/ipc/channels';
import { MAX_FILE_BYTES } from '../../../shared/ipc/contract';
import { registerIpcHandlers, type FileSystemPort } from '../../../electron/main/ipc';
import { createFakeElectron, FakeIpcMain, FakeWebContents, invokeEvent } from '../fake-electron';

const APP = 'app://maillage/index.html';

function setup() {
  const electron = createFakeElectron();
  const ipcMain = new FakeIpcMain();
  const written = new Map<string, Uint8Array>();
  const fs: FileSystemPort = {
    readFile: vi.fn(async () => new TextEncoder().encode('{"hello":1}')),
    stat: vi.fn(async () => ({ size: 11, isFile: () => true })),
    writeFileAtomic: vi.fn(async (path: string, data: Uint8Array) => {
      written.set(path, data);
    }),
  };
  const setLocale = vi.fn();
  registerIpcHandlers({
    ipcMain,
    dialog: electron.dialog as never,
    fs,
    getWindow: () => null,
    appVersion: () => '1.2.3',
    setLocale,
  });
  return { ipcMain, dialog: electron.dialog, fs, written, setLocale };
}

describe('IPC handlers', () => {
  let ctx: ReturnType<typeof setup>;
  beforeEach(() => {
    ctx = setup();
  });

  it('registers a handler for every channel of the contract', () => {
    expect([...ctx.ipcMain.handlers.keys()].sort()).toEqual(Object.values(IpcChannel).sort());
  });

  it('answers the app version to the app window', async () => {
    expect(await ctx.ipcMain.invoke(IpcChannel.appVersion, invokeEvent(APP))).toBe('1.2.3');
  });

  describe('refuses messages from anything but the app window, and does nothing', () => {
    it.each([
      ['a remote page', 'https://evil.example/'],
      ['a local file', 'file:///tmp/x.html'],
      ['another app:// host', 'app://evil/index.html'],
      ['a destroyed frame', null],
    ])('%s', async (_label, url) => {
      await expect(ctx.ipcMain.invoke(IpcChannel.setLocale, invokeEvent(url), { locale: 'en' })).rejects.toThrow(
        /refused/,
      );
      expect(ctx.setLocale).not.toHaveBeenCalled();
    });

    it('a subframe of the app', async () => {
      const event = { senderFrame: { url: APP, parent: {} }, sender: new FakeWebContents() };
      await expect(ctx.ipcMain.invoke(IpcChannel.appVersion, event as never)).rejects.toThrow(/refused/);
    });
  });

  describe('rejects bad payloads with a clear error and does nothing', () => {
    it('a wrong type', async () => {
      await expect(ctx.ipcMain.invoke(IpcChannel.setLocale, invokeEvent(APP), { locale: 42 })).rejects.toThrow(
        /invalid request \(locale:/,
      );
      await expect(ctx.ipcMain.invoke(IpcChannel.printToPdf, invokeEvent(APP), 'A4')).rejects.toThrow(/invalid request/);
      expect(ctx.setLocale).not.toHaveBeenCalled();
    });

    it('a payload carrying __proto__', async () => {
      const payload = JSON.parse('{"locale":"en","__proto__":{"polluted":true}}');
      await expect(ctx.ipcMain.invoke(IpcChannel.setLocale, invokeEvent(APP), payload)).rejects.toThrow(
        /invalid request/,
      );
      expect(ctx.setLocale).not.toHaveBeenCalled();
      expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    });

    it('an unknown extra field', async () => {
      const payload = { pageSize: 'A4', landscape: true, marginsType: 'evil' };
      await expect(ctx.ipcMain.invoke(IpcChannel.printToPdf, invokeEvent(APP), payload)).rejects.toThrow(
        /invalid request/,
      );
    });

    it('an oversized string', async () => {
      const payload = { suggestedName: 'a'.repeat(100_000), filters: [] };
      await expect(ctx.ipcMain.invoke(IpcChannel.showSaveDialog, invokeEvent(APP), payload)).rejects.toThrow(
        /invalid request \(suggestedName:/,
      );
      expect(ctx.dialog.showSaveDialog).not.toHaveBeenCalled();
    });

    it('a suggested file name that is a path', async () => {
      const payload = { suggestedName: '../../.bashrc', filters: [] };
      await expect(ctx.ipcMain.invoke(IpcChannel.showSaveDialog, invokeEvent(APP), payload)).rejects.toThrow(
        /plain file name/,
      );
    });

    it('file bytes over the size limit', async () => {
      const huge = { byteLength: MAX_FILE_BYTES + 1 };
      Object.setPrototypeOf(huge, Uint8Array.prototype);
      const payload = { token: 'a'.repeat(32), data: huge };
      await expect(ctx.ipcMain.invoke(IpcChannel.writeChosenFile, invokeEvent(APP), payload)).rejects.toThrow(
        /file too large/,
      );
      expect(ctx.fs.writeFileAtomic).not.toHaveBeenCalled();
    });
  });

  it('writes only to the file the user chose, once per choice', async () => {
    ctx.dialog.showSaveDialog.mockResolvedValue({ canceled: false, filePath: '/home/u/Situation A.svg' });
    const target = (await ctx.ipcMain.invoke(IpcChannel.showSaveDialog, invokeEvent(APP), {
      suggestedName: 'Situation A.svg',
      filters: [{ name: 'SVG', extensions: ['svg'] }],
    })) as { token: string; name: string };
    expect(target.name).toBe('Situation A.svg');
    expect(target.token).toMatch(/^[0-9a-f]{32}$/);

    const data = new TextEncoder().encode('<svg/>');
    await ctx.ipcMain.invoke(IpcChannel.writeChosenFile, invokeEvent(APP), { token: target.token, data });
    expect(ctx.written.get('/home/u/Situation A.svg')).toEqual(data);

    await expect(
      ctx.ipcMain.invoke(IpcChannel.writeChosenFile, invokeEvent(APP), { token: target.token, data }),
    ).rejects.toThrow(/unknown or used token/);
    await expect(
      ctx.ipcMain.invoke(IpcChannel.writeChosenFile, invokeEvent(APP), { token: 'f'.repeat(32), data }),
    ).rejects.toThrow(/unknown or used token/);
    expect(ctx.written.size).toBe(1);
  });

  it('returns null when the user cancels a dialog', async () => {
    ctx.dialog.showSaveDialog.mockResolvedValue({ canceled: true, filePath: '' });
    ctx.dialog.showOpenDialog.mockResolvedValue({ canceled: true, filePaths: [] });
    expect(
      await ctx.ipcMain.invoke(IpcChannel.showSaveDialog, invokeEvent(APP), { suggestedName: 'a.json', filters: [] }),
    ).toBeNull();
    expect(
      await ctx.ipcMain.invoke(IpcChannel.showOpenDialog, invokeEvent(APP), { filters: [], maxBytes: 1000 }),
    ).toBeNull();
  });

  it('reads an opened file, but refuses one over the size the renderer accepts', async () => {
    ctx.dialog.showOpenDialog.mockResolvedValue({ canceled: false, filePaths: ['/home/u/cas.json'] });
    const opened = (await ctx.ipcMain.invoke(IpcChannel.showOpenDialog, invokeEvent(APP), {
      filters: [{ name: 'JSON', extensions: ['json'] }],
      maxBytes: 1000,
    })) as { name: string; data: Uint8Array };
    expect(opened.name).toBe('cas.json');
    expect(new TextDecoder().decode(opened.data)).toBe('{"hello":1}');

    await expect(
      ctx.ipcMain.invoke(IpcChannel.showOpenDialog, invokeEvent(APP), { filters: [], maxBytes: 5 }),
    ).rejects.toThrow(/too large/);
  });

  it('prints the sending page to PDF with the requested page', async () => {
    const sender = new FakeWebContents();
    const pdf = await ctx.ipcMain.invoke(IpcChannel.printToPdf, invokeEvent(APP, sender), {
      pageSize: 'A3',
      landscape: true,
    });
    expect(sender.printToPDF).toHaveBeenCalledWith(expect.objectContaining({ pageSize: 'A3', landscape: true }));
    expect(new TextDecoder().decode(pdf as Uint8Array)).toMatch(/^%PDF/);
  });
});
