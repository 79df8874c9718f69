import { randomBytes } from 'node:crypto';
import { mkdir, open, readdir, readFile, rename, rm, stat } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { AgentshelfError } from '../model/errors.js';

/** The file that marks a folder as agentshelf's own output (and describes it). */
export const MANIFEST_FILE = 'agentshelf.json';

export interface PublishTarget {
  /** The output folder. */
  out: string;
  /** Where this run writes before anything is published: a sibling, so the final rename stays on one file system. */
  staging: string;
  /** Where the last good outputs wait during the swap. */
  previous: string;
  lock: string;
}

function target(out: string, id: string): PublishTarget {
  const parent = dirname(out);
  const base = basename(out);
  return {
    out,
    staging: join(parent, `.${base}.staging-${id}`),
    previous: join(parent, `.${base}.previous`),
    lock: join(parent, `.${base}.lock`),
  };
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
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
export async function beginPublish(out: string): Promise<PublishTarget> {
  const t = target(out, `${process.pid}-${randomBytes(4).toString('hex')}`);
  // `--out public/feeds` should work in a fresh checkout: the folders above the output are made as needed.
  await mkdir(dirname(out), { recursive: true }).catch((error: NodeJS.ErrnoException) => {
    throw new AgentshelfError('E_PUBLISH_FAILED', `Cannot create ${dirname(out)}: ${error.message}`, { cause: error });
  });
  await takeLock(t.lock);
  try {
    if (!(await exists(t.out)) && (await exists(t.previous))) await rename(t.previous, t.out);
    else if (await exists(t.previous)) await rm(t.previous, { recursive: true, force: true });
    const prefix = `.${basename(out)}.staging-`;
    for (const name of await readdir(dirname(out)).catch(() => [] as string[])) {
      if (name.startsWith(prefix)) await rm(join(dirname(out), name), { recursive: true, force: true });
    }
    if (await exists(t.out)) {
      const entries = await readdir(t.out);
      if (entries.length > 0 && !entries.includes(MANIFEST_FILE)) {
        throw new AgentshelfError(
          'E_OUT_NOT_OURS',
          `${out} is not empty and was not written by agentshelf (it has no ${MANIFEST_FILE}); agentshelf replaces its output folder as a whole, so point --out at a folder of its own.`,
        );
      }
    }
    return t;
  } catch (error) {
    await releaseLock(t.lock);
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
  } catch (error) {
    throw new AgentshelfError('E_PUBLISH_FAILED', `Could not publish to ${t.out}: ${(error as Error).message}`, { cause: error });
  } finally {
    await releaseLock(t.lock);
  }
}

/** Drops the staged outputs; the published folder is untouched. */
export async function abortPublish(t: PublishTarget): Promise<void> {
  await rm(t.staging, { recursive: true, force: true });
  await releaseLock(t.lock);
}

async function takeLock(lock: string): Promise<void> {
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      const handle = await open(lock, 'wx');
      await handle.writeFile(String(process.pid));
      await handle.close();
      return;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') {
        throw new AgentshelfError('E_PUBLISH_FAILED', `Cannot create ${lock}: ${(error as Error).message}`, { cause: error });
      }
      const pid = Number((await readFile(lock, 'utf8').catch(() => '')).trim());
      if (Number.isInteger(pid) && pid > 0 && alive(pid) && pid !== process.pid) {
        throw new AgentshelfError('E_OUT_LOCKED', `Another agentshelf run (pid ${pid}) is publishing to this folder; try again when it ends, or remove ${lock} if it is stale.`);
      }
      // The run that held the lock is gone: take it over.
      await rm(lock, { force: true });
    }
  }
  throw new AgentshelfError('E_OUT_LOCKED', `Could not take the lock ${lock}.`);
}

async function releaseLock(lock: string): Promise<void> {
  await rm(lock, { force: true });
}
