import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { abortPublish, beginPublish, commitPublish, MANIFEST_FILE } from './atomic-publish.js';

describe('atomic publish', () => {
  let root: string;
  let out: string;
  beforeEach(async () => {
    root = await mkdtemp(join(tmpdir(), 'agentshelf-publish-'));
    out = join(root, 'public');
  });
  afterEach(() => rm(root, { recursive: true, force: true }));

  async function publish(content: string): Promise<void> {
    const target = await beginPublish(out);
    await mkdir(target.staging, { recursive: true });
    await writeFile(join(target.staging, MANIFEST_FILE), '{}');
    await writeFile(join(target.staging, 'file.txt'), content);
    await commitPublish(target);
  }

  it('swaps a new folder in and leaves nothing beside it', async () => {
    await publish('one');
    await publish('two');
    expect(await readFile(join(out, 'file.txt'), 'utf8')).toBe('two');
    expect(existsSync(join(root, '.public.lock'))).toBe(false);
    expect(existsSync(join(root, '.public.previous'))).toBe(false);
  });

  it('makes the folders above a new output folder', async () => {
    const deep = join(root, 'site', 'public', 'feeds');
    const target = await beginPublish(deep);
    await mkdir(target.staging, { recursive: true });
    await writeFile(join(target.staging, MANIFEST_FILE), '{}');
    await commitPublish(target);
    expect(existsSync(join(deep, MANIFEST_FILE))).toBe(true);
  });

  it('keeps the published folder when a run is aborted', async () => {
    await publish('one');
    const target = await beginPublish(out);
    await mkdir(target.staging, { recursive: true });
    await writeFile(join(target.staging, 'file.txt'), 'half');
    await abortPublish(target);
    expect(await readFile(join(out, 'file.txt'), 'utf8')).toBe('one');
    expect(existsSync(target.staging)).toBe(false);
  });

  it('refuses a folder another live run holds, and takes over a dead run\'s lock', async () => {
    const sleeper = spawn(process.execPath, ['-e', 'setTimeout(() => {}, 30000)']);
    try {
      await writeFile(join(root, '.public.lock'), String(sleeper.pid));
      await expect(beginPublish(out)).rejects.toMatchObject({ code: 'E_OUT_LOCKED' });
    } finally {
      sleeper.kill();
    }
    await new Promise((r) => sleeper.once('close', r));
    await publish('after');
    expect(await readFile(join(out, 'file.txt'), 'utf8')).toBe('after');
  });

  it('refuses to replace a non-empty folder it did not write, but takes an empty one', async () => {
    await mkdir(out);
    const target = await beginPublish(out);
    await abortPublish(target);
    await writeFile(join(out, 'index.html'), '<h1>site</h1>');
    await expect(beginPublish(out)).rejects.toMatchObject({ code: 'E_OUT_NOT_OURS' });
    expect(existsSync(join(root, '.public.lock'))).toBe(false);
  });
});
