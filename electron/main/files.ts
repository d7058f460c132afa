import { randomBytes } from 'node:crypto';
import { readFile, rename, stat, unlink, writeFile } from 'node:fs/promises';
import type { FileSystemPort } from './ipc';

/** The real file system behind the IPC handlers. */
export const nodeFileSystem: FileSystemPort = {
  readFile: (path) => readFile(path),
  stat: (path) => stat(path),
  async writeFileAtomic(path, data) {
    // Write beside the target then rename: a crash or a full disk leaves the old file intact.
    const temporary = `${path}.${randomBytes(6).toString('hex')}.tmp`;
    try {
      await writeFile(temporary, data, { flush: true });
      await rename(temporary, path);
    } catch (error) {
      await unlink(temporary).catch(() => undefined);
      throw error;
    }
  },
};
