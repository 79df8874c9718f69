import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CHANNELS } from '../../channels/registry.js';
import type { ResolvedProduct } from '../../model/resolved.js';
import { FIXTURE_PRODUCTS, resolveAll, TEST_NOW, testConfig } from '../../test-support/catalog-fixtures.js';
import { StagingFolder } from '../staging.js';
import { FactTable } from './fact-table.js';
import { factsOfVariant } from './offer-facts.js';
import { checkParity } from './parity-check.js';
import { scanInWorker } from './scan-in-worker.js';

describe('checkParity', () => {
  let root: string;
  let products: ResolvedProduct[];
  const now = Date.parse(TEST_NOW);

  beforeAll(async () => {
    root = await mkdtemp(join(tmpdir(), 'agentshelf-parity-'));
    products = resolveAll(FIXTURE_PRODUCTS).products;
    const config = testConfig();
    const out = new StagingFolder(root);
    for (const channel of CHANNELS) {
      const run = channel.open({ links: () => [], config, assets: {}, channels: new Set(), now: { iso: TEST_NOW, epochMs: now }, out, diagnostics: { report: () => undefined } });
      for (const product of products) await run.add(product);
      await run.close();
    }
  });
  afterAll(() => rm(root, { recursive: true, force: true }));

  const model = () => {
    const table = new FactTable();
    for (const p of products) for (const v of p.variants) table.set(factsOfVariant(v));
    return table;
  };

  /** Every channel that declares how its offers are read back. */
  const OFFER_CHANNELS = CHANNELS.filter((c) => c.readBack).map((c) => c.id);

  it('finds every offer output in agreement with the model', async () => {
    const result = await checkParity({ root, now, reference: model() });
    expect(result.diagnostics).toEqual([]);
    expect(result.outputs.map((o) => o.channel)).toEqual(OFFER_CHANNELS);
    expect(OFFER_CHANNELS.length).toBeGreaterThanOrEqual(6);
    // The feeds that take every variant of the fixtures carry all six; a channel may leave one out by its rules.
    for (const output of result.outputs) expect(output.variants, output.channel).toBeGreaterThanOrEqual(5);
    expect(result.comparisons).toBe(result.outputs.reduce((n, o) => n + o.variants, 0));
  });

  it('compares the unit price where an output carries one, and names the output that differs', async () => {
    const reference = model();
    const coffee = products.find((p) => p.id === 'ap-campfire-coffee')!.variants[0]!;
    expect(coffee.unitPrice).toBeDefined();
    reference.set({ ...factsOfVariant(coffee), unit: coffee.unitPrice!.price.minor + 1 });
    const result = await checkParity({ root, now, reference });
    // Only the ACP feed and the catalog API's index carry unit prices; the other outputs have no vote on them.
    expect(result.diagnostics.map((d) => [d.ruleId, d.variantId, d.channel, d.actual, d.expected])).toEqual(
      ['acp', 'catalog-index'].map((channel) => ['parity/mismatch', coffee.id, channel, coffee.unitPrice!.price.minor, coffee.unitPrice!.price.minor + 1]),
    );
    expect(result.diagnostics[0]!.message).toContain('the unit price');
  });

  it('names every output that differs from the model, even when the outputs agree with each other', async () => {
    const reference = model();
    const speaker = products.find((p) => p.id === 'ap-tessellate-speaker')!.variants[0]!;
    reference.set({ ...factsOfVariant(speaker), current: speaker.currentPrice.minor + 100, regular: speaker.price.minor + 100 });
    const result = await checkParity({ root, now, reference });
    const findings = result.diagnostics.map((d) => [d.ruleId, d.variantId, d.channel, d.actual, d.expected]);
    expect(new Set(findings.map((f) => f[2]))).toEqual(new Set(OFFER_CHANNELS));
    // Two fields (regular and current price) in each output.
    expect(findings).toHaveLength(2 * OFFER_CHANNELS.length);
    expect(findings.every((f) => f[0] === 'parity/mismatch' && f[1] === speaker.id && f[3] === 14900 && f[4] === 15000)).toBe(true);
  });

  it('gives the same findings when a worker thread reads some of the outputs', async () => {
    const reference = model();
    const speaker = products.find((p) => p.id === 'ap-tessellate-speaker')!.variants[0]!;
    reference.set({ ...factsOfVariant(speaker), current: speaker.currentPrice.minor + 100 });
    const alone = await checkParity({ root, now, reference });
    const shared = await checkParity({ root, now, reference, elsewhere: scanInWorker({ reference, root, now, channels: new Set(['google', 'openai']) }) });
    expect(shared).toEqual(alone);
    // In registry order, which is the order the channels declare their read-back in.
    expect(shared.diagnostics.map((d) => d.channel)).toEqual(OFFER_CHANNELS);
  });

  it('reports an output the worker cannot read as unreadable, as the main thread would', async () => {
    const broken = await mkdtemp(join(tmpdir(), 'agentshelf-parity-broken-'));
    try {
      await mkdir(join(broken, 'feeds', 'openai'), { recursive: true });
      await writeFile(join(broken, 'feeds', 'openai', 'products.jsonl.gz'), 'not gzip at all');
      const reference = model();
      const alone = await checkParity({ root: broken, now, reference });
      const shared = await checkParity({ root: broken, now, reference, elsewhere: scanInWorker({ reference, root: broken, now, channels: new Set(['google', 'openai']) }) });
      expect(shared).toEqual(alone);
      expect(shared.diagnostics.map((d) => [d.ruleId, d.channel])).toEqual([['parity/unreadable', 'openai']]);
    } finally {
      await rm(broken, { recursive: true, force: true });
    }
  });

  it('judges a Google sale window at the given instant', async () => {
    // After the fixture sale ends, Google's feed says the regular price while the JSON-LD still says the sale price.
    const result = await checkParity({ root, now: Date.parse('2026-12-10T00:00:00Z') });
    expect(result.diagnostics.map((d) => [d.variantId, d.channel])).toContainEqual(['AP-SDJ-BLK-M', 'google']);
  });
});
