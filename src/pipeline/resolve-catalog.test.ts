import { describe, expect, it } from 'vitest';
import type { SourceItem } from '../sources/source-item.js';
import { FIXTURE_PRODUCTS, TEST_NOW, testConfig } from '../test-support/catalog-fixtures.js';
import { resolveCatalog, type CatalogEntry } from './resolve-catalog.js';

async function resolveAllItems(values: unknown[], config = testConfig()): Promise<CatalogEntry[]> {
  async function* items(): AsyncGenerator<SourceItem> {
    for (const [i, value] of values.entries()) yield { type: 'record', value, origin: { file: 'catalog.ndjson', line: i + 1 } };
  }
  const out: CatalogEntry[] = [];
  for await (const entry of resolveCatalog(items(), { config, nowMs: Date.parse(TEST_NOW) })) out.push(entry);
  return out;
}

const speaker = FIXTURE_PRODUCTS[1]!;

describe('resolveCatalog', () => {
  it.each([
    ['null', null],
    ['an array', [speaker]],
    ['a string', 'ap-tessellate-speaker'],
    ['a number', 42],
  ])('reports a record that is %s as input/not-an-object', async (_name, value) => {
    const [entry] = await resolveAllItems([value]);
    expect(entry!.product).toBeUndefined();
    expect(entry!.diagnostics.map((d) => [d.ruleId, d.origin?.line])).toEqual([['input/not-an-object', 1]]);
  });

  it('leaves out the later of two products with one id, and the later of two variants with one id', async () => {
    const other = { ...speaker, id: 'other-product', variants: [{ ...speaker.variants[0], id: 'OTHER-1' }, { ...speaker.variants[0], id: 'TS-BC2-GRY' }] };
    const entries = await resolveAllItems([speaker, speaker, other]);
    expect(entries[0]!.product?.id).toBe(speaker.id);
    expect(entries[1]!.product).toBeUndefined();
    expect(entries[1]!.diagnostics.map((d) => [d.ruleId, d.pointer])).toContainEqual(['catalog/duplicate-product-id', '/id']);
    expect(entries[2]!.product?.variants.map((v) => v.id)).toEqual(['OTHER-1']);
    expect(entries[2]!.diagnostics.find((d) => d.ruleId === 'catalog/duplicate-variant-id')).toMatchObject({ variantId: 'TS-BC2-GRY', pointer: '/variants/1/id', severity: 'error' });
  });

  it('reports a price too large to hold exactly as price/out-of-range', async () => {
    const huge = { ...speaker, id: 'huge', variants: [{ ...speaker.variants[0], id: 'HUGE', price: '99999999999999999.00' }] };
    const [entry] = await resolveAllItems([huge]);
    expect(entry!.product).toBeUndefined();
    expect(entry!.diagnostics.map((d) => [d.ruleId, d.pointer])).toContainEqual(['price/out-of-range', '/variants/0/price']);
  });

  it('keeps input order and counts the variants read', async () => {
    const entries = await resolveAllItems(FIXTURE_PRODUCTS);
    expect(entries.map((e) => e.product?.id)).toEqual(FIXTURE_PRODUCTS.map((p) => p.id));
    expect(entries.map((e) => e.variantsRead)).toEqual([3, 1, 1, 1]);
  });

  it('applies the merchant’s severities: a catalog rule raised to error leaves the variant out, one turned off is gone', async () => {
    const bad = { ...speaker, id: 'bad-gtin', variants: [{ ...speaker.variants[0], id: 'BAD-GTIN', gtin: '0012345678906' }] };
    const [raised] = await resolveAllItems([bad], testConfig({ rules: { 'gtin/check-digit': 'error' } }));
    expect(raised!.product).toBeUndefined();
    expect(raised!.diagnostics.find((d) => d.ruleId === 'gtin/check-digit')).toMatchObject({ severity: 'error', variantId: 'BAD-GTIN' });
    const [off] = await resolveAllItems([bad], testConfig({ rules: { 'gtin/check-digit': 'off' } }));
    expect(off!.product?.variants.map((v) => v.id)).toEqual(['BAD-GTIN']);
    expect(off!.diagnostics.map((d) => d.ruleId)).not.toContain('gtin/check-digit');
  });

  it('applies the config’s defaults before validation, so a record without a URL resolves from the template', async () => {
    const { url: _url, ...noUrl } = speaker;
    const [entry] = await resolveAllItems([{ ...noUrl, platformId: '42' }], testConfig({ defaults: { productUrl: '?post_type=product&p={platform_id}' } }));
    expect(entry!.product?.url).toBe('https://alder-and-pine.example/?post_type=product&p=42');
    expect(entry!.diagnostics.map((d) => d.ruleId)).toContain('defaults/product-url');
  });
});
