import { createHash } from 'node:crypto';
import { mkdtemp, readFile, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readFileSync, writeFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import type { ResolvedConfig } from '../../model/resolved-config.js';
import type { Product } from '../../model/generated/product.js';
import type { ResolvedProduct } from '../../model/resolved.js';
import { StagingFolder } from '../../publish/staging.js';
import { FIXTURE_PRODUCTS, resolveAll, runChannel, TEST_NOW, testConfig } from '../../test-support/catalog-fixtures.js';
import { OPENAI_COLUMNS, OPENAI_FEED_PATH, openaiChannel, type OpenAiRow } from './index.js';
import { rowSchemaProblems } from './row-schema.js';
import { resolvedSale } from '../../test-support/sale.js';

const ALL_FORMATS = { feeds: { openai: { formats: ['tsv', 'csv'], checkout: true, targetCountries: ['US', 'CA'] } } };
const config = (overrides: Record<string, unknown> = ALL_FORMATS) => testConfig(overrides);
const resolved = (records: Product[] = FIXTURE_PRODUCTS, cfg: ResolvedConfig = config()) => resolveAll(records, cfg).products;

async function feed(products: ResolvedProduct[], cfg: ResolvedConfig = config()) {
  const result = await runChannel(openaiChannel, products, cfg);
  const jsonl = result.out.files.get(OPENAI_FEED_PATH) ?? '';
  const rows = jsonl.split('\n').filter((l) => l !== '').map((l) => JSON.parse(l) as OpenAiRow);
  return { ...result, jsonl, rows, byId: new Map(rows.map((r) => [r.item_id, r])) };
}

/** A delimited file read back with an independent parser, as records keyed by header. */
function readDelimited(text: string, delimiter: ',' | '\t'): Array<Record<string, string>> {
  return parse(text, { columns: true, delimiter, quote: delimiter === ',' ? '"' : false, relax_column_count: false }) as Array<Record<string, string>>;
}

describe('openai channel', () => {
  it('writes one row per variant, in catalog order', async () => {
    const { rows, summary, out } = await feed(resolved());
    expect(rows.map((r) => r.item_id)).toEqual(['AP-SDJ-BLK-M', 'AP-SDJ-BLK-L', 'AP-SDJ-RED-M', 'TS-BC2-GRY', 'AP-GUIDE-PDF', 'AP-CBC-340']);
    expect(summary).toEqual({ items: 6, skipped: 0 });
    expect([...out.files.keys()]).toEqual(['feeds/openai/products.jsonl.gz', 'feeds/openai/products.tsv.gz', 'feeds/openai/products.csv.gz']);
  });

  it.each([
    ['products.jsonl', OPENAI_FEED_PATH],
    ['products.tsv', 'feeds/openai/products.tsv.gz'],
    ['products.csv', 'feeds/openai/products.csv.gz'],
  ])('matches the golden %s (decompressed)', async (name, path) => {
    const { out } = await feed(resolved());
    const golden = new URL(`./fixtures/${name}`, import.meta.url);
    if (process.env.UPDATE_GOLDEN) writeFileSync(golden, out.text(path));
    expect(out.text(path)).toBe(readFileSync(golden, 'utf8'));
  });

  it('writes only the JSON Lines file unless the config asks for tsv or csv', async () => {
    const { out } = await feed(resolved(), testConfig());
    expect([...out.files.keys()]).toEqual([OPENAI_FEED_PATH]);
  });

  it('writes every row valid against schemas/openai-product-feed.schema.json, keys in documented order', async () => {
    const { rows } = await feed(resolved());
    for (const row of rows) {
      expect(rowSchemaProblems(row), row.item_id).toEqual([]);
      const keys = Object.keys(row);
      expect(keys).toEqual(OPENAI_COLUMNS.filter((c) => keys.includes(c)));
    }
  });

  it('writes the same rows in TSV and CSV, with the documented header', async () => {
    const { out, rows } = await feed(resolved());
    const tsv = out.text('feeds/openai/products.tsv.gz');
    const csv = out.text('feeds/openai/products.csv.gz');
    expect(tsv.split('\n')[0]!.split('\t')).toEqual(OPENAI_COLUMNS);
    expect(csv.split('\r\n')[0]!.split(',')).toEqual(OPENAI_COLUMNS);
    const cell = (value: unknown) => (value === undefined ? '' : typeof value === 'string' ? value : Array.isArray(value) ? value.join(',') : typeof value === 'object' ? JSON.stringify(value) : String(value));
    const expected = rows.map((row) => Object.fromEntries(OPENAI_COLUMNS.map((c) => [c, cell(row[c])])));
    expect(readDelimited(csv, ',')).toEqual(expected);
    // TSV cells cannot hold line breaks: the description's paragraphs are joined by one space.
    const flat = expected.map((r) => ({ ...r, description: r.description!.replace(/\s*\n+\s*/g, ' ') }));
    expect(readDelimited(tsv, '\t')).toEqual(flat);
  });

  it('formats prices, the active sale, availability and variants from the model', async () => {
    const { byId } = await feed(resolved());
    expect(byId.get('AP-SDJ-BLK-M')).toMatchObject({
      price: '229.00 USD',
      sale_price: '179.00 USD',
      availability: 'in_stock',
      group_id: 'ap-summit-down-jacket',
      listing_has_variations: true,
      variant_dict: { color: 'Black', size: 'M' },
      color: 'Black',
      size: 'M',
      size_system: 'US',
      gender: 'male',
      age_group: 'adult',
      weight: '13.6',
      item_weight_unit: 'oz',
      product_category: 'Apparel > Men > Jackets',
      image_url: 'https://alder-and-pine.example/images/sdj-black.jpg',
      additional_image_urls: ['https://alder-and-pine.example/images/sdj-1.jpg', 'https://alder-and-pine.example/images/sdj-2.jpg'],
    });
    expect(byId.get('AP-SDJ-BLK-L')).toMatchObject({ availability: 'out_of_stock' });
    expect(byId.get('AP-SDJ-RED-M')).toMatchObject({ availability: 'backorder', availability_date: '2026-12-18T00:00:00Z' });
    expect(byId.get('AP-SDJ-RED-M')!.sale_price).toBeUndefined();
    expect(byId.get('TS-BC2-GRY')).toMatchObject({ availability: 'pre_order', availability_date: '2027-02-15T00:00:00Z', gtin: '0012345678905', mpn: 'BC2-GRY', length: '18', width: '8', height: '8', dimensions_unit: 'cm' });
    // A single-variant product is no variant group.
    for (const key of ['group_id', 'listing_has_variations', 'variant_dict'] as const) expect(byId.get('TS-BC2-GRY')![key]).toBeUndefined();
    // The Google category path when the shop gives no product type.
    expect(byId.get('TS-BC2-GRY')!.product_category).toBe('Electronics > Audio > Audio Components > Speakers');
  });

  it('leaves out a sale that is not on at the run', async () => {
    const [jacket] = resolved([FIXTURE_PRODUCTS[0]!]);
    const variant = jacket!.variants[0]!;
    const later = { ...jacket!, variants: [{ ...variant, sale: { ...variant.sale!, active: false }, currentPrice: variant.price }] };
    const { rows } = await feed([later]);
    expect(rows[0]!.sale_price).toBeUndefined();
  });

  it('writes seller, policies, returns, markets and shipping for physical products only', async () => {
    const { byId } = await feed(resolved());
    expect(byId.get('AP-CBC-340')).toMatchObject({
      seller_name: 'Alder & Pine Outfitters',
      seller_url: 'https://alder-and-pine.example/',
      seller_privacy_policy: 'https://alder-and-pine.example/policies/privacy',
      seller_tos: 'https://alder-and-pine.example/policies/terms',
      return_policy: 'https://alder-and-pine.example/policies/returns',
      accepts_returns: true,
      return_deadline_in_days: 30,
      target_countries: ['US', 'CA'],
      store_country: 'US',
      is_digital: false,
      shipping: 'US::Standard:5.95 USD:0:1:3:5,CA::Standard:12.00 USD:1:2:5:9',
    });
    expect(byId.get('AP-GUIDE-PDF')).toMatchObject({ is_digital: true });
    expect(byId.get('AP-GUIDE-PDF')!.shipping).toBeUndefined();
  });

  it.each([
    ['finite', { countries: ['US'], category: 'finite', days: 14 }, { accepts_returns: true, return_deadline_in_days: 14 }],
    ['unlimited', { countries: ['US'], category: 'unlimited' }, { accepts_returns: true }],
    ['not permitted (final sale)', { countries: ['US'], category: 'not_permitted' }, { accepts_returns: false }],
  ])('writes a %s return policy', async (_name, returns, expected) => {
    const cfg = config({ ...ALL_FORMATS, returns });
    const { rows } = await feed(resolved([FIXTURE_PRODUCTS[3]!], cfg), cfg);
    expect({ accepts_returns: rows[0]!.accepts_returns, return_deadline_in_days: rows[0]!.return_deadline_in_days }).toEqual({ return_deadline_in_days: undefined, ...expected });
  });

  it('never writes a purchase URL: the spec has no field for it', async () => {
    const { jsonl } = await feed(resolved());
    expect(jsonl).not.toContain('/cart/');
  });
});

describe('openai channel: rows the schema or the money rules refuse', () => {
  const [speaker] = resolved([FIXTURE_PRODUCTS[1]!]);
  const variant = speaker!.variants[0]!;
  const withVariant = (overrides: Partial<typeof variant>): ResolvedProduct => ({ ...speaker!, variants: [{ ...variant, ...overrides }] });
  const eur = { minor: 9900, currency: 'EUR' };

  it.each([
    ['openai/row-invalid', withVariant({ gtin: '12345' }), '/gtin'],
    ['openai/row-invalid', withVariant({ url: 'ftp://alder-and-pine.example/x' }), '/url'],
    ['openai/currency-mismatch', withVariant({ sale: resolvedSale(eur), currentPrice: eur }), '/sale_price'],
    ['openai/sale-price-not-below-price', withVariant({ sale: resolvedSale({ minor: 14900, currency: 'USD' }) }), '/sale_price'],
    ['openai/availability-date-missing', withVariant({ availability: 'preorder', availabilityDate: undefined as unknown as string }), '/availabilityDate'],
  ])('%s at %s leaves the row out', async (ruleId, product, pointer) => {
    const { diagnostics, rows, summary } = await feed([product]);
    expect(diagnostics.map((d) => [d.ruleId, d.pointer])).toContainEqual([ruleId, pointer]);
    expect(diagnostics.find((d) => d.ruleId === ruleId)).toMatchObject({ channel: 'openai', productId: 'ap-tessellate-speaker', variantId: 'TS-BC2-GRY', severity: 'error' });
    expect(rows).toEqual([]);
    expect(summary).toEqual({ items: 0, skipped: 1 });
  });
});

describe('openai channel: ids a TSV cell cannot carry', () => {
  const [speaker] = resolved([FIXTURE_PRODUCTS[1]!]);
  const variant = speaker!.variants[0]!;
  // The schema keeps tabs and C0 controls out of ids; NEL and the Unicode line and paragraph separators remain,
  // and tsvField would turn them into a space: a different id in the TSV than in the JSON Lines.
  it.each([
    ['a NEL in the variant id', { ...speaker!, variants: [{ ...variant, id: 'TS\u0085BC2' }] }, '/item_id', 'TS\u0085BC2'],
    ['a line separator in the variant id', { ...speaker!, variants: [{ ...variant, id: 'TS\u2028BC2' }] }, '/item_id', 'TS\u2028BC2'],
    ['a paragraph separator in the product id of a group', resolved([{ ...FIXTURE_PRODUCTS[0]!, id: 'ap\u2029jacket' }])[0]!, '/group_id', 'ap\u2029jacket'],
  ])('%s leaves the row out of every format when TSV is written', async (_, product, pointer, actual) => {
    const { diagnostics, rows, out, summary } = await feed([product]);
    expect(diagnostics.filter((d) => d.ruleId === 'openai/id-breaks-tsv')[0]).toMatchObject({ channel: 'openai', severity: 'error', pointer, actual });
    expect(rows.map((r) => r.item_id)).not.toContain(product.variants[0]!.id);
    expect(out.text('feeds/openai/products.tsv.gz').split('\n').filter(Boolean)).toHaveLength(1 + rows.length);
    expect(summary.items).toBe(rows.length);
  });

  it('writes such an id when the feed has no TSV: JSON and CSV carry it as it is', async () => {
    const product = { ...speaker!, variants: [{ ...variant, id: 'TS\u2028BC2' }] };
    const { diagnostics, rows, out } = await feed([product], config({ feeds: { openai: { formats: ['csv'] } } }));
    expect(diagnostics.map((d) => d.ruleId)).not.toContain('openai/id-breaks-tsv');
    expect(rows.map((r) => r.item_id)).toEqual(['TS\u2028BC2']);
    expect(readDelimited(out.text('feeds/openai/products.csv.gz'), ',').map((r) => r.item_id)).toEqual(['TS\u2028BC2']);
  });
});

describe('openai channel: availability_date', () => {
  const [speaker] = resolved([FIXTURE_PRODUCTS[1]!]);
  const variant = speaker!.variants[0]!;
  it.each([
    ['a pre-order with its date', 'preorder', '2027-02-01T00:00:00Z', 'pre_order'],
    ['a back-order with its date', 'backorder', '2027-02-01T00:00:00Z', 'backorder'],
  ] as const)('writes %s', async (_name, availability, date, written) => {
    const { rows, diagnostics } = await feed([{ ...speaker!, variants: [{ ...variant, availability, availabilityDate: date }] }]);
    expect(rows[0]).toMatchObject({ availability: written, availability_date: date });
    expect(diagnostics).toEqual([]);
  });

  it('writes a back-order without a date: only a pre-order must carry one', async () => {
    const { availabilityDate: _date, ...undated } = variant;
    const { rows } = await feed([{ ...speaker!, variants: [{ ...undated, availability: 'backorder' }] }]);
    expect(rows[0]).toMatchObject({ availability: 'backorder' });
    expect(rows[0]).not.toHaveProperty('availability_date');
  });
});

describe('openai channel: config findings, once per run', () => {
  it('reports shipping rates in another currency once, and writes only those in the row currency', async () => {
    const cfg = config({ ...ALL_FORMATS, shipping: [{ country: 'US', service: 'Standard', price: '5.95' }, { country: 'CA', service: 'Standard', price: '15.00', currency: 'CAD' }] });
    const { diagnostics, rows } = await feed(resolved(FIXTURE_PRODUCTS, cfg), cfg);
    expect(diagnostics.map((d) => d.ruleId)).toEqual(['openai/shipping-currency']);
    expect(rows.find((r) => r.item_id === 'AP-CBC-340')!.shipping).toBe('US::Standard:5.95 USD');
  });

  it('reports a rate the tuple cannot hold once, and leaves it out', async () => {
    const cfg = config({ ...ALL_FORMATS, shipping: [{ country: 'US', service: 'Express: next day', price: '19.00' }, { country: 'US', region: 'CA', service: 'Standard', price: '5.00', transitDays: { min: 2, max: 4 } }] });
    const { diagnostics, rows } = await feed(resolved(FIXTURE_PRODUCTS, cfg), cfg);
    expect(diagnostics.map((d) => [d.ruleId, d.pointer])).toEqual([['openai/shipping-not-expressible', '/shipping/0']]);
    expect(rows.find((r) => r.item_id === 'AP-CBC-340')!.shipping).toBe('US:CA:Standard:5.00 USD:::2:4');
  });

  it('reports a shop name longer than seller_name allows once, and cuts it on every row', async () => {
    const cfg = config({ ...ALL_FORMATS, shop: { ...testConfig().shop, name: 'Alder & Pine Outfitters of the Cascade Range, Central Oregon Trading Post' } });
    const { diagnostics, rows } = await feed(resolved(FIXTURE_PRODUCTS, cfg), cfg);
    expect(diagnostics.map((d) => d.ruleId)).toEqual(['openai/seller-name-too-long']);
    expect(new Set(rows.map((r) => r.seller_name))).toEqual(new Set(['Alder & Pine Outfitters of the Cascade Range, Central Oregon Trading']));
  });

  it('notes once that a market OpenAI does not represent yet needs setup', async () => {
    const cfg = config({ ...ALL_FORMATS, shop: { ...testConfig().shop, country: 'JP' } });
    const { diagnostics, rows } = await feed(resolved(FIXTURE_PRODUCTS, cfg), cfg);
    expect(diagnostics.filter((d) => d.ruleId === 'openai/market-not-represented')).toMatchObject([{ severity: 'info', actual: ['JP'] }]);
    expect(rows[0]).toMatchObject({ target_countries: ['US', 'CA'], store_country: 'JP' });
  });
});

describe('openai channel: shards', () => {
  const sharded = (shardSize: number) => config({ feeds: { openai: { formats: ['tsv', 'csv'], shardSize } } });

  it.each([
    [2, ['products', 'products-2', 'products-3'], [2, 2, 2]],
    [3, ['products', 'products-2'], [3, 3]],
    [4, ['products', 'products-2'], [4, 2]],
    [6, ['products'], [6]],
    [500_000, ['products'], [6]],
  ])('shards at %i rows with stable names', async (shardSize, names, counts) => {
    const cfg = sharded(shardSize);
    const { out, rows: firstShard } = await feed(resolved(FIXTURE_PRODUCTS, cfg), cfg);
    for (const format of ['jsonl', 'tsv', 'csv']) {
      expect([...out.files.keys()].filter((p) => p.endsWith(`.${format}.gz`))).toEqual(names.map((n) => `feeds/openai/${n}.${format}.gz`));
    }
    const jsonlCounts = names.map((n) => out.text(`feeds/openai/${n}.jsonl.gz`).split('\n').filter(Boolean).length);
    expect(jsonlCounts).toEqual(counts);
    // Every delimited shard stands alone: its own header, then the same rows as the JSON Lines shard.
    for (const [i, n] of names.entries()) {
      const tsv = out.text(`feeds/openai/${n}.tsv.gz`).split('\n').filter(Boolean);
      expect(tsv[0]!.split('\t')).toEqual(OPENAI_COLUMNS);
      expect(tsv.length - 1).toBe(counts[i]);
      const jsonIds = out.text(`feeds/openai/${n}.jsonl.gz`).split('\n').filter(Boolean).map((l) => (JSON.parse(l) as OpenAiRow).item_id);
      expect(readDelimited(out.text(`feeds/openai/${n}.csv.gz`), ',').map((r) => r.item_id)).toEqual(jsonIds);
    }
    expect(firstShard.map((r) => r.item_id)).toEqual(['AP-SDJ-BLK-M', 'AP-SDJ-BLK-L', 'AP-SDJ-RED-M', 'TS-BC2-GRY', 'AP-GUIDE-PDF', 'AP-CBC-340'].slice(0, counts[0]));
  });

  it('still replaces the canonical files for an empty catalog', async () => {
    const cfg = sharded(2);
    const { out, summary } = await feed([], cfg);
    expect(summary).toEqual({ items: 0, skipped: 0 });
    expect(out.text(OPENAI_FEED_PATH)).toBe('');
    expect(out.text('feeds/openai/products.tsv.gz')).toBe(`${OPENAI_COLUMNS.join('\t')}\n`);
    expect([...out.files.keys()]).toHaveLength(3);
  });
});

describe('openai channel: determinism', () => {
  async function build(dir: string, products: ResolvedProduct[], cfg: ResolvedConfig): Promise<Map<string, Buffer>> {
    const staging = new StagingFolder(dir);
    const run = openaiChannel.open({ links: () => [], config: cfg, assets: {}, channels: new Set(), now: { iso: TEST_NOW, epochMs: Date.parse(TEST_NOW) }, out: staging, diagnostics: { report: () => undefined } });
    for (const product of products) await run.add(product);
    await run.close();
    const files = new Map<string, Buffer>();
    for (const name of (await readdir(join(dir, 'feeds/openai'))).sort()) files.set(name, await readFile(join(dir, 'feeds/openai', name)));
    return files;
  }

  it('writes byte-identical gzip files on two runs', async () => {
    const root = await mkdtemp(join(tmpdir(), 'agentshelf-openai-'));
    try {
      const cfg = config({ feeds: { openai: { formats: ['tsv', 'csv'], shardSize: 4 } } });
      const products = resolved(FIXTURE_PRODUCTS, cfg);
      const first = await build(join(root, 'a'), products, cfg);
      const second = await build(join(root, 'b'), products, cfg);
      expect([...first.keys()]).toEqual(['products-2.csv.gz', 'products-2.jsonl.gz', 'products-2.tsv.gz', 'products.csv.gz', 'products.jsonl.gz', 'products.tsv.gz']);
      const digest = (files: Map<string, Buffer>) => [...files].map(([name, bytes]) => [name, createHash('sha256').update(bytes).digest('hex')]);
      expect(digest(second)).toEqual(digest(first));
      // And the bytes are the gzip of what the channel wrote.
      const memory = await runChannel(openaiChannel, products, cfg);
      expect(gunzipSync(first.get('products.jsonl.gz')!).toString('utf8')).toBe(memory.out.text(OPENAI_FEED_PATH));
    } finally {
      await rm(root, { recursive: true, force: true });
    }
  });
});
