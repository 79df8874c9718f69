import { randomBytes } from 'node:crypto';
import { chmod, rename, rm, writeFile } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { AgentshelfError } from '../../model/errors.js';

/**
 * Replaces a file by writing a temporary file beside it (same folder, so same file system) and renaming it
 * over the original: a server or a crash sees the old page or the new one, never half of one. The page keeps
 * its permission bits.
 */
export async function writeFileAtomic(path: string, bytes: Uint8Array, mode: number): Promise<void> {
  const temp = join(dirname(path), `.${basename(path)}.agentshelf-${process.pid}-${randomBytes(4).toString('hex')}.tmp`);
  try {
    await writeFile(temp, bytes, { mode: mode & 0o7777, flag: 'wx' });
    await chmod(temp, mode & 0o7777);
    await rename(temp, path);
  } catch (error) {
    await rm(temp, { force: true });
    throw new AgentshelfError('E_PUBLISH_FAILED', `Cannot write ${path}: ${(error as Error).message}`, { cause: error });
  }
}
