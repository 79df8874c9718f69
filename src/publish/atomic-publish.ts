import { randomBytes } from 'node:crypto';
import { rmSync } from 'node:fs';
import { mkdir, readdir, rename, rm, stat } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { AgentshelfError } from '../model/errors.js';
import { acquireLock, type HeldLock, type LockOptions } from './lock.js';

/** The file that marks a folder as agentshelf's own output (and describes it). */
export const MANIFEST_FILE = 'agentshelf.json';

export interface PublishTarget {
  /** The output folder. */
  out: string;
  /** Where this run writes before anything is published: a sibling, so the final rename stays on one file system. */
  staging: string;
  /** Where the last good outputs wait during the swap. */
  previous: string;
  /** Where this run's writers spool the file list (outside the staging folder, so it is never published). */
  spool: string;
  lock: HeldLock;
}

/** The lock of an output folder: a sibling file, so it survives the folder's swap. */
export function lockPathOf(out: string): string {
  return join(dirname(out), `.${basename(out)}.lock`);
}

async function exists(path: string): Promise<boolean> {
  return stat(path).then(
    () => true,
    () => false,
  );
}

/**
 * Gets ready to publish into `out`: takes the lock (one run per output folder), restores the last good
 * outputs if an earlier run was killed in the middle of its swap, removes what killed runs left behind, and
 * refuses to replace a folder that agentshelf did not write.
 */
export async function beginPublish(out: string, options: Pick<LockOptions, 'waitMs' | 'signal'> & { site?: boolean } = {}): Promise<PublishTarget> {
  const parent = dirname(out);
  const base = basename(out);
  // `--out public/feeds` should work in a fresh checkout: the folders above the output are made as needed.
  await mkdir(parent, { recursive: true }).catch((error: NodeJS.ErrnoException) => {
    throw new AgentshelfError('E_PUBLISH_FAILED', `Cannot create ${parent}: ${error.message}`, { cause: error });
  });
  const lock = await acquireLock(lockPathOf(out), { ...(options.waitMs !== undefined ? { waitMs: options.waitMs } : {}), ...(options.signal ? { signal: options.signal } : {}), purpose: `publishing to ${out}` });
  const staging = join(parent, `.${base}.staging-${process.pid}-${randomBytes(4).toString('hex')}`);
  const t: PublishTarget = { out, staging, previous: join(parent, `.${base}.previous`), spool: `${staging}.files`, lock };
  try {
    if (!(await exists(t.out)) && (await exists(t.previous))) await rename(t.previous, t.out);
    else if (await exists(t.previous)) await rm(t.previous, { recursive: true, force: true });
    // What runs that died left: their staging folders and half-made lock files. Only lock holders stage, so
    // no live run's staging is among them.
    const leftovers = [`.${base}.staging-`, `${basename(lock.path)}.`, `.${base}.state.json.`];
    for (const name of await readdir(parent).catch(() => [] as string[])) {
      if (leftovers.some((prefix) => name.startsWith(prefix)) && !name.endsWith('.takeover') && !name.endsWith(lock.owner.token)) await rm(join(parent, name), { recursive: true, force: true });
    }
    // A site's folder holds the site's own files: carry-over keeps them (carry-over.ts).
    if (!options.site && (await exists(t.out))) {
      const entries = await readdir(t.out);
      if (entries.length > 0 && !entries.includes(MANIFEST_FILE)) {
        throw new AgentshelfError(
          'E_OUT_NOT_OURS',
          `${out} is not empty and was not written by agentshelf (it has no ${MANIFEST_FILE}); agentshelf replaces its output folder as a whole, so point --out at a folder of its own, or write into a built site beside its files with build --site ${out}.`,
        );
      }
    }
    ACTIVE.add(t);
    return t;
  } catch (error) {
    await lock.release();
    throw error;
  }
}

/**
 * Swaps the staged outputs in. The old folder is renamed aside and the staging folder renamed into place:
 * two renames, each atomic. Were the process killed between them, beginPublish of the next run restores the
 * old folder, so a reader sees the old outputs or the new ones, never a mix.
 */
export async function commitPublish(t: PublishTarget): Promise<void> {
  try {
    const hadOld = await exists(t.out);
    if (hadOld) await rename(t.out, t.previous);
    await rename(t.staging, t.out);
    if (hadOld) await rm(t.previous, { recursive: true, force: true });
    await rm(t.spool, { recursive: true, force: true });
  } catch (error) {
    throw new AgentshelfError('E_PUBLISH_FAILED', `Could not publish to ${t.out}: ${(error as Error).message}`, { cause: error });
  } finally {
    ACTIVE.delete(t);
    await t.lock.release();
  }
}

/** Drops the staged outputs; the published folder is untouched. */
export async function abortPublish(t: PublishTarget): Promise<void> {
  await rm(t.staging, { recursive: true, force: true });
  await rm(t.spool, { recursive: true, force: true });
  ACTIVE.delete(t);
  await t.lock.release();
}

/** Publishes under way in this process, for abandonAllSync. */
const ACTIVE = new Set<PublishTarget>();

/**
 * Drops every publish under way in this process at once, for a process that must exit now (a second Ctrl-C,
 * or a run that did not stop in time): staging folders, spools and locks go; published folders stay.
 * Returns how many there were.
 */
export function abandonAllSync(): number {
  const count = ACTIVE.size;
  for (const t of ACTIVE) {
    rmSync(t.staging, { recursive: true, force: true });
    rmSync(t.spool, { recursive: true, force: true });
    t.lock.releaseSync();
  }
  ACTIVE.clear();
  return count;
}
