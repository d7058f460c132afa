import { randomBytes } from 'node:crypto';
import type { BrowserWindow, Dialog, IpcMain, IpcMainInvokeEvent } from 'electron';
import { IpcChannel } from '../../shared/ipc/channels';
import {
  RequestSchemas,
  type Locale,
  type OpenDialogRequest,
  type OpenedFile,
  type PrintToPdfRequest,
  type RequestOf,
  type ResponseTypes,
  type SaveDialogRequest,
  type SaveTarget,
  type WriteChosenFileRequest,
} from '../../shared/ipc/contract';
import { isTrustedSender } from './security';

export class IpcRejection extends Error {
  override name = 'IpcRejection';
}

type Handler<C extends IpcChannel> = (
  request: RequestOf<C>,
  event: IpcMainInvokeEvent,
) => Promise<ResponseTypes[C]> | ResponseTypes[C];

/** Checks the sender, then parses the payload with the channel's schema; only then runs `handler`. */
export function guardedHandler<C extends IpcChannel>(channel: C, handler: Handler<C>) {
  const schema = RequestSchemas[channel];
  return async (event: IpcMainInvokeEvent, payload: unknown): Promise<ResponseTypes[C]> => {
    if (!isTrustedSender(event.senderFrame)) {
      throw new IpcRejection(`${channel}: refused, the message does not come from the application window`);
    }
    const parsed = schema.safeParse(payload);
    if (!parsed.success) {
      const detail = parsed.error.issues
        .slice(0, 3)
        .map((issue) => `${issue.path.join('.') || '(payload)'}: ${issue.message}`)
        .join('; ');
      throw new IpcRejection(`${channel}: invalid request (${detail})`);
    }
    return handler(parsed.data as RequestOf<C>, event);
  };
}

export interface FileSystemPort {
  readFile(path: string): Promise<Uint8Array>;
  stat(path: string): Promise<{ size: number; isFile(): boolean }>;
  /** Writes atomically: a temporary file renamed over the target, so a full disk never leaves half a file. */
  writeFileAtomic(path: string, data: Uint8Array): Promise<void>;
}

export interface IpcDependencies {
  ipcMain: Pick<IpcMain, 'handle'>;
  dialog: Pick<Dialog, 'showOpenDialog' | 'showSaveDialog'>;
  fs: FileSystemPort;
  getWindow: () => BrowserWindow | null;
  appVersion: () => string;
  setLocale: (locale: Locale) => void;
}

export interface IpcHandlers {
  /** Paths chosen in a save dialog, by token; a token is used once. */
  readonly pendingSaveTargets: Map<string, string>;
}

export function registerIpcHandlers(deps: IpcDependencies): IpcHandlers {
  const pendingSaveTargets = new Map<string, string>();
  const { ipcMain } = deps;

  ipcMain.handle(
    IpcChannel.appVersion,
    guardedHandler(IpcChannel.appVersion, () => deps.appVersion()),
  );

  ipcMain.handle(
    IpcChannel.showOpenDialog,
    guardedHandler(IpcChannel.showOpenDialog, (request) => showOpenDialog(deps, request)),
  );

  ipcMain.handle(
    IpcChannel.showSaveDialog,
    guardedHandler(IpcChannel.showSaveDialog, (request) => showSaveDialog(deps, request, pendingSaveTargets)),
  );

  ipcMain.handle(
    IpcChannel.writeChosenFile,
    guardedHandler(IpcChannel.writeChosenFile, (request) => writeChosenFile(deps, request, pendingSaveTargets)),
  );

  ipcMain.handle(
    IpcChannel.printToPdf,
    guardedHandler(IpcChannel.printToPdf, (request, event) => printToPdf(request, event)),
  );

  ipcMain.handle(
    IpcChannel.setLocale,
    guardedHandler(IpcChannel.setLocale, (request) => {
      deps.setLocale(request.locale);
      return undefined;
    }),
  );

  return { pendingSaveTargets };
}

async function showOpenDialog(deps: IpcDependencies, request: OpenDialogRequest): Promise<OpenedFile | null> {
  const window = deps.getWindow();
  const options = {
    title: request.title,
    filters: request.filters,
    properties: ['openFile' as const],
  };
  const result = window ? await deps.dialog.showOpenDialog(window, options) : await deps.dialog.showOpenDialog(options);
  const file = result.filePaths[0];
  if (result.canceled || !file) return null;
  const info = await deps.fs.stat(file);
  if (!info.isFile()) throw new IpcRejection('The chosen item is not a file.');
  if (info.size > request.maxBytes) {
    throw new IpcRejection(`The file is too large (${info.size} bytes, at most ${request.maxBytes}).`);
  }
  const data = await deps.fs.readFile(file);
  return { name: baseName(file), data };
}

async function showSaveDialog(
  deps: IpcDependencies,
  request: SaveDialogRequest,
  pending: Map<string, string>,
): Promise<SaveTarget | null> {
  const window = deps.getWindow();
  const options = { title: request.title, defaultPath: request.suggestedName, filters: request.filters };
  const result = window ? await deps.dialog.showSaveDialog(window, options) : await deps.dialog.showSaveDialog(options);
  if (result.canceled || !result.filePath) return null;
  const token = randomBytes(16).toString('hex');
  pending.set(token, result.filePath);
  return { token, name: baseName(result.filePath) };
}

async function writeChosenFile(
  deps: IpcDependencies,
  request: WriteChosenFileRequest,
  pending: Map<string, string>,
): Promise<undefined> {
  const target = pending.get(request.token);
  if (!target) throw new IpcRejection('No file was chosen for this write (unknown or used token).');
  pending.delete(request.token);
  await deps.fs.writeFileAtomic(target, request.data);
  return undefined;
}

async function printToPdf(request: PrintToPdfRequest, event: IpcMainInvokeEvent): Promise<Uint8Array> {
  const pdf = await event.sender.printToPDF({
    pageSize: request.pageSize,
    landscape: request.landscape,
    printBackground: true,
    generateDocumentOutline: false,
    generateTaggedPDF: false,
  });
  return new Uint8Array(pdf);
}

function baseName(file: string): string {
  return file.split(/[\\/]/).pop() ?? file;
}
