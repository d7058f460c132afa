// The IPC contract between the renderer (through the preload bridge) and Electron main.
// Main parses every payload with these schemas before doing anything: the renderer is treated
// as untrusted input, like any file.
import { z } from 'zod';
import { IpcChannel, type MenuCommand } from './channels';

/** Largest file the renderer may write or read through the bridge (a vault backup can be big). */
export const MAX_FILE_BYTES = 256 * 1024 * 1024;
const MAX_LABEL = 200;

// A file name only: no folder, no separators, no control characters, not "." or "..".
const FileName = z
  .string()
  .min(1)
  .max(255)
  .refine((name) => !/[/\\:*?"<>|]/.test(name) && !hasControlCharacter(name) && name !== '.' && name !== '..', {
    message: 'must be a plain file name',
  });

function hasControlCharacter(text: string): boolean {
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) < 0x20) return true;
  return false;
}

const FileFilter = z.strictObject({
  name: z.string().min(1).max(MAX_LABEL),
  extensions: z
    .array(z.string().regex(/^[a-z0-9]{1,10}$/))
    .min(1)
    .max(10),
});

export const OpenDialogRequest = z.strictObject({
  title: z.string().max(MAX_LABEL).optional(),
  filters: z.array(FileFilter).max(10),
  maxBytes: z.number().int().positive().max(MAX_FILE_BYTES),
});
export type OpenDialogRequest = z.infer<typeof OpenDialogRequest>;

export const SaveDialogRequest = z.strictObject({
  title: z.string().max(MAX_LABEL).optional(),
  suggestedName: FileName,
  filters: z.array(FileFilter).max(10),
});
export type SaveDialogRequest = z.infer<typeof SaveDialogRequest>;

/** A save target is named by an opaque token: the renderer never sees or chooses a path. */
export const SaveToken = z.string().regex(/^[0-9a-f]{32}$/);

export const WriteChosenFileRequest = z.strictObject({
  token: SaveToken,
  data: z
    .custom<Uint8Array>((value) => value instanceof Uint8Array, { message: 'expected bytes (Uint8Array)' })
    .refine((bytes) => bytes.byteLength <= MAX_FILE_BYTES, { message: 'file too large' }),
});
export type WriteChosenFileRequest = z.infer<typeof WriteChosenFileRequest>;

export const PrintToPdfRequest = z.strictObject({
  pageSize: z.enum(['A4', 'A3']),
  landscape: z.boolean(),
});
export type PrintToPdfRequest = z.infer<typeof PrintToPdfRequest>;

export const Locale = z.enum(['fr', 'en']);
export type Locale = z.infer<typeof Locale>;
export const SetLocaleRequest = z.strictObject({ locale: Locale });
export type SetLocaleRequest = z.infer<typeof SetLocaleRequest>;

export const EmptyRequest = z.undefined();

export interface OpenedFile {
  name: string;
  data: Uint8Array;
}
export interface SaveTarget {
  token: string;
  name: string;
}

/** Request schema of each channel: main looks the schema up here, so none can be forgotten. */
export const RequestSchemas = {
  [IpcChannel.appVersion]: EmptyRequest,
  [IpcChannel.showOpenDialog]: OpenDialogRequest,
  [IpcChannel.showSaveDialog]: SaveDialogRequest,
  [IpcChannel.writeChosenFile]: WriteChosenFileRequest,
  [IpcChannel.printToPdf]: PrintToPdfRequest,
  [IpcChannel.setLocale]: SetLocaleRequest,
} as const satisfies Record<IpcChannel, z.ZodType>;

export interface ResponseTypes {
  [IpcChannel.appVersion]: string;
  [IpcChannel.showOpenDialog]: OpenedFile | null;
  [IpcChannel.showSaveDialog]: SaveTarget | null;
  [IpcChannel.writeChosenFile]: undefined;
  [IpcChannel.printToPdf]: Uint8Array;
  [IpcChannel.setLocale]: undefined;
}

export type RequestOf<C extends IpcChannel> = z.infer<(typeof RequestSchemas)[C]>;

/** What the preload script exposes as `window.maillage`. */
export interface MaillageBridge {
  appVersion(): Promise<string>;
  showOpenDialog(request: OpenDialogRequest): Promise<OpenedFile | null>;
  showSaveDialog(request: SaveDialogRequest): Promise<SaveTarget | null>;
  writeChosenFile(request: WriteChosenFileRequest): Promise<void>;
  printToPdf(request: PrintToPdfRequest): Promise<Uint8Array>;
  setLocale(request: SetLocaleRequest): Promise<void>;
  /** Returns a function that removes the listener. */
  onMenuCommand(listener: (command: MenuCommand) => void): () => void;
}
