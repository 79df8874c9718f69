import { readdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { tempDir } from '../../test/support/run-cli.js';
import { installRenderCache, KEY_BYTES, RenderCacheReader, RenderCacheWriter, renderCacheName, renderCacheSpoolPath } from './render-cache.js';

const key = (n: number) => {
  const k = Buffer.alloc(KEY_BYTES);
  k.writeUInt32LE(n, 0);
  k.writeUInt32LE(n * 7, 8);
  return k;
};

describe('render cache file', () => {
  let dir: { path: string; remove(): Promise<void> };
  beforeEach(async () => {
    dir = await tempDir();
  });
  afterEach(() => dir.remove());

  it('finds every record by its key after a commit, and nothing else', () => {
    const path = join(dir.path, 'lane-0.bin');
    const writer = new RenderCacheWriter(path);
    // Enough records to cross the writer's 1 MB chunks and grow its index.
    for (let i = 0; i < 3000; i++) writer.add(key(i), Buffer.from(`record ${i} `.repeat(50)));
    writer.commit();
    const reader = new RenderCacheReader(path);
    expect(reader.size).toBe(3000);
    for (const i of [0, 1, 1499, 2999]) expect(reader.get(key(i))?.toString()).toBe(`record ${i} `.repeat(50));
    expect(reader.get(key(3000))).toBeUndefined();
    reader.close();
  });

  it.each([
    ['missing', undefined],
    ['empty', ''],
    ['cut short', 'x'.repeat(100)],
    ['not a cache', 'ASHRNDR1'.repeat(10)],
  ])('reads a %s file as empty', async (_name, content) => {
    const path = join(dir.path, 'lane-0.bin');
    if (content !== undefined) await writeFile(path, content);
    const reader = new RenderCacheReader(path);
    expect(reader.size).toBe(0);
    expect(reader.get(key(1))).toBeUndefined();
  });

  it('leaves the last cache in place when a write is aborted', async () => {
    const path = join(dir.path, 'lane-0.bin');
    const first = new RenderCacheWriter(path);
    first.add(key(1), Buffer.from('kept'));
    first.commit();
    const second = new RenderCacheWriter(path);
    second.add(key(2), Buffer.from('dropped'));
    second.abort();
    expect(new RenderCacheReader(path).get(key(1))?.toString()).toBe('kept');
    expect(await readdir(dir.path)).toEqual(['lane-0.bin']);
  });

  it('installs the caches the lanes wrote into the cache folder, and drops those of lanes without one', async () => {
    const spool = join(dir.path, 'spool');
    const cache = join(dir.path, 'cache');
    for (const lane of [0, 1, 2]) {
      const writer = new RenderCacheWriter(join(cache, renderCacheName(lane)));
      writer.add(key(lane), Buffer.from('old'));
      writer.commit();
    }
    // This run had two lanes, and only lane 1 rendered.
    const writer = new RenderCacheWriter(renderCacheSpoolPath(spool, 1));
    writer.add(key(7), Buffer.from('new'));
    writer.commit();
    await installRenderCache(spool, cache, 2);
    expect(await readdir(cache)).toEqual([renderCacheName(1)]);
    expect(new RenderCacheReader(join(cache, renderCacheName(1))).get(key(7))?.toString()).toBe('new');
    expect(await readdir(spool)).toEqual([]);
  });
});
