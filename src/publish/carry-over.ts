import { existsSync, lstatSync } from 'node:fs';
import { mkdir, readdir, readlink, symlink } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { MANIFEST_FILE } from './atomic-publish.js';
import { comparePaths, FILE_LIST } from './file-list.js';
import type { StagingFolder } from './staging.js';

export interface CarryOverResult {
  /** Outputs of channels that did not run this time, kept as they were. */
  kept: number;
  /** Files of channels that ran but did not write them again (a product gone from the catalog): dropped. */
  removed: number;
  /** Files agentshelf did not write (a `_headers` file, a verification file), kept as they were. */
  notOurs: string[];
  /** A site's own files at a path this run writes (site mode): the run must not replace them. */
  conflicts: string[];
}

/**
 * Takes into the staging folder what the new outputs do not replace. A run of some channels keeps the other
 * channels' outputs, so the manifest stays true of the whole folder; a file no channel would write is the
 * user's, and is kept too. Only a channel that ran drops its own files it did not write again.
 */
export async function carryOver(input: {
  live: string;
  staging: StagingFolder;
  /** Whether a path is an output of a channel that ran. */
  ranOutput: (path: string) => boolean;
  /** Whether a path is an output of any channel. */
  anyOutput: (path: string) => boolean;
  /**
   * Site mode: whether a file is the site's own (not in the last published file list), whatever its path. Such
   * a file is kept, and one the new outputs would replace is a conflict.
   */
  isForeign?: (path: string) => boolean;
}): Promise<CarryOverResult> {
  const result: CarryOverResult = { kept: 0, removed: 0, notOurs: [], conflicts: [] };
  const walk = async (dir: string, prefix: string): Promise<void> => {
    const entries = (await readdir(dir, { withFileTypes: true })).sort((a, b) => comparePaths(a.name, b.name));
    for (const entry of entries) {
      const path = prefix ? `${prefix}/${entry.name}` : entry.name;
      if (entry.isDirectory()) {
        await walk(join(dir, entry.name), path);
        continue;
      }
      if (!prefix && (entry.name === MANIFEST_FILE || entry.name === FILE_LIST)) continue;
      const staged = join(input.staging.root, ...path.split('/'));
      if (entry.isSymbolicLink()) {
        // Only a user puts a link there: it is kept as the same link.
        if (!lstatExists(staged)) {
          await mkdir(dirname(staged), { recursive: true });
          await symlink(await readlink(join(dir, entry.name)), staged);
          result.notOurs.push(path);
        }
        continue;
      }
      if (!entry.isFile()) continue;
      if (input.isForeign?.(path)) {
        if (existsSync(staged)) result.conflicts.push(path);
        else {
          await input.staging.adopt(path, join(dir, entry.name), { listed: false });
          result.notOurs.push(path);
        }
        continue;
      }
      if (existsSync(staged)) continue;
      if (input.ranOutput(path)) {
        result.removed++;
        continue;
      }
      if (input.anyOutput(path)) {
        await input.staging.adopt(path, join(dir, entry.name));
        result.kept++;
        continue;
      }
      await input.staging.adopt(path, join(dir, entry.name), { listed: false });
      result.notOurs.push(path);
    }
  };
  await walk(input.live, '');
  return result;
}

function lstatExists(path: string): boolean {
  try {
    lstatSync(path);
    return true;
  } catch {
    return false;
  }
}
