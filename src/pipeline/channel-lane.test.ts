import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Diagnostic } from '../model/diagnostic.js';
import type { ResolvedProduct } from '../model/resolved.js';
import { FIXTURE_PRODUCTS, resolveAll, TEST_NOW, testConfig } from '../test-support/catalog-fixtures.js';
import { ChannelLanes, LANE_BATCH_PRODUCTS, LANE_WINDOW, type LaneBackend } from './channel-lane.js';
import { findingKey, type LaneFindings } from './channel-set.js';
import { WorkerBackend } from './worker-backend.js';

const product = (i: number) => ({ id: `p${i}` }) as ResolvedProduct;
const finding = (id: string): Diagnostic => ({ ruleId: 'test/batch', severity: 'info', kind: 'problem', message: id, productId: id });

const findings = (products: ResolvedProduct[], rank = 0): LaneFindings => ({ diagnostics: products.map((p) => ({ ...finding(p.id), message: `${p.id}@${rank}` })), keys: products.map((_, i) => findingKey(i, rank)) });

/** A backend whose batches finish only when the test says so; its findings are one per product, from channel `rank`. */
function heldBackend(rank = 0) {
  const pending: Array<{ products: ResolvedProduct[]; finish(): void; fail(e: Error): void }> = [];
  const backend: LaneBackend = {
    send: (products) => new Promise<LaneFindings>((resolve, reject) => pending.push({ products, finish: () => resolve(findings(products, rank)), fail: reject })),
    close: async () => ({ summaries: [], findings: { diagnostics: [{ ...finding(`closing-${rank}`), message: `closing@${rank}` }], keys: [rank] } }),
    dispose: async () => undefined,
  };
  return { backend, pending };
}

describe('ChannelLanes', () => {
  it('reports each batch once the batch LANE_WINDOW places later is handed over, and the rest at close', async () => {
    const reported: string[] = [];
    const { backend, pending } = heldBackend();
    const lane = new ChannelLanes([backend], { report: (d: Diagnostic) => void reported.push(d.productId!) });
    const batches = LANE_WINDOW + 2;
    let i = 0;
    const feed = (async () => {
      for (; i < batches * LANE_BATCH_PRODUCTS + 3; i++) await lane.add(product(i));
    })();
    for (const p of pending) p.finish();
    await new Promise((r) => setTimeout(r, 10));
    for (const p of pending) p.finish();
    await feed;
    expect(reported.length).toBe(2 * LANE_BATCH_PRODUCTS);
    expect(reported[0]).toBe('p0');
    const closing = lane.close();
    await new Promise((r) => setTimeout(r, 0));
    for (const p of pending) p.finish();
    await closing;
    expect(reported).toEqual([...Array.from({ length: batches * LANE_BATCH_PRODUCTS + 3 }, (_, n) => `p${n}`), 'closing-0']);
  });

  it('holds the pipeline when LANE_WINDOW batches are unfinished: memory stays bounded', async () => {
    const { backend, pending } = heldBackend();
    const lane = new ChannelLanes([backend], { report: () => undefined });
    let added = 0;
    const feed = (async () => {
      for (let i = 0; i < 20 * LANE_BATCH_PRODUCTS; i++, added++) await lane.add(product(i));
    })();
    await new Promise((r) => setTimeout(r, 20));
    expect(pending.length).toBe(LANE_WINDOW + 1);
    expect(added).toBeLessThan((LANE_WINDOW + 2) * LANE_BATCH_PRODUCTS);
    for (let k = 0; k < 20; k++) {
      for (const p of pending) p.finish();
      await new Promise((r) => setTimeout(r, 0));
    }
    await feed;
    expect(added).toBe(20 * LANE_BATCH_PRODUCTS);
  });

  it('passes a failed batch on to the pipeline, without an unhandled rejection', async () => {
    const { backend, pending } = heldBackend();
    const lane = new ChannelLanes([backend], { report: () => undefined });
    const feed = (async () => {
      for (let i = 0; i < 10 * LANE_BATCH_PRODUCTS; i++) await lane.add(product(i));
    })();
    await new Promise((r) => setTimeout(r, 10));
    pending[0]!.fail(new Error('disk full'));
    await expect(feed).rejects.toThrow('disk full');
  });
});

describe('ChannelLanes over several lanes', () => {
  it('reports each batch in the order one lane running every channel gives: product by product, channels by rank', async () => {
    const reported: string[] = [];
    // Lane 0 runs the channel of rank 3, lane 1 the channel of rank 1; whichever finishes first, rank 1 comes first.
    const late = heldBackend(3);
    const early = heldBackend(1);
    const lanes = new ChannelLanes([late.backend, early.backend], { report: (d) => void reported.push(d.message) });
    const feeding = (async () => {
      for (let i = 0; i < 2; i++) await lanes.add(product(i));
    })();
    await feeding;
    const closing = lanes.close();
    await new Promise((r) => setTimeout(r, 0));
    for (const p of early.pending) p.finish();
    for (const p of late.pending) p.finish();
    await closing;
    // p0 (rank 1), p0 (rank 3), p1 (rank 1), p1 (rank 3), then the closing findings by rank.
    expect(reported).toEqual(['p0@1', 'p0@3', 'p1@1', 'p1@3', 'closing@1', 'closing@3']);
    expect(early.pending[0]!.products).toBe(late.pending[0]!.products);
  });
});

describe('WorkerBackend', () => {
  const config = testConfig();
  const now = { iso: TEST_NOW, epochMs: Date.parse(TEST_NOW) };

  it('runs channels in a worker and returns what they reported and wrote', async () => {
    const root = await mkdtemp(join(tmpdir(), 'agentshelf-lane-'));
    try {
      const backend = new WorkerBackend({ config, assets: {}, channels: ['llms'], runChannels: ['llms'], now, root });
      const { products } = resolveAll(FIXTURE_PRODUCTS);
      expect(await backend.send(products)).toEqual({ diagnostics: [], keys: [] });
      const closed = await backend.close();
      expect(closed.summaries.map((s) => [s.id, s.items])).toEqual([['llms', products.length]]);
      expect(closed.written!.files.map((f) => f.path)).toEqual(['llms-full.txt']);
      expect(closed.written!.folders.map((f) => f.path)).toEqual(['.', 'categories', 'products']);
      expect(closed.written!.folders.find((f) => f.path === 'products')?.files).toBe(products.length);
    } finally {
      await rm(root, { recursive: true, force: true });
    }
  });

  it('turns a write the worker cannot make into a publish error for the pipeline', async () => {
    const root = await mkdtemp(join(tmpdir(), 'agentshelf-lane-'));
    try {
      // A file where the llms channel needs its products/ folder.
      await writeFile(join(root, 'products'), 'in the way');
      const backend = new WorkerBackend({ config, assets: {}, channels: ['llms'], runChannels: ['llms'], now, root });
      const { products } = resolveAll(FIXTURE_PRODUCTS);
      await expect(backend.send(products)).rejects.toMatchObject({ name: 'AgentshelfError', code: 'E_PUBLISH_FAILED' });
      await expect(backend.close()).rejects.toMatchObject({ code: 'E_PUBLISH_FAILED' });
      await backend.dispose();
    } finally {
      await rm(root, { recursive: true, force: true });
    }
  });
});
