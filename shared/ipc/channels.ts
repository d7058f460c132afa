// IPC channel names, kept apart from the Zod contract so that the preload bundle stays tiny
// (it only needs the names; validation happens in main).
import { MENU_COMMAND_IDS, type CommandId } from '../commands/commands';

export const IpcChannel = {
  appVersion: 'maillage:app-version',
  showOpenDialog: 'maillage:show-open-dialog',
  showSaveDialog: 'maillage:show-save-dialog',
  writeChosenFile: 'maillage:write-chosen-file',
  printToPdf: 'maillage:print-to-pdf',
  setLocale: 'maillage:set-locale',
} as const;
export type IpcChannel = (typeof IpcChannel)[keyof typeof IpcChannel];

/** Main to renderer: a menu item was chosen. */
export const MENU_COMMAND_CHANNEL = 'maillage:menu-command';

/** What the menu may send: the commands of the table that have a place in the menu. */
export const MENU_COMMANDS = MENU_COMMAND_IDS;
export type MenuCommand = CommandId;
