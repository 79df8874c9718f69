import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfigFile } from '../../src/config/load-config.js';
import { CATALOG_PRODUCTS_PATH, CATALOG_SEARCH_INDEX_PATH } from '../../src/formats/search-index/search-index-format.js';
import type { UcpProduct } from '../../src/formats/ucp/catalog-types.js';
import { buildCatalog } from '../../src/pipeline/build.js';
import { openCatalogDir } from '../../src/serve/catalog/open-catalog-dir.js';
import { DEMO_CONFIG, DEMO_NOW, tempDir } from '../support/run-cli.js';

/** The demo shop names its catalog endpoints (agent.catalog), so a build writes the catalog index. */
describe('the catalog index of the demo shop', () => {
  let dir: { path: string; remove(): Promise<void> };
  const out = (n: number) => join(dir.path, `out-${n}`);
  const read = (n: number, path: string) => readFileSync(join(out(n), path), 'utf8');

  beforeAll(async () => {
    dir = await tempDir();
    const { config } = await loadConfigFile(DEMO_CONFIG);
    expect(config.agent.catalog?.rest).toBeDefined();
    for (const n of [1, 2]) {
      const result = await buildCatalog({ config, out: out(n), now: new Date(DEMO_NOW) });
      await result.dispose();
      expect(result.ok, result.failure?.message).toBe(true);
    }
  });
  afterAll(() => dir.remove());

  it('writes products.jsonl and search-index.json, byte-identical across two builds', () => {
    for (const path of [CATALOG_PRODUCTS_PATH, CATALOG_SEARCH_INDEX_PATH]) {
      expect(read(1, path).length, path).toBeGreaterThan(1000);
      expect(read(2, path), path).toBe(read(1, path));
    }
  });

  it("lists the catalog-index channel's files in the manifest", () => {
    const manifest = JSON.parse(read(1, 'agentshelf.json')) as { channels: Array<{ id: string; outputs: string[]; items: number }> };
    expect(manifest.channels.find((c) => c.outputs.includes(CATALOG_PRODUCTS_PATH))).toMatchObject({ outputs: [CATALOG_PRODUCTS_PATH, CATALOG_SEARCH_INDEX_PATH], items: 155 });
  });

  it("gives every variant the ACP feed's price, list price, unit price and availability", () => {
    const lines = (path: string) => read(1, path).trimEnd().split('\n').map((l) => JSON.parse(l));
    type Offer = { price: unknown; list_price?: unknown; unit_price?: unknown; availability: { available: boolean; status: string } };
    const acp = new Map<string, Offer>(lines('feeds/acp/products.jsonl').flatMap((p: { variants: Array<Offer & { id: string }> }) => p.variants.map((v) => [v.id, v] as const)));
    const ucp = (lines(CATALOG_PRODUCTS_PATH) as UcpProduct[]).flatMap((p) => p.variants);
    expect(ucp).toHaveLength(acp.size);
    for (const v of ucp) {
      const feed = acp.get(v.id);
      expect(feed, v.id).toBeDefined();
      expect(v.price, v.id).toEqual(feed!.price);
      expect(v.list_price, v.id).toEqual(feed!.list_price);
      expect(v.unit_price, v.id).toEqual(feed!.unit_price);
      expect(v.availability.status, v.id).toBe(feed!.availability.status);
      expect(v.availability.available, v.id).toBe(feed!.availability.available);
    }
  });

  it('opens as a catalog the API server can query', async () => {
    const catalog = await openCatalogDir(out(1));
    expect(catalog.size).toBe(49);
    expect(catalog.search({ query: 'binocluars', limit: 10 }).products[0]!.id).toBe('ap-merlinbrook-8x42-binoculars');
    expect(catalog.lookup(['AP-SDJ-BLK-M', 'nope'])).toMatchObject({ products: [{ id: 'ap-summit-down-jacket' }], notFound: ['nope'] });
  });
});
