import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { canStartWorker } from './worker-threads.js';

describe('canStartWorker', () => {
  it('finds the channel and parity workers beside their modules', () => {
    expect(canStartWorker(new URL('../pipeline/build.ts', import.meta.url).href, 'channel-worker')).toBe(true);
    expect(canStartWorker(new URL('./parity/scan-in-worker.ts', import.meta.url).href, 'parity-worker')).toBe(true);
  });

  it('says no where the worker module is missing (agentshelf bundled into one file), so the build stays on one thread', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'agentshelf-bundle-'));
    try {
      await writeFile(join(dir, 'app.bundle.js'), '');
      expect(canStartWorker(pathToFileURL(join(dir, 'app.bundle.js')).href, 'channel-worker')).toBe(false);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});
