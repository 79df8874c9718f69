import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { selectChannels } from '../channels/registry.js';
import type { Diagnostic } from '../model/diagnostic.js';
import type { ResolvedProduct } from '../model/resolved.js';
import { FIXTURE_PRODUCTS, resolveAll, TEST_NOW, testConfig } from '../test-support/catalog-fixtures.js';
import { LANE_CHANNELS } from './run-channels.js';
import { ChannelLane, LANE_BATCH_PRODUCTS, LANE_WINDOW, type LaneBackend } from './channel-lane.js';
import { WorkerBackend } from './worker-backend.js';

const product = (i: number) => ({ id: `p${i}` }) as ResolvedProduct;
const finding = (id: string): Diagnostic => ({ ruleId: 'test/batch', severity: 'info', kind: 'problem', message: id, productId: id });

/** A backend whose batches finish only when the test says so. */
function heldBackend() {
  const pending: Array<{ products: ResolvedProduct[]; finish(): void; fail(e: Error): void }> = [];
  const backend: LaneBackend = {
    send: (products) =>
      new Promise<Diagnostic[]>((resolve, reject) => pending.push({ products, finish: () => resolve(products.map((p) => finding(p.id))), fail: reject })),
    close: async () => ({ summaries: [], diagnostics: [finding('closing')] }),
    dispose: async () => undefined,
  };
  return { backend, pending };
}

describe('ChannelLane', () => {
  it('reports each batch once the batch LANE_WINDOW places later is handed over, and the rest at close', async () => {
    const reported: string[] = [];
    const { backend, pending } = heldBackend();
    const lane = new ChannelLane(backend, { report: (d) => void reported.push(d.productId!) });
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
    expect(reported).toEqual([...Array.from({ length: batches * LANE_BATCH_PRODUCTS + 3 }, (_, n) => `p${n}`), 'closing']);
  });

  it('holds the pipeline when LANE_WINDOW batches are unfinished: memory stays bounded', async () => {
    const { backend, pending } = heldBackend();
    const lane = new ChannelLane(backend, { report: () => undefined });
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
    const lane = new ChannelLane(backend, { report: () => undefined });
    const feed = (async () => {
      for (let i = 0; i < 10 * LANE_BATCH_PRODUCTS; i++) await lane.add(product(i));
    })();
    await new Promise((r) => setTimeout(r, 10));
    pending[0]!.fail(new Error('disk full'));
    await expect(feed).rejects.toThrow('disk full');
  });
});

describe('LANE_CHANNELS', () => {
  it('is what the channels declare, and leaves channels on both threads', () => {
    expect([...LANE_CHANNELS]).toEqual(selectChannels().filter((c) => c.runsIn === 'worker').map((c) => c.id));
    expect(LANE_CHANNELS.size).toBeGreaterThan(0);
    expect(selectChannels().some((c) => !LANE_CHANNELS.has(c.id))).toBe(true);
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
      expect(await backend.send(products)).toEqual([]);
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
