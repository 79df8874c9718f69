import { describe, expect, it } from 'vitest';
import type { ResolvedProduct, ResolvedVariant } from '../../model/resolved.js';
import { codePointLength } from '../../model/text.js';
import { FIXTURE_PRODUCTS, resolveAll, testConfig } from '../../test-support/catalog-fixtures.js';
import { OPENAI_LIMITS } from './limits.js';
import { buildOpenAiRow } from './row.js';
import { rowSchemaProblems } from './row-schema.js';
import { prepareRun } from './run-values.js';

const run = prepareRun(testConfig(), () => undefined);
const [jacket, speaker] = resolveAll([FIXTURE_PRODUCTS[0]!, FIXTURE_PRODUCTS[1]!]).products as [ResolvedProduct, ResolvedProduct];
const base = speaker.variants[0]!;
const build = (variant: Partial<ResolvedVariant> = {}, product: Partial<ResolvedProduct> = {}) => {
  const p = { ...speaker, ...product };
  return buildOpenAiRow(p, { ...base, ...variant }, run);
};
const ids = (result: ReturnType<typeof build>) => result.diagnostics.map((d) => d.ruleId);

describe('buildOpenAiRow: what leaves a row out', () => {
  it.each([
    ['openai/id-too-long', { id: 'X'.repeat(OPENAI_LIMITS.itemId + 1) }, {}],
    ['openai/description-missing', {}, { description: undefined }],
    ['openai/brand-missing', {}, { brand: undefined }],
    ['openai/image-missing', { images: [] }, {}],
  ] as Array<[string, Partial<ResolvedVariant>, Record<string, unknown>]>)('%s', (ruleId, variant, product) => {
    const result = build(variant, product as Partial<ResolvedProduct>);
    expect(result.row).toBeUndefined();
    expect(ids(result)).toEqual([ruleId]);
    expect(result.diagnostics[0]).toMatchObject({ channel: 'openai', productId: 'ap-tessellate-speaker', severity: 'error' });
  });

  it('reports each missing required value, not just the first', () => {
    const result = build({ images: [] }, { brand: undefined, description: undefined } as Partial<ResolvedProduct>);
    expect(ids(result)).toEqual(['openai/description-missing', 'openai/brand-missing', 'openai/image-missing']);
  });

  it('takes an item_id of exactly 100 characters', () => {
    const result = build({ id: 'X'.repeat(OPENAI_LIMITS.itemId) });
    expect(result.row?.item_id).toHaveLength(100);
    expect(result.diagnostics).toEqual([]);
  });
});

describe('buildOpenAiRow: limits and truncation', () => {
  const words = (word: string, n: number) => Array.from({ length: n }, () => word).join(' ');

  it.each([
    ['title', 'openai/title-too-long', { title: words('Waterproof', 20) }, {}, OPENAI_LIMITS.title],
    ['description', 'openai/description-too-long', {}, { description: words('Long-lasting.', 500) }, OPENAI_LIMITS.description],
    ['brand', 'openai/value-too-long', {}, { brand: words('Tessellate', 10) }, OPENAI_LIMITS.brand],
    ['color', 'openai/value-too-long', { color: words('Midnight', 6) }, {}, OPENAI_LIMITS.color],
    ['material', 'openai/value-too-long', { material: words('Polyester', 12) }, {}, OPENAI_LIMITS.material],
  ] as const)('cuts %s at a word boundary within its limit (%s)', (field, ruleId, variant, product, max) => {
    const result = build(variant, product as Partial<ResolvedProduct>);
    const value = (result.row as unknown as Record<string, string>)[field]!;
    expect(ids(result)).toEqual([ruleId]);
    expect(result.diagnostics[0]).toMatchObject({ severity: 'warning', expected: max });
    expect(codePointLength(value)).toBeLessThanOrEqual(max);
    expect(codePointLength(value)).toBeGreaterThan(max * 0.75);
    // A whole word ends the cut value: no word was split.
    const source = String((variant as Record<string, string>)[field] ?? (product as Record<string, string>)[field]);
    expect(source.startsWith(value)).toBe(true);
    expect(source[value.length]).toBe(' ');
    expect(rowSchemaProblems(result.row)).toEqual([]);
  });

  it('counts characters, not UTF-16 units', () => {
    const title = '🏕️ Camp '.repeat(18).trim();
    const result = build({ title });
    expect(codePointLength(result.row!.title)).toBeLessThanOrEqual(OPENAI_LIMITS.title);
    expect(rowSchemaProblems(result.row)).toEqual([]);
  });

  it.each([
    ['mpn', { mpn: 'M'.repeat(OPENAI_LIMITS.mpn + 1) }],
    ['size', { size: 'Extra Large Tall Long Fit' }],
  ] as const)('leaves out an identifying %s that is too long rather than cutting it', (field, variant) => {
    const result = build({ ...variant, sizeSystem: 'US' });
    expect(ids(result)).toEqual(['openai/value-too-long']);
    expect(result.row![field]).toBeUndefined();
    // size_system describes size, so it goes with it.
    if (field === 'size') expect(result.row!.size_system).toBeUndefined();
    expect(rowSchemaProblems(result.row)).toEqual([]);
  });
});

describe('buildOpenAiRow: variants', () => {
  it('writes group_id, listing_has_variations and variant_dict together, from variesBy', () => {
    const result = buildOpenAiRow(jacket, jacket.variants[2]!, run);
    expect(result.row).toMatchObject({ group_id: 'ap-summit-down-jacket', listing_has_variations: true, variant_dict: { color: 'Red', size: 'M' } });
  });

  it('keys shop options by their own name and age group by the OpenAI field name', () => {
    const product: ResolvedProduct = { ...jacket, variesBy: ['color', 'ageGroup', 'option:Fill power', 'option:color'] };
    const variant = { ...jacket.variants[0]!, ageGroup: 'kids' as const, options: { 'Fill power': '800', color: 'Ignored: the field wins' } };
    expect(buildOpenAiRow(product, variant, run).row!.variant_dict).toEqual({ color: 'Black', age_group: 'kids', 'Fill power': '800' });
  });

  it('names a size too long for the size field in full in variant_dict', () => {
    const variant = { ...jacket.variants[0]!, size: 'Extra Large Tall Long Fit' };
    const result = buildOpenAiRow(jacket, variant, run);
    expect(result.row!.size).toBeUndefined();
    expect(result.row!.variant_dict).toEqual({ color: 'Black', size: 'Extra Large Tall Long Fit' });
  });

  it('publishes a variant whose id is its group id without variant fields (openai/group-id-equals-item-id)', () => {
    const product = { ...jacket, id: 'AP-SDJ-BLK-M' };
    const result = buildOpenAiRow(product, jacket.variants[0]!, run);
    expect(ids(result as ReturnType<typeof build>)).toEqual(['openai/group-id-equals-item-id']);
    expect(result.row).toBeDefined();
    for (const key of ['group_id', 'listing_has_variations', 'variant_dict'] as const) expect(result.row![key]).toBeUndefined();
    expect(rowSchemaProblems(result.row)).toEqual([]);
  });

  it('percent-encodes commas inside additional image URLs', () => {
    const result = build({ images: ['https://x.example/a.jpg', 'https://x.example/b,c.jpg'] });
    expect(result.row!.additional_image_urls).toEqual(['https://x.example/b%2Cc.jpg']);
  });
});
