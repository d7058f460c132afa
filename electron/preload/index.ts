// The only bridge between the page and main: a handful of typed calls, nothing else.
// Runs sandboxed, so it may only require 'electron'; validation happens in main.
import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron';
import { IpcChannel, MENU_COMMAND_CHANNEL, MENU_COMMANDS, type MenuCommand } from '../../shared/ipc/channels';
import type { MaillageBridge } from '../../shared/ipc/contract';

const bridge: MaillageBridge = {
  appVersion: () => ipcRenderer.invoke(IpcChannel.appVersion),
  showOpenDialog: (request) => ipcRenderer.invoke(IpcChannel.showOpenDialog, request),
  showSaveDialog: (request) => ipcRenderer.invoke(IpcChannel.showSaveDialog, request),
  writeChosenFile: (request) => ipcRenderer.invoke(IpcChannel.writeChosenFile, request),
  printToPdf: (request) => ipcRenderer.invoke(IpcChannel.printToPdf, request),
  setLocale: (request) => ipcRenderer.invoke(IpcChannel.setLocale, request),
  onMenuCommand: (listener) => {
    const wrapped = (_event: IpcRendererEvent, command: unknown): void => {
      if ((MENU_COMMANDS as readonly unknown[]).includes(command)) listener(command as MenuCommand);
    };
    ipcRenderer.on(MENU_COMMAND_CHANNEL, wrapped);
    return () => {
      ipcRenderer.removeListener(MENU_COMMAND_CHANNEL, wrapped);
    };
  },
};

contextBridge.exposeInMainWorld('maillage', bridge);
