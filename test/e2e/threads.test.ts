import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
// @ts-expect-error: the benchmark's generator is plain JavaScript without types.
import { generate } from '../../bench/generate-catalog.mjs';
import { loadConfigFile } from '../../src/config/load-config.js';
import { buildCatalog } from '../../src/pipeline/build.js';
import { validateCatalog } from '../../src/pipeline/validate.js';
import { LANE_BATCH_PRODUCTS, LANE_WINDOW } from '../../src/pipeline/channel-lane.js';
import { DEMO_CONFIG, DEMO_NOW, ROOT, tempDir, treeDigest } from '../support/run-cli.js';

/** Builds with one, two and three threads, and returns the output trees and reports. */
async function buildBoth(configPath: string, dir: string, inputs?: Array<{ path: string }>) {
  const { config } = await loadConfigFile(configPath);
  const runs = [];
  for (const threads of [1, 2, 3]) {
    const out = join(dir, `out-${threads}`);
    const result = await buildCatalog({ config, out, threads, now: new Date(DEMO_NOW), ...(inputs ? { inputs } : {}) });
    const report = join(dir, `report-${threads}.json`);
    await result.writeReport(report);
    await result.dispose();
    runs.push({ result, tree: await treeDigest(out), report: JSON.parse(await readFile(report, 'utf8')) as Record<string, unknown> });
  }
  const [one, two, three] = runs;
  // Three threads spread the channels differently from two: the outputs and the report must not show it.
  expect(three!.tree).toEqual(one!.tree);
  expect(withoutOut(three!.report)).toEqual(withoutOut(one!.report));
  return { one: one!, two: two! };
}

const withoutOut = (report: Record<string, unknown>) => ({ ...report, out: undefined });

describe('a build on several threads', () => {
  let dir: { path: string; remove(): Promise<void> };
  beforeAll(async () => {
    dir = await tempDir();
  });
  afterAll(() => dir.remove());

  it('writes the demo shop byte for byte as one thread does', async () => {
    const { one, two } = await buildBoth(DEMO_CONFIG, join(dir.path, 'demo'));
    expect(two.result.ok).toBe(true);
    expect(two.tree).toEqual(one.tree);
    expect(withoutOut(two.report)).toEqual(withoutOut(one.report));
  });

  it('reports a broken catalog in the same order as one thread does', async () => {
    const { one, two } = await buildBoth(join(ROOT, 'test/fixtures/broken-shop.config.json'), join(dir.path, 'broken'));
    expect(two.tree).toEqual(one.tree);
    expect(withoutOut(two.report)).toEqual(withoutOut(one.report));
    expect((two.report.diagnostics as unknown[]).length).toBeGreaterThan(10);
  });

  it('agrees with one thread over many batches, past the lane window', async () => {
    const input = join(dir.path, 'catalog.ndjson');
    const variants = 3000;
    await generate({ variants, out: input });
    const { one, two } = await buildBoth(join(ROOT, 'bench/bench-shop.config.json'), join(dir.path, 'bench'), [{ path: input }]);
    const summary = two.report.summary as { products: { published: number }; variants: { published: number } };
    expect(summary.variants.published).toBe(variants);
    expect(summary.products.published).toBeGreaterThan(LANE_BATCH_PRODUCTS * (LANE_WINDOW + 2));
    expect(two.tree).toEqual(one.tree);
    expect(withoutOut(two.report)).toEqual(withoutOut(one.report));
  });

  it('validates with the same findings on either thread count', async () => {
    const { config } = await loadConfigFile(join(ROOT, 'test/fixtures/broken-shop.config.json'));
    const collect = async (threads: number) => {
      const result = await validateCatalog({ config, threads, now: new Date(DEMO_NOW) });
      const found = [];
      for await (const d of result.diagnostics()) found.push(d);
      await result.dispose();
      return { summary: result.summary, found };
    };
    const one = await collect(1);
    expect(await collect(2)).toEqual(one);
    expect(await collect(4)).toEqual(one);
  });
});
