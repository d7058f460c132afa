import type { MenuCommand } from '../../shared/ipc/channels';
import type { Locale, OpenedFile } from '../../shared/ipc/contract';

export interface FileFilter {
  name: string;
  extensions: string[];
}

export interface OpenFileOptions {
  title?: string;
  filters: FileFilter[];
  maxBytes: number;
}

export interface SaveFileOptions {
  title?: string;
  suggestedName: string;
  filters: FileFilter[];
  /** Produced after the user has chosen where to save, so a slow export does not delay the dialog. */
  data: () => Promise<Uint8Array>;
}

export interface PdfPageOptions {
  pageSize: 'A4' | 'A3';
  landscape: boolean;
}

/**
 * Everything that differs between the desktop shell and the web mode. The rest of the renderer
 * talks to this interface only and never asks which one it runs on.
 */
export interface Platform {
  appVersion(): Promise<string>;
  /** null when the user cancels. */
  openFile(options: OpenFileOptions): Promise<OpenedFile | null>;
  /** The saved file's name, or null when the user cancels. */
  saveFile(options: SaveFileOptions): Promise<string | null>;
  /** Prints the current page through the system dialog. */
  print(): void;
  /** The current page as PDF bytes, where the platform can produce it without a dialog; else null. */
  readonly printToPdf: ((options: PdfPageOptions) => Promise<Uint8Array>) | null;
  /** Tells the shell which language its own UI (menus, dialogs) should use. */
  setLocale(locale: Locale): void;
  /** Menu commands from the shell; returns an unsubscribe function. */
  onMenuCommand(listener: (command: MenuCommand) => void): () => void;
}

export class FileTooLargeError extends Error {
  override name = 'FileTooLargeError';
  constructor(
    readonly size: number,
    readonly maxBytes: number,
  ) {
    super(`File too large: ${size} bytes (at most ${maxBytes})`);
  }
}
