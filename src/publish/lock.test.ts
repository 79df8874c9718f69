import { spawn } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { hostname, tmpdir } from 'node:os';
import { join } from 'node:path';
import { once } from 'node:events';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { acquireLock } from './lock.js';

const HAS_PROC = existsSync('/proc/self/stat');

describe('the publish lock', () => {
  let dir: string;
  let path: string;
  beforeEach(async () => {
    dir = await mkdtemp(join(tmpdir(), 'agentshelf-lock-'));
    path = join(dir, '.public.lock');
  });
  afterEach(() => rm(dir, { recursive: true, force: true }));

  it('names its holder and goes away when released', async () => {
    const lock = await acquireLock(path);
    const owner = JSON.parse(await readFile(path, 'utf8'));
    expect(owner).toMatchObject({ pid: process.pid, host: hostname(), token: lock.owner.token });
    if (HAS_PROC) expect(owner.startTicks).toEqual(expect.any(Number));
    await lock.release();
    expect(existsSync(path)).toBe(false);
  });

  it('keeps two runs of one process apart (they share a pid)', async () => {
    const first = await acquireLock(path, { purpose: 'publishing to public' });
    await expect(acquireLock(path)).rejects.toMatchObject({ code: 'E_OUT_LOCKED', message: expect.stringContaining(`pid ${process.pid}`) });
    await first.release();
    await (await acquireLock(path)).release();
  });

  it('waits its turn with waitMs, one holder at a time', async () => {
    let holders = 0;
    let most = 0;
    const run = async () => {
      const lock = await acquireLock(path, { waitMs: 10_000 });
      holders++;
      most = Math.max(most, holders);
      await new Promise((r) => setTimeout(r, 20));
      holders--;
      await lock.release();
    };
    await Promise.all(Array.from({ length: 6 }, run));
    expect(most).toBe(1);
  });

  it('keeps waiting while the holder clears half-made lock files, as a publish does at its start', async () => {
    // beginPublish removes `<lock>.*` files of dead runs; a waiter's own file may go between its write and its link.
    const holder = await acquireLock(path);
    let clearing = true;
    let cleared = 0;
    const clear = async () => {
      while (clearing) {
        for (const name of await readdir(dir)) {
          if (name.startsWith('.public.lock.') && !name.endsWith(holder.owner.token) && !name.endsWith('.takeover')) {
            await rm(join(dir, name), { force: true });
            cleared++;
          }
        }
        await new Promise((r) => setImmediate(r));
      }
    };
    const clearing$ = clear();
    const waiter = acquireLock(path, { waitMs: 10_000 });
    waiter.catch(() => undefined);
    await new Promise((r) => setTimeout(r, 1500));
    await holder.release();
    const lock = await waiter;
    clearing = false;
    await clearing$;
    await lock.release();
    expect(cleared).toBeGreaterThan(0);
  });

  it('gives up after waitMs and says how long it waited', async () => {
    const first = await acquireLock(path);
    await expect(acquireLock(path, { waitMs: 300 })).rejects.toMatchObject({ code: 'E_OUT_LOCKED', message: expect.stringContaining('after waiting') });
    await first.release();
  });

  it.each<[string, () => Promise<string>]>([
    ['a dead pid', async () => JSON.stringify({ pid: await deadPid(), host: hostname(), token: 'dead', since: '2026-01-01T00:00:00Z' })],
    ['the bare pid of the old format, dead', async () => String(await deadPid())],
    ['another boot', async () => JSON.stringify({ pid: process.ppid, host: hostname(), bootId: 'not-this-boot', token: 'old-boot', since: '' })],
    ['our own pid from an earlier process (a container restarted with the same pid)', async () => JSON.stringify({ pid: process.pid, host: hostname(), token: 'earlier', since: '' })],
  ])('takes over a lock left by %s', async (_, content) => {
    await writeFile(path, await content());
    const lock = await acquireLock(path);
    expect(JSON.parse(readFileSync(path, 'utf8')).token).toBe(lock.owner.token);
    await lock.release();
  });

  it.runIf(HAS_PROC)('takes over a lock whose pid now belongs to a process started at another time', async () => {
    // The parent process is alive, but it did not start at tick 1.
    await writeFile(path, JSON.stringify({ pid: process.ppid, host: hostname(), startTicks: 1, token: 'reused', since: '' }));
    const lock = await acquireLock(path);
    await lock.release();
  });

  it.each<[string, () => string]>([
    ['a live process (by its start time)', () => JSON.stringify({ pid: process.ppid, host: hostname(), token: 'live', since: '', ...(HAS_PROC ? { startTicks: startTicks(process.ppid) } : {}) })],
    ['a live process in the old format', () => String(process.ppid)],
    ['another host, which cannot be judged from here', () => JSON.stringify({ pid: 1, host: 'build-server-2', token: 'remote', since: '' })],
  ])('refuses a lock held by %s', async (_, content) => {
    await writeFile(path, content());
    await expect(acquireLock(path)).rejects.toMatchObject({ code: 'E_OUT_LOCKED' });
    expect(readFileSync(path, 'utf8')).toBe(content());
  });

  it('lets exactly one of many processes take over the same stale lock at once, and keeps them apart after', async () => {
    await writeFile(path, JSON.stringify({ pid: await deadPid(), host: hostname(), token: 'dead', since: '' }));
    const log = join(dir, 'log.txt');
    const children = Array.from({ length: 4 }, () =>
      spawn(process.execPath, ['--import', 'tsx', join(import.meta.dirname, '../test-support/lock-child.ts'), path, log], { stdio: ['ignore', 'ignore', 'pipe'] }),
    );
    const errors = await Promise.all(
      children.map(async (child) => {
        let stderr = '';
        child.stderr.setEncoding('utf8').on('data', (d: string) => (stderr += d));
        const [code] = await once(child, 'close');
        return code === 0 ? '' : stderr;
      }),
    );
    expect(errors.filter(Boolean)).toEqual([]);
    const events = readFileSync(log, 'utf8').trim().split('\n');
    expect(events).toHaveLength(8);
    // Every "in" is followed by the same holder's "out": no two holders overlap.
    for (let i = 0; i < events.length; i += 2) expect(events[i + 1]).toBe(events[i]!.replace(' in', ' out'));
    expect(existsSync(path)).toBe(false);
  });
});

/** The pid of a process that has exited. */
async function deadPid(): Promise<number> {
  const child = spawn(process.execPath, ['-e', '0']);
  await once(child, 'close');
  return child.pid!;
}

function startTicks(pid: number): number {
  const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
  return Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[19]);
}
