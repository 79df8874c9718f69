import { readFileSync, writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { ResolvedConfig } from '../../model/resolved-config.js';
import type { Product } from '../../model/generated/product.js';
import type { ResolvedProduct } from '../../model/resolved.js';
import { FIXTURE_PRODUCTS, TEST_NOW, resolveAll, runChannel, testConfig } from '../../test-support/catalog-fixtures.js';
import { MICROSOFT_COLUMNS } from './columns.js';
import { MICROSOFT_FEED_PATH, microsoftChannel, microsoftReadBack, readBack } from './index.js';
import { twoDecimals } from './price-format.js';
import { microsoftLineParser } from './read-back.js';
import { resolvedSale } from '../../test-support/sale.js';

type Row = Record<string, string>;

/** Runs the channel and parses the file the simplest way TSV allows: split lines on LF, cells on TAB. */
async function feed(products: ResolvedProduct[], config?: ResolvedConfig) {
  const result = await runChannel(microsoftChannel, products, config);
  const text = result.out.text(MICROSOFT_FEED_PATH);
  const lines = text.split('\n');
  expect(lines.pop()).toBe('');
  const [header, ...body] = lines.map((line) => line.split('\t'));
  expect(header).toEqual([...MICROSOFT_COLUMNS]);
  for (const [i, line] of lines.entries()) {
    // Same number of cells on every line, no trailing tab, nothing a line splitter would break on.
    expect(line.split('\t'), `line ${i + 1}`).toHaveLength(MICROSOFT_COLUMNS.length);
    expect(line.endsWith('\t'), `line ${i + 1}`).toBe(false);
    expect(line).not.toMatch(/[\r\v\f\x1c-\x1e\x85\u2028\u2029]/);
  }
  const rows = body.map((cells) => Object.fromEntries(MICROSOFT_COLUMNS.map((c, i) => [c, cells[i]!]).filter(([, v]) => v !== '')) as Row);
  return { ...result, text, rows, byId: new Map(rows.map((r) => [r.id!, r])) };
}

const resolved = (records: Product[] = FIXTURE_PRODUCTS, config?: ResolvedConfig) => resolveAll(records, config).products;

describe('microsoft channel', () => {
  it('writes a header row and one row per variant it can state, leaving backorders out', async () => {
    const { rows, summary, diagnostics } = await feed(resolved());
    expect(rows.map((r) => r.id)).toEqual(['AP-SDJ-BLK-M', 'AP-SDJ-BLK-L', 'TS-BC2-GRY', 'AP-GUIDE-PDF', 'AP-CBC-340']);
    expect(summary).toEqual({ items: 5, skipped: 1 });
    expect(diagnostics.find((d) => d.variantId === 'AP-SDJ-RED-M')).toMatchObject({ ruleId: 'microsoft/availability-not-supported', channel: 'microsoft', severity: 'error' });
  });

  it('matches the golden feed', async () => {
    const { text } = await feed(resolved());
    const golden = new URL('./fixtures/products.txt', import.meta.url);
    if (process.env.UPDATE_GOLDEN) writeFileSync(golden, text);
    expect(text).toBe(readFileSync(golden, 'utf8'));
  });

  it('declares its spec and output, and states the spec in the manifest only (the file starts with its header)', async () => {
    expect(microsoftChannel.spec).toMatchObject({ url: 'https://learn.microsoft.com/en-us/advertising/msa-help/hlp_ba_conc_aboutbingmerchantcentercatalogfile' });
    expect(microsoftChannel.outputs).toEqual(['feeds/microsoft/products.txt']);
    expect(MICROSOFT_FEED_PATH).toBe('feeds/microsoft/products.txt');
    expect(microsoftChannel.readBack).toBe(readBack);
    expect(microsoftReadBack).toBe(readBack);
    const { text } = await feed(resolved());
    expect(text.startsWith('id\ttitle\t')).toBe(true);
  });

  it('writes prices, sales, availability and variant grouping from the model, in Microsoft\'s forms', async () => {
    const { byId } = await feed(resolved());
    expect(byId.get('AP-SDJ-BLK-M')).toMatchObject({
      price: '229.00 USD',
      sale_price: '179.00',
      sale_price_effective_date: '2026-11-20T00:00:00-05:00/2026-12-02T23:59:59-05:00',
      availability: 'in stock',
      item_group_id: 'ap-summit-down-jacket',
      color: 'Black',
      size: 'M',
      size_system: 'US',
      gender: 'male',
      age_group: 'adult',
      product_category: '5598',
      product_type: 'Apparel > Men > Jackets',
      identifier_exists: 'FALSE',
      additional_image_link: 'https://alder-and-pine.example/images/sdj-1.jpg,https://alder-and-pine.example/images/sdj-2.jpg',
      description: 'Packable 800-fill down & a PFC-free shell. - Two hand pockets - Stuffs into its pocket',
    });
    expect(byId.get('AP-SDJ-BLK-L')!.availability).toBe('out of stock');
    expect(byId.get('TS-BC2-GRY')).toMatchObject({ availability: 'preorder', gtin: '0012345678905', mpn: 'BC2-GRY', brand: 'Tessellate Audio' });
    expect(byId.get('TS-BC2-GRY')!.identifier_exists).toBeUndefined();
    expect(byId.get('TS-BC2-GRY')!.item_group_id).toBeUndefined();
    expect(byId.get('AP-GUIDE-PDF')!.price).toBe('12.00 USD');
    expect(byId.get('AP-CBC-340')).toMatchObject({ unit_pricing_measure: '340 g', unit_pricing_base_measure: '100 g', link: 'https://alder-and-pine.example/products/campfire-coffee' });
  });

  it('writes shipping as country:service:price for physical products only', async () => {
    const { byId } = await feed(resolved());
    expect(byId.get('TS-BC2-GRY')!['shipping(country:service:price)']).toBe('US:Standard:5.95,CA:Standard:12.00');
    expect(byId.get('AP-GUIDE-PDF')!['shipping(country:service:price)']).toBeUndefined();
  });

  it.each([
    [1500, 'JPY', '1500.00'],
    [1550, 'USD', '15.50'],
    [1500, 'KWD', '1.50'],
    [1505, 'KWD', undefined],
    [1_000_000_000, 'USD', '10000000.00'],
    [1_000_000_001, 'USD', undefined],
  ])('writes %i minor units of %s as %j', (minor, currency, expected) => {
    expect(twoDecimals(minor, currency)).toBe(expected);
  });

  const base = resolved([FIXTURE_PRODUCTS[1]!])[0]!;
  const variant = base.variants[0]!;
  const withVariant = (overrides: Partial<typeof variant>, product: Partial<ResolvedProduct> = {}): ResolvedProduct => ({ ...base, ...product, variants: [{ ...variant, ...overrides }] });
  const money = (minor: number) => ({ minor, currency: 'USD' });
  const apparel = { googleCategory: { id: 5598, path: 'Apparel & Accessories > Clothing > Outerwear > Coats & Jackets' } };
  const images = (n: number, ext = 'jpg') => Array.from({ length: n }, (_, i) => `https://alder-and-pine.example/i/${i}.${ext}`);
  const inGermany = testConfig({ shop: { ...testConfig().shop, country: 'DE' }, shipping: [{ country: 'DE', region: 'BY', service: 'Standard', price: '4.90' }] });
  const withRates = (rates: unknown[]) => testConfig({ shipping: rates });

  // [rule, an item that breaks it, whether it is still published, an item that keeps it, config of the invalid
  // case, config of the valid case (default: the same)]
  const cases: Array<[string, ResolvedProduct, boolean, ResolvedProduct, ResolvedConfig?, ResolvedConfig?]> = [
    ['microsoft/id-invalid', withVariant({ id: 'X'.repeat(51) }), false, withVariant({ id: 'X'.repeat(50) })],
    ['microsoft/id-invalid', withVariant({ id: 'AB\tC' }), false, withVariant({ id: 'AB-C' })],
    ['microsoft/item-group-id-invalid', { ...base, isGroup: true, id: 'G'.repeat(51) }, false, { ...base, isGroup: true, id: 'G'.repeat(50) }],
    ['microsoft/description-missing', withVariant({}, { description: undefined as unknown as string }), false, base],
    ['microsoft/description-missing', withVariant({}, { description: ' \n ' }), false, base],
    ['microsoft/image-missing', withVariant({ images: [] }), false, base],
    ['microsoft/link-too-long', withVariant({ url: `https://alder-and-pine.example/${'a'.repeat(2000)}` }), false, withVariant({ url: `https://alder-and-pine.example/${'a'.repeat(1960)}` })],
    ['microsoft/link-too-long', withVariant({ images: ['https://alder-and-pine.example/a.jpg', `https://alder-and-pine.example/${'a'.repeat(2000)}.jpg`] }), true, withVariant({ images: ['https://alder-and-pine.example/a.jpg'] })],
    ['microsoft/availability-not-supported', withVariant({ availability: 'backorder' }), false, withVariant({ availability: 'out_of_stock' })],
    ['microsoft/price-not-expressible', withVariant({ price: money(1_000_000_001), currentPrice: money(1_000_000_001) }), false, withVariant({ price: money(1_000_000_000), currentPrice: money(1_000_000_000) })],
    ['microsoft/price-not-expressible', withVariant({ price: { minor: 1505, currency: 'KWD' }, currentPrice: { minor: 1505, currency: 'KWD' } }), false, withVariant({ price: { minor: 1500, currency: 'KWD' }, currentPrice: { minor: 1500, currency: 'KWD' } })],
    ['microsoft/shipping-missing', base, false, { ...base, isDigital: true }, inGermany],
    ['microsoft/title-too-long', withVariant({ title: 'Waterproof '.repeat(20).trim() }), true, withVariant({ title: 'Waterproof '.repeat(13).trim() })],
    ['microsoft/description-too-long', withVariant({}, { description: 'Long lasting. '.repeat(800) }), true, withVariant({}, { description: 'Long lasting. '.repeat(700) })],
    ['microsoft/too-many-images', withVariant({ images: images(12) }), true, withVariant({ images: images(11) })],
    ['microsoft/value-too-long', withVariant({ mpn: 'M'.repeat(71) }), true, withVariant({ mpn: 'M'.repeat(70) })],
    ['microsoft/value-too-long', withVariant({}, { brand: 'One Two Three Four Five Six Seven Eight Nine Ten Eleven' }), true, withVariant({}, { brand: 'One Two Three Four Five Six Seven Eight Nine Ten' })],
    ['microsoft/value-not-supported', withVariant({ sizeSystem: 'EU' }), true, withVariant({ sizeSystem: 'UK' })],
    ['microsoft/value-not-supported', withVariant({ unitPricing: { measure: { value: 2, unit: 'sheet' }, baseMeasure: { value: 1, unit: 'sheet' } } }), true, withVariant({ unitPricing: { measure: { value: 2, unit: 'kg' }, baseMeasure: { value: 1, unit: 'kg' } } })],
    ['microsoft/control-character', withVariant({ title: 'Speaker\u0001 Gen 2' }), true, withVariant({ title: 'Speaker Gen 2' })],
    ['microsoft/sale-not-expressible', withVariant({ sale: resolvedSale(money(9900), { startsAt: '2027-01-01T00:00:00Z' }) }), true, withVariant({ sale: resolvedSale(money(9900), { startsAt: '2027-01-01T00:00:00Z', endsAt: '2027-01-31T00:00:00Z' }) })],
    ['microsoft/shipping-not-expressible', base, true, base, withRates([{ country: 'US', service: 'Express: next day', price: '20.00' }]), testConfig()],
    ['microsoft/shipping-not-expressible', base, true, base, withRates([{ country: 'GB', service: 'Standard', price: '9.00', currency: 'GBP' }]), testConfig()],
    ['microsoft/apparel-attributes', withVariant({ size: undefined as unknown as string }, apparel), true, withVariant({ size: 'L', color: 'Grey', gender: 'unisex', ageGroup: 'adult' }, apparel)],
    ['microsoft/group-without-variant-attribute', { ...base, isGroup: true }, true, withVariant({ color: 'Grey' }, { isGroup: true })],
    ['microsoft/image-format', withVariant({ images: ['https://alder-and-pine.example/speaker.webp'] }), true, withVariant({ images: ['https://alder-and-pine.example/speaker.png'] })],
    ['microsoft/link-outside-shop', withVariant({ url: 'https://elsewhere.example/speaker' }), true, withVariant({ url: 'https://shop.alder-and-pine.example/speaker' })],
    ['microsoft/brand-missing', withVariant({}, { brand: undefined as unknown as string }), true, base],
  ];

  it.each(cases)('%s', async (ruleId, invalid, published, valid, config, validConfig = config) => {
    const bad = await feed([invalid], config);
    const finding = bad.diagnostics.find((d) => d.ruleId === ruleId);
    expect(finding, JSON.stringify(bad.diagnostics)).toMatchObject({ channel: 'microsoft', productId: invalid.id, url: expect.stringMatching(/^https:\/\/learn\.microsoft\.com\//) });
    expect(bad.rows).toHaveLength(published ? 1 : 0);
    expect(bad.summary.skipped).toBe(published ? 0 : 1);
    const good = await feed([valid], validConfig);
    expect(good.diagnostics.map((d) => d.ruleId)).not.toContain(ruleId);
  });

  it('keeps cut values within Microsoft limits', async () => {
    const { rows } = await feed([withVariant({ title: 'Waterproof '.repeat(20).trim(), images: images(13) }, { description: 'Long lasting. '.repeat(800) })]);
    const [row] = rows;
    expect([...row!.title!].length).toBeLessThanOrEqual(150);
    expect(row!.title!.endsWith('Waterproof')).toBe(true);
    expect([...row!.description!].length).toBeLessThanOrEqual(10_000);
    expect(row!.additional_image_link!.split(',')).toHaveLength(10);
  });

  it('writes a sale with only an end as running from the run until its end, and one with no window as a sale price alone', async () => {
    const endOnly = withVariant({ sale: resolvedSale(money(9900), { endsAt: '2026-12-31T23:59:59Z' }), currentPrice: money(9900) });
    const open = withVariant({ id: 'OPEN', sale: resolvedSale(money(9900), { startsAt: '2026-11-01T00:00:00Z' }), currentPrice: money(9900) });
    const { byId } = await feed([endOnly, open]);
    expect(byId.get('TS-BC2-GRY')).toMatchObject({ sale_price: '99.00', sale_price_effective_date: '2026-11-22T12:00:00Z/2026-12-31T23:59:59Z' });
    expect(byId.get('OPEN')).toMatchObject({ sale_price: '99.00' });
    expect(byId.get('OPEN')!.sale_price_effective_date).toBeUndefined();
  });

  it('keeps tabs, line breaks and quotes from breaking a row, and writes no HTML it was not given', async () => {
    const tricky = withVariant({ title: 'Pots\t& Pans\n"Pro" <b>Set</b>\r\n2' }, { description: 'Line one\r\nLine\ttwo\u2028"three"', brand: 'Say "Hi"\tCo' });
    const { rows, byId } = await feed([tricky]);
    expect(rows).toHaveLength(1);
    expect(byId.get('TS-BC2-GRY')).toMatchObject({ title: 'Pots & Pans "Pro" <b>Set</b> 2', description: 'Line one Line two "three"', brand: 'Say "Hi" Co' });
  });

  it('reads back the facts of every written item as the model states them', async () => {
    const future = withVariant({ id: 'FUTURE', sale: resolvedSale(money(9900), { startsAt: '2027-01-01T00:00:00Z', endsAt: '2027-01-31T00:00:00Z' }) });
    const endOnly = withVariant({ id: 'END-ONLY', sale: resolvedSale(money(9900), { endsAt: '2026-12-31T23:59:59Z' }), currentPrice: money(9900) });
    const open = withVariant({ id: 'OPEN', sale: resolvedSale(money(9900)), currentPrice: money(9900) });
    const yen = withVariant({ id: 'YEN', price: { minor: 1500, currency: 'JPY' }, currentPrice: { minor: 1500, currency: 'JPY' } });
    const products = [...resolved(), future, endOnly, open, yen];
    const { text, rows } = await feed(products);
    expect(readBack.kind).toBe('lines');
    const parse = microsoftLineParser(Date.parse(TEST_NOW));
    const facts = text.split('\n').filter((l) => l !== '').flatMap((line) => [...parse(line)]);
    const variants = new Map(products.flatMap((p) => p.variants.map((v) => [v.id, v])));
    expect(facts.map((f) => f.variantId)).toEqual(rows.map((r) => r.id));
    expect(facts).toHaveLength(9);
    for (const fact of facts) {
      const v = variants.get(fact.variantId)!;
      expect(fact).toEqual({ variantId: v.id, regular: v.price.minor, current: v.currentPrice.minor, currency: v.price.currency, availability: v.availability, url: v.url });
    }
  });
});
