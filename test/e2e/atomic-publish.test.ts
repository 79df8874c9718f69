import { spawn } from 'node:child_process';
import { createWriteStream, existsSync, readdirSync, renameSync } from 'node:fs';
import { once } from 'node:events';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BIN, DEMO_CONFIG, DEMO_NOW, ROOT, runCli, tempDir, treeDigest } from '../support/run-cli.js';

/** A catalog big enough that a build is still running when the test kills it. */
async function writeLargeCatalog(path: string, products: number): Promise<void> {
  const out = createWriteStream(path);
  for (let i = 0; i < products; i++) {
    const line = JSON.stringify({
      id: `bulk-${i}`,
      title: `Bulk Trail Item ${i}`,
      description: `<p>Item ${i} for the trail.</p>`,
      url: `https://alder-and-pine.example/products/bulk-${i}`,
      images: [`https://alder-and-pine.example/images/bulk-${i}.jpg`],
      brand: 'Alder & Pine',
      variants: [{ id: `BULK-${i}`, price: '10.00', availability: 'in_stock', mpn: `B-${i}` }],
    });
    if (!out.write(`${line}\n`)) await once(out, 'drain');
  }
  out.end();
  await once(out, 'close');
}

describe('atomic publishing', () => {
  let dir: { path: string; remove(): Promise<void> };
  let out: string;
  let good: Map<string, string>;

  beforeAll(async () => {
    dir = await tempDir();
    out = join(dir.path, 'public');
    const first = await runCli(['build', '-c', DEMO_CONFIG, '-o', out, '--report', join(dir.path, 'r.json'), '--now', DEMO_NOW]);
    expect(first.code, first.stderr).toBe(0);
    good = await treeDigest(out);
  });
  afterAll(() => dir.remove());

  it('leaves the last good outputs intact when a run is killed mid-way', async () => {
    const catalog = join(dir.path, 'large.ndjson');
    await writeLargeCatalog(catalog, 40_000);
    const child = spawn(process.execPath, [BIN, 'build', '-c', DEMO_CONFIG, '-i', catalog, '-o', out, '--report', join(dir.path, 'killed.json'), '-q'], { cwd: ROOT, stdio: 'ignore' });
    // Kill it once its staging folder holds some output.
    const deadline = Date.now() + 30_000;
    for (;;) {
      const staging = readdirSync(dir.path).find((name) => name.startsWith('.public.staging-'));
      if (staging && existsSync(join(dir.path, staging, 'jsonld'))) break;
      if (Date.now() > deadline) throw new Error('the build never started writing');
      await new Promise((r) => setTimeout(r, 20));
    }
    child.kill('SIGKILL');
    await once(child, 'close');
    expect(await treeDigest(out)).toEqual(good);
  });

  it('recovers on the next run: takes over the dead run\'s lock and clears its staging folder', async () => {
    const result = await runCli(['build', '-c', DEMO_CONFIG, '-o', out, '--report', join(dir.path, 'r2.json'), '--now', DEMO_NOW]);
    expect(result.code, result.stderr).toBe(0);
    // Only the run state (the publish gate's memory of the last run) and the render cache stay beside the folder.
    expect(readdirSync(dir.path).filter((n) => n.startsWith('.public.'))).toEqual(['.public.cache', '.public.state.json']);
    expect(readdirSync(join(dir.path, '.public.cache')).every((n) => /^lane-\d+\.bin$/.test(n))).toBe(true);
    expect(await treeDigest(out)).toEqual(good);
  });

  it('restores the previous outputs when a run died between the two renames of its swap', async () => {
    renameSync(out, join(dir.path, '.public.previous'));
    // A strict run that fails still starts by repairing the half-done swap.
    const result = await runCli(['build', '-c', join(ROOT, 'test/fixtures/broken-shop.config.json'), '-o', out, '--report', join(dir.path, 'r3.json'), '--strict', '-q']);
    expect(result.code).toBe(1);
    expect(await treeDigest(out)).toEqual(good);
  });

  it('refuses to publish an empty catalog over good outputs', async () => {
    const empty = join(dir.path, 'empty.ndjson');
    const stream = createWriteStream(empty);
    stream.end('{"id": "broken", "variants": []}\n');
    await once(stream, 'close');
    const result = await runCli(['build', '-c', DEMO_CONFIG, '-i', empty, '-o', out, '--report', join(dir.path, 'r4.json')]);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('No product could be published');
    expect(await treeDigest(out)).toEqual(good);
  });
});
