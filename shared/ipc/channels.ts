// IPC channel names, kept apart from the Zod contract so that the preload bundle stays tiny
// (it only needs the names; validation happens in main).

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

export const MENU_COMMANDS = [
  'new-case',
  'open-library',
  'import-file',
  'export',
  'print',
  'undo',
  'redo',
  'cut',
  'copy',
  'paste',
  'select-all',
  'delete',
  'find',
  'zoom-in',
  'zoom-out',
  'fit-view',
  'toggle-legend',
  'toggle-minimap',
  'toggle-presentation',
  'organise',
  'lock',
  'about',
  'shortcuts',
] as const;
export type MenuCommand = (typeof MENU_COMMANDS)[number];
