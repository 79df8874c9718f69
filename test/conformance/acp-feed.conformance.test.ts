import { resolveDemoProducts } from '../support/demo-products.js';
// Holds the ACP feed written for both demo shops against the official schema.feed.json of ACP 2026-04-17
// (../shared/data/acp/spec/2026-04-17/json-schema/): every products.jsonl line is a valid `$defs.Product` and
// metadata.json a valid `$defs.FeedMetadata`, with zero errors. Every object there has
// additionalProperties: false, so a stray key fails the suite as surely as a missing one.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ValidateFunction } from 'ajv/dist/2020.js';
import { beforeAll, expect, it } from 'vitest';
import { acpChannel, ACP_METADATA_PATH, ACP_PRODUCTS_PATH } from '../../src/channels/acp/index.js';
import { runChannel } from '../../src/test-support/catalog-fixtures.js';
import type { MemoryWriter } from '../../src/channels/memory-writer.js';
import { DEMO_CONFIG, DEMO_JP_CONFIG } from '../support/run-cli.js';
import { formatAjvErrors } from './support/ucp-schemas.js';
import { loadAcpFeedSchema } from './support/acp-feed-schema.js';
import { describeConformance, SHARED_DATA_DIR } from './support/shared-data.js';
const FEED_EXAMPLES = join(SHARED_DATA_DIR, 'acp', 'examples', '2026-04-17', 'examples.feed.json');

describeConformance('ACP feed against schema.feed.json 2026-04-17', () => {
  let validateProduct: ValidateFunction;
  let validateMetadata: ValidateFunction;
  const feeds: Array<{ name: string; out: MemoryWriter; variants: number }> = [];

  beforeAll(async () => {
    ({ validateProduct, validateMetadata } = loadAcpFeedSchema());
    for (const [name, path] of [
      ['us', DEMO_CONFIG],
      ['jp', DEMO_JP_CONFIG],
    ] as const) {
      const { config, products } = await resolveDemoProducts(path);
      const { out, summary } = await runChannel(acpChannel, products, config);
      feeds.push({ name, out, variants: summary.items });
    }
  });

  it('the validator accepts the official examples and refuses an unknown key', () => {
    const examples = JSON.parse(readFileSync(FEED_EXAMPLES, 'utf8')) as Record<string, { products?: unknown[] } & Record<string, unknown>>;
    for (const product of examples.upsert_products_request_single_product!.products!) expect(validateProduct(product), JSON.stringify(validateProduct.errors)).toBe(true);
    expect(validateMetadata(examples.get_feed_response)).toBe(true);
    expect(validateProduct({ id: 'p', variants: [{ id: 'v', title: 't', brand: 'x' }] })).toBe(false);
  });

  it('writes every products.jsonl line as a valid Product, with zero errors', () => {
    let lines = 0;
    const problems: string[] = [];
    for (const { name, out } of feeds) {
      const text = out.text(ACP_PRODUCTS_PATH);
      expect(text.endsWith('\n')).toBe(true);
      for (const [i, line] of text.slice(0, -1).split('\n').entries()) {
        lines++;
        const product = JSON.parse(line) as unknown;
        if (!validateProduct(product)) problems.push(...formatAjvErrors(validateProduct.errors).map((e) => `${name} line ${i + 1}: ${e}`));
      }
    }
    expect(problems).toEqual([]);
    expect(lines).toBeGreaterThan(50);
  });

  it('writes metadata.json as a valid FeedMetadata', () => {
    for (const { name, out } of feeds) {
      const metadata = JSON.parse(out.text(ACP_METADATA_PATH)) as unknown;
      expect(validateMetadata(metadata), `${name}: ${formatAjvErrors(validateMetadata.errors).join('; ')}`).toBe(true);
    }
    expect(JSON.parse(feeds[0]!.out.text(ACP_METADATA_PATH))).toEqual({ id: 'alder-and-pine-us', target_country: 'US' });
  });

  it('publishes every variant once, with the fields agents filter on', () => {
    for (const { name, out, variants } of feeds) {
      const lines = out.text(ACP_PRODUCTS_PATH).trimEnd().split('\n').map((l) => JSON.parse(l) as { variants: Array<Record<string, unknown>> });
      const all = lines.flatMap((p) => p.variants);
      expect(all.length, name).toBe(variants);
      expect(new Set(all.map((v) => v.id)).size, name).toBe(all.length);
      for (const v of all) for (const key of ['price', 'availability', 'seller', 'url']) expect(v[key], `${name} ${String(v.id)} ${key}`).toBeDefined();
      expect(all.some((v) => v.unit_price !== undefined), name).toBe(true);
    }
  });
});
