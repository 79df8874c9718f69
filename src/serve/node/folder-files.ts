import { readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import type { FileSource, StaticFile } from '../http/static-files.js';
import { FILE_LIST, parseFileListLine } from '../../publish/file-list.js';

/**
 * The published folder as a FileSource. ETags are the SHA-256 the build listed in agentshelf-files.tsv (the
 * same bytes give the same tag on every server and after every rebuild); a file the list does not name (one
 * the merchant put there) gets a weak tag from its size and mtime.
 */
export async function folderFiles(dir: string): Promise<FileSource> {
  const digests = new Map<string, string>();
  const list = await readFile(join(dir, FILE_LIST), 'utf8').catch(() => '');
  for (const line of list.split('\n')) {
    if (!line) continue;
    try {
      const entry = parseFileListLine(line);
      digests.set(entry.path, entry.sha256);
    } catch {
      // A damaged list only costs strong ETags: the file is still served, with a weak one.
    }
  }
  return {
    async get(path: string): Promise<StaticFile | undefined> {
      const full = join(dir, path);
      const info = await stat(full).catch(() => undefined);
      if (!info?.isFile()) return undefined;
      const digest = digests.get(path);
      return {
        size: info.size,
        mtimeMs: info.mtimeMs,
        etag: digest ? `"${digest.slice(0, 32)}"` : `W/"${info.size.toString(16)}-${Math.floor(info.mtimeMs).toString(16)}"`,
        read: async () => new Uint8Array(await readFile(full)),
      };
    },
  };
}
