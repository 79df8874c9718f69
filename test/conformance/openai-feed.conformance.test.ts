import { resolveDemoProducts } from '../support/demo-products.js';
// Holds the OpenAI feed written for both demo shops against schemas/openai-product-feed.schema.json, our own
// reading of https://developers.openai.com/commerce/specs/file-upload/products (OpenAI publishes no schema, so
// nothing in ../shared/data applies and this suite runs everywhere). The channel is run directly on the resolved
// demo catalogs: it is registered in src/channels/registry.ts separately.
import { parse } from 'csv-parse/sync';
import { beforeAll, describe, expect, it } from 'vitest';
import { openaiChannel, OPENAI_COLUMNS, OPENAI_FEED_PATH, type OpenAiRow } from '../../src/channels/openai/index.js';
import { rowSchemaProblems } from '../../src/channels/openai/row-schema.js';
import type { Diagnostic } from '../../src/model/diagnostic.js';
import { runChannel } from '../../src/test-support/catalog-fixtures.js';
import type { MemoryWriter } from '../../src/channels/memory-writer.js';
import { DEMO_CONFIG, DEMO_JP_CONFIG } from '../support/run-cli.js';

interface ShopFeed {
  rows: OpenAiRow[];
  variants: number;
  summary: { items: number; skipped: number };
  diagnostics: Diagnostic[];
  out: MemoryWriter;
}

async function demoFeed(configPath: string): Promise<ShopFeed> {
  const { config, products } = await resolveDemoProducts(configPath);
  const { out, diagnostics, summary } = await runChannel(openaiChannel, products, config);
  const rows = out.text(OPENAI_FEED_PATH).split('\n').filter(Boolean).map((line) => JSON.parse(line) as OpenAiRow);
  return { rows, variants: products.reduce((n, p) => n + p.variants.length, 0), summary, diagnostics, out };
}

describe('OpenAI feed of the demo shops against schemas/openai-product-feed.schema.json', () => {
  const shops: Record<'us' | 'jp', ShopFeed> = {} as Record<'us' | 'jp', ShopFeed>;
  beforeAll(async () => {
    shops.us = await demoFeed(DEMO_CONFIG);
    shops.jp = await demoFeed(DEMO_JP_CONFIG);
  });

  it.each(['us', 'jp'] as const)('%s: every row validates, and every variant is published', (shop) => {
    const { rows, variants, summary, diagnostics } = shops[shop];
    expect(rows.length).toBeGreaterThan(10);
    const problems = rows.flatMap((row) => rowSchemaProblems(row).map((p) => `${row.item_id} ${p.pointer} ${p.keyword}: ${p.message}`));
    expect(problems).toEqual([]);
    expect(summary).toEqual({ items: variants, skipped: 0 });
    expect(rows).toHaveLength(variants);
    expect(diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    expect(new Set(rows.map((r) => r.item_id)).size).toBe(rows.length);
  });

  it('us: writes checkout-eligible rows in USD and the TSV the config asks for, row for row', () => {
    const { rows, out } = shops.us;
    for (const row of rows) {
      expect(row).toMatchObject({ is_eligible_search: true, is_eligible_checkout: true, store_country: 'US', target_countries: ['US', 'CA'] });
      expect(row.price).toMatch(/^\d+\.\d{2} USD$/);
    }
    const tsv = parse(out.text('feeds/openai/products.tsv.gz'), { columns: true, delimiter: '\t', quote: false }) as Array<Record<string, string>>;
    expect(Object.keys(tsv[0]!)).toEqual(OPENAI_COLUMNS);
    expect(tsv.map((r) => [r.item_id, r.price, r.sale_price])).toEqual(rows.map((r) => [r.item_id, r.price, r.sale_price ?? '']));
    expect(out.files.has('feeds/openai/products.csv.gz')).toBe(false);
  });

  it('jp: writes whole yen, a JP market note, and no checkout (not asked)', () => {
    const { rows, diagnostics } = shops.jp;
    for (const row of rows) {
      expect(row.price).toMatch(/^\d+ JPY$/);
      if (row.shipping !== undefined) expect(row.shipping).toMatch(/^JP::Standard:800 JPY:1:2:1:3$/);
      expect(row).toMatchObject({ is_eligible_checkout: false, store_country: 'JP', target_countries: ['JP'] });
    }
    expect(diagnostics.filter((d) => d.ruleId === 'openai/market-not-represented')).toHaveLength(1);
  });
});
