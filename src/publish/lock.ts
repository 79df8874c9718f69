import { randomBytes } from 'node:crypto';
import { readFileSync, rmSync } from 'node:fs';
import { link, open, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { hostname } from 'node:os';
import { AgentshelfError } from '../model/errors.js';

/**
 * Who holds a lock. A pid alone cannot tell a live run from a dead one: after a reboot, or in a fresh
 * container, the same pid belongs to another process. So the lock also names the host, the boot (Linux's
 * boot_id) and the process's start time since boot (field 22 of /proc/<pid>/stat, proc(5)); a lock whose pid
 * now has another start time, or was taken before the last boot, is stale.
 */
export interface LockOwner {
  pid: number;
  host: string;
  bootId?: string;
  /** Clock ticks after boot at which the process started. */
  startTicks?: number;
  /** This acquisition: tells two locks of the same process apart. */
  token: string;
  /** When it was taken (for people reading the file). */
  since: string;
}

export interface HeldLock {
  readonly path: string;
  readonly owner: LockOwner;
  release(): Promise<void>;
  /** For exit and signal handlers, where nothing can be awaited. */
  releaseSync(): void;
}

export interface LockOptions {
  /** How long to wait for a live holder to finish before giving up; 0 (the default) fails at once. */
  waitMs?: number;
  /** Stops waiting. */
  signal?: AbortSignal;
  /** What the lock guards, for messages ("publishing to public/"). */
  purpose?: string;
}

const POLL_MS = 200;
/** A takeover marker left by a run that died while taking over a stale lock is itself stale after this. */
const TAKEOVER_STALE_MS = 30_000;
/** A lock file that holds no owner (its run died between creating and filling it, with the old format) is stale after this. */
const UNREADABLE_STALE_MS = 60_000;

/** Locks this process holds, so two runs in one process are kept apart too (the pid is the same for both). */
const HELD = new Set<string>();

function readText(path: string): string | undefined {
  try {
    return readFileSync(path, 'utf8');
  } catch {
    return undefined;
  }
}

/** The start time of a process in clock ticks after boot, where /proc has it (Linux). */
function startTicksOf(pid: number): number | undefined {
  const stat = readText(`/proc/${pid}/stat`);
  if (stat === undefined) return undefined;
  // The command name (field 2) is in parentheses and may hold spaces: count fields after its closing one.
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  const ticks = Number(fields[19]);
  return Number.isFinite(ticks) ? ticks : undefined;
}

const BOOT_ID = readText('/proc/sys/kernel/random/boot_id')?.trim();

function currentOwner(): LockOwner {
  const owner: LockOwner = { pid: process.pid, host: hostname(), token: randomBytes(8).toString('hex'), since: new Date().toISOString() };
  if (BOOT_ID) owner.bootId = BOOT_ID;
  const ticks = startTicksOf(process.pid);
  if (ticks !== undefined) owner.startTicks = ticks;
  return owner;
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** A lock's owner as written; a bare pid is the format of agentshelf before 0.2. */
function parseOwner(text: string): LockOwner | undefined {
  const trimmed = text.trim();
  if (/^\d+$/.test(trimmed)) return { pid: Number(trimmed), host: hostname(), token: trimmed, since: '' };
  try {
    const value = JSON.parse(trimmed) as LockOwner;
    return Number.isInteger(value.pid) && typeof value.host === 'string' && typeof value.token === 'string' ? value : undefined;
  } catch {
    return undefined;
  }
}

/** Whether the owner of a lock is gone: the verdict needs the same host; another host's lock is never judged stale. */
export function ownerIsGone(owner: LockOwner): boolean {
  if (owner.host !== hostname()) return false;
  if (owner.bootId !== undefined && BOOT_ID !== undefined && owner.bootId !== BOOT_ID) return true;
  if (owner.pid === process.pid) return !HELD.has(owner.token);
  if (!alive(owner.pid)) return true;
  if (owner.startTicks !== undefined) {
    const ticks = startTicksOf(owner.pid);
    if (ticks !== undefined && ticks !== owner.startTicks) return true;
  }
  return false;
}

function describeOwner(owner: LockOwner): string {
  const where = owner.host === hostname() ? `pid ${owner.pid}` : `pid ${owner.pid} on ${owner.host}`;
  return owner.since ? `${where}, since ${owner.since}` : where;
}

/**
 * Creates the lock file with its content in one step: the content goes to a file of our own, which is then
 * hard-linked to the lock's name. link(2) fails if the name exists, so no reader ever sees an empty lock.
 * Where hard links are not supported, an exclusive create is the fallback.
 */
async function create(path: string, owner: LockOwner): Promise<boolean> {
  const text = `${JSON.stringify(owner)}\n`;
  const mine = `${path}.${owner.token}`;
  try {
    await writeFile(mine, text, { flag: 'wx' });
    try {
      await link(mine, path);
      return true;
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      // EEXIST: the lock is held. ENOENT: our own file went between its write and the link, which only the
      // holder's start-of-publish cleanup of dead runs' files does (atomic-publish.ts): the lock is held too.
      if (code === 'EEXIST' || code === 'ENOENT') return false;
      if (code !== 'EPERM' && code !== 'ENOTSUP' && code !== 'EOPNOTSUPP' && code !== 'EXDEV') throw error;
    } finally {
      await rm(mine, { force: true });
    }
    const handle = await open(path, 'wx').catch((error: NodeJS.ErrnoException) => {
      if (error.code === 'EEXIST') return undefined;
      throw error;
    });
    if (!handle) return false;
    await handle.writeFile(text);
    await handle.close();
    return true;
  } catch (error) {
    throw new AgentshelfError('E_PUBLISH_FAILED', `Cannot create the lock ${path}: ${(error as Error).message}`, { cause: error });
  }
}

/**
 * Removes a stale lock, race-free: only the run that creates the takeover marker may remove it, and only
 * when the lock still holds the very owner judged gone. A live run's lock is never removed, even when two
 * runs find the same stale lock at once.
 */
async function takeOver(path: string, stale: string): Promise<void> {
  const marker = `${path}.takeover`;
  const handle = await open(marker, 'wx').catch(async (error: NodeJS.ErrnoException) => {
    if (error.code !== 'EEXIST') throw error;
    // Another run is taking over; if its marker is old, that run died doing it.
    const age = await stat(marker).then((s) => Date.now() - s.mtimeMs, () => 0);
    if (age > TAKEOVER_STALE_MS) await rm(marker, { force: true });
    return undefined;
  });
  if (!handle) return;
  try {
    await handle.close();
    const now = await readFile(path, 'utf8').catch(() => undefined);
    if (now === stale) await rm(path, { force: true });
  } finally {
    await rm(marker, { force: true });
  }
}

/**
 * Takes the lock at `path`: one run at a time, across processes and within this one. A stale lock (its run
 * died) is taken over; a live one fails at once with E_OUT_LOCKED, or is waited for up to `waitMs`.
 */
export async function acquireLock(path: string, options: LockOptions = {}): Promise<HeldLock> {
  const owner = currentOwner();
  const deadline = Date.now() + (options.waitMs ?? 0);
  // Marked as ours before the lock file can exist, so that no other run of this process, reading the file
  // between its creation and our return, judges it stale.
  HELD.add(owner.token);
  for (;;) {
    let created: boolean;
    try {
      created = await create(path, owner);
    } catch (error) {
      HELD.delete(owner.token);
      throw error;
    }
    if (created) {
      let released = false;
      const releaseSync = () => {
        if (released) return;
        released = true;
        HELD.delete(owner.token);
        // Only our own lock: a takeover after a stall could have given the name to another run.
        if (readText(path) === `${JSON.stringify(owner)}\n`) rmSync(path, { force: true });
      };
      return {
        path,
        owner,
        releaseSync,
        release: async () => releaseSync(),
      };
    }
    const text = await readFile(path, 'utf8').catch(() => undefined);
    if (text === undefined) continue; // released in between: try again at once
    const holder = parseOwner(text);
    const stale = holder ? ownerIsGone(holder) : await stat(path).then((s) => Date.now() - s.mtimeMs > UNREADABLE_STALE_MS, () => true);
    if (stale) {
      await takeOver(path, text);
      continue;
    }
    if (Date.now() >= deadline || options.signal?.aborted) {
      HELD.delete(owner.token);
      const who = holder ? describeOwner(holder) : 'a run whose lock file cannot be read';
      const waited = options.waitMs ? ` after waiting ${Math.round(options.waitMs / 1000)} s` : '';
      throw new AgentshelfError(
        'E_OUT_LOCKED',
        `Another agentshelf run (${who}) is ${options.purpose ?? 'using this folder'}${waited}; use --wait SECONDS to queue behind it${holder && holder.host !== hostname() ? `, or remove ${path} if that host's run is gone` : ''}.`,
      );
    }
    await new Promise((resolve) => setTimeout(resolve, Math.min(POLL_MS, Math.max(0, deadline - Date.now()))));
  }
}
