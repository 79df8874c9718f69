import { readdir, readFile, truncate } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
// @ts-expect-error: the benchmark's generator is plain JavaScript without types.
import { generate } from '../../bench/generate-catalog.mjs';
// @ts-expect-error: the benchmark's mutator is plain JavaScript without types.
import { mutate } from '../../bench/mutate-catalog.mjs';
import { loadConfigFile } from '../../src/config/load-config.js';
import type { ResolvedConfig } from '../../src/model/resolved-config.js';
import { buildCatalog } from '../../src/pipeline/build.js';
import { cachePathOf } from '../../src/publish/run-state.js';
import { ROOT, tempDir, treeDigest } from '../support/run-cli.js';

/** The channels that render each product on its own (ChannelRun.rendering), and so are cached. */
const RENDERING_CHANNELS = ['jsonld', 'google', 'microsoft', 'meta', 'openai', 'acp', 'llms'];

interface Built {
  tree: Map<string, string>;
  report: { out?: string; summary: { changes?: { rendering?: { reused: number; rendered: number } } }; diagnostics: unknown[] };
}

async function build(config: ResolvedConfig, input: string, out: string, now: string, options: { cache?: boolean; threads?: number } = {}): Promise<Built> {
  const result = await buildCatalog({ config, out, inputs: [{ path: input }], now: new Date(now), threads: options.threads ?? 2, ...(options.cache === false ? { cache: false } : {}) });
  const reportPath = `${out}.report.json`;
  await result.writeReport(reportPath);
  await result.dispose();
  expect(result.ok).toBe(true);
  return { tree: await treeDigest(out), report: JSON.parse(await readFile(reportPath, 'utf8')) as Built['report'] };
}

/** What a refresh must agree with a full build on: everything but the output path and the comparison with the last run. */
function comparable(report: Built['report']) {
  const { changes: _changes, ...summary } = report.summary as Record<string, unknown>;
  return { ...report, out: undefined, summary };
}

describe('incremental refresh', () => {
  let dir: { path: string; remove(): Promise<void> };
  let config: ResolvedConfig;
  let base: string;
  let changed: string;
  let changes: { products: number; changed: Record<string, number> };

  beforeAll(async () => {
    dir = await tempDir();
    config = (await loadConfigFile(join(ROOT, 'bench/bench-shop.config.json'))).config;
    base = join(dir.path, 'catalog.ndjson');
    changed = join(dir.path, 'catalog-5pct.ndjson');
    await generate({ variants: 3000, out: base });
    changes = await mutate({ input: base, out: changed, share: 0.05 });
  });
  afterAll(() => dir.remove());

  it('gives byte for byte what a full build gives, after every kind of change, and renders only the changed products', async () => {
    // Both instants fall inside the bench catalog's sale window (2026-11-20 to 2026-12-02), so no sale starts or ends between them.
    const refreshed = join(dir.path, 'refreshed');
    const first = await build(config, base, refreshed, '2026-11-24T08:00:00Z');
    expect(first.report.summary.changes?.rendering).toMatchObject({ reused: 0 });
    const refresh = await build(config, changed, refreshed, '2026-11-25T08:00:00Z');
    const full = await build(config, changed, join(dir.path, 'full'), '2026-11-25T08:00:00Z', { cache: false });

    expect(refresh.tree).toEqual(full.tree);
    expect(comparable(refresh.report)).toEqual(comparable(full.report));
    expect(full.report.summary.changes?.rendering).toBeUndefined();
    // Added, removed and reordered products are all of the six kinds; a reordered product is reused where it now stands.
    for (const kind of ['price', 'availability', 'text', 'added', 'removed', 'reordered']) expect(changes.changed[kind]).toBeGreaterThan(0);
    const { price, availability, text, added } = changes.changed as Record<string, number>;
    const renderedAnew = price! + availability! + text! + added!;
    expect(refresh.report.summary.changes?.rendering).toEqual({
      rendered: renderedAnew * RENDERING_CHANNELS.length,
      reused: (changes.products - renderedAnew) * RENDERING_CHANNELS.length,
    });
  });

  it('renders again what the run instant changes: a sale that starts, and a sale end Meta rounds to the minute', async () => {
    const out = join(dir.path, 'timed');
    // Before the sale, then during it: every product on sale renders anew, the others are reused.
    await build(config, base, out, '2026-11-19T12:00:00Z');
    const during = await build(config, base, out, '2026-11-21T12:00:00Z');
    expect(during.tree).toEqual((await build(config, base, join(dir.path, 'timed-full'), '2026-11-21T12:00:00Z', { cache: false })).tree);
    const rendering = during.report.summary.changes!.rendering!;
    expect(rendering.rendered).toBeGreaterThan(0);
    expect(rendering.reused).toBeGreaterThan(rendering.rendered);

    // In the sale's last minute, Meta writes its end rounded up rather than down (meta/date-time.ts): the
    // resolved product is the same as a minute earlier, so only the record's validity tells the memo.
    const lastMinute = '2026-12-02T23:59:30Z';
    await build(config, base, out, '2026-12-02T23:58:00Z');
    const late = await build(config, base, out, lastMinute);
    const lateFull = await build(config, base, join(dir.path, 'late-full'), lastMinute, { cache: false });
    const earlierFull = await build(config, base, join(dir.path, 'earlier-full'), '2026-12-02T23:58:00Z', { cache: false });
    expect(lateFull.tree.get('feeds/meta/products.xml')).not.toEqual(earlierFull.tree.get('feeds/meta/products.xml'));
    expect(late.tree).toEqual(lateFull.tree);
  });

  it('reads a damaged cache as empty, to the same outputs', async () => {
    const out = join(dir.path, 'damaged');
    const now = '2026-11-24T08:00:00Z';
    await build(config, base, out, now);
    const cache = cachePathOf(out);
    const files = (await readdir(cache)).filter((name) => name.endsWith('.bin'));
    expect(files.length).toBeGreaterThan(0);
    // Cut short, as a full disk would leave them: no trailer, so nothing in them is read.
    for (const file of files) await truncate(join(cache, file), 1000);
    const again = await build(config, changed, out, now);
    expect(again.tree).toEqual((await build(config, changed, join(dir.path, 'damaged-full'), now, { cache: false })).tree);
    expect(again.report.summary.changes?.rendering?.reused).toBe(0);
    // The damaged files were replaced: the next run reuses every product.
    expect((await build(config, changed, out, now)).report.summary.changes?.rendering?.rendered).toBe(0);
  });

  it('gives the same outputs from a cache written on another number of threads', async () => {
    const out = join(dir.path, 'threads');
    const now = '2026-11-24T08:00:00Z';
    await build(config, base, out, now, { threads: 3 });
    const again = await build(config, changed, out, now, { threads: 2 });
    expect(again.tree).toEqual((await build(config, changed, join(dir.path, 'threads-full'), now, { cache: false })).tree);
  });
});
