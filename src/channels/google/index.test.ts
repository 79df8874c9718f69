import { readFileSync, writeFileSync } from 'node:fs';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import type { Product } from '../../model/generated/product.js';
import type { ResolvedProduct } from '../../model/resolved.js';
import { FIXTURE_PRODUCTS, resolveAll, runChannel, testConfig } from '../../test-support/catalog-fixtures.js';
import { GOOGLE_FEED_PATH, googleChannel } from './index.js';
import { resolvedSale } from '../../test-support/sale.js';

type Item = Record<string, any>;

const parser = new XMLParser({ ignoreAttributes: false, parseTagValue: false, isArray: (name) => ['item', 'g:shipping', 'g:additional_image_link'].includes(name) });

async function feed(products: ResolvedProduct[]) {
  const result = await runChannel(googleChannel, products);
  const xml = result.out.text(GOOGLE_FEED_PATH);
  expect(XMLValidator.validate(xml)).toBe(true);
  const rss = parser.parse(xml).rss as Item;
  const items = (rss.channel.item ?? []) as Item[];
  return { ...result, xml, rss, items, byId: new Map(items.map((i) => [i['g:id'] as string, i])) };
}

const resolved = (records: Product[] = FIXTURE_PRODUCTS) => resolveAll(records).products;

describe('google channel', () => {
  it('writes an RSS 2.0 feed in the g: namespace with one item per variant', async () => {
    const { rss, items, summary } = await feed(resolved());
    expect(rss['@_version']).toBe('2.0');
    expect(rss['@_xmlns:g']).toBe('http://base.google.com/ns/1.0');
    expect(rss.channel.title).toBe('Alder & Pine Outfitters');
    expect(items.map((i) => i['g:id'])).toEqual(['AP-SDJ-BLK-M', 'AP-SDJ-BLK-L', 'AP-SDJ-RED-M', 'TS-BC2-GRY', 'AP-GUIDE-PDF', 'AP-CBC-340']);
    expect(summary).toEqual({ items: 6, skipped: 0 });
  });

  it('matches the golden feed', async () => {
    const { xml } = await feed(resolved());
    const golden = new URL('./fixtures/products.xml', import.meta.url);
    if (process.env.UPDATE_GOLDEN) writeFileSync(golden, xml);
    expect(xml).toBe(readFileSync(golden, 'utf8'));
  });

  it('states the spec it implements', async () => {
    const { xml } = await feed(resolved());
    expect(xml.split('\n')[1]).toContain('https://support.google.com/merchants/answer/7052112');
  });

  it('writes prices, sales, availability and variant grouping from the model', async () => {
    const { byId } = await feed(resolved());
    expect(byId.get('AP-SDJ-BLK-M')).toMatchObject({
      'g:price': '229.00 USD',
      'g:sale_price': '179.00 USD',
      'g:sale_price_effective_date': '2026-11-20T00:00:00-05:00/2026-12-02T23:59:59-05:00',
      'g:availability': 'in_stock',
      'g:item_group_id': 'ap-summit-down-jacket',
      'g:color': 'Black',
      'g:size': 'M',
      'g:gender': 'male',
      'g:age_group': 'adult',
      'g:size_system': 'US',
      'g:image_link': 'https://alder-and-pine.example/images/sdj-black.jpg',
      'g:google_product_category': '5598',
      'g:product_type': 'Apparel > Men > Jackets',
      'g:identifier_exists': 'no',
    });
    expect(byId.get('AP-SDJ-BLK-M')!['g:additional_image_link']).toEqual(['https://alder-and-pine.example/images/sdj-1.jpg', 'https://alder-and-pine.example/images/sdj-2.jpg']);
    expect(byId.get('AP-SDJ-BLK-L')!['g:availability']).toBe('out_of_stock');
    expect(byId.get('AP-SDJ-RED-M')).toMatchObject({ 'g:availability': 'backorder', 'g:availability_date': '2026-12-18T00:00:00Z' });
    expect(byId.get('AP-SDJ-RED-M')!['g:sale_price']).toBeUndefined();
    expect(byId.get('TS-BC2-GRY')).toMatchObject({ 'g:availability': 'preorder', 'g:availability_date': '2027-02-15T00:00:00Z', 'g:gtin': '0012345678905', 'g:mpn': 'BC2-GRY', 'g:product_length': '18 cm' });
    expect(byId.get('TS-BC2-GRY')!['g:identifier_exists']).toBeUndefined();
    expect(byId.get('TS-BC2-GRY')!['g:item_group_id']).toBeUndefined();
    expect(byId.get('AP-CBC-340')).toMatchObject({ 'g:unit_pricing_measure': '340g', 'g:unit_pricing_base_measure': '100g', 'g:link': 'https://alder-and-pine.example/products/campfire-coffee' });
  });

  it('writes shipping groups for physical products only', async () => {
    const { byId } = await feed(resolved());
    expect(byId.get('TS-BC2-GRY')!['g:shipping']).toEqual([
      { 'g:country': 'US', 'g:service': 'Standard', 'g:price': '5.95 USD', 'g:min_handling_time': '0', 'g:max_handling_time': '1', 'g:min_transit_time': '3', 'g:max_transit_time': '5' },
      { 'g:country': 'CA', 'g:service': 'Standard', 'g:price': '12.00 USD', 'g:min_handling_time': '1', 'g:max_handling_time': '2', 'g:min_transit_time': '5', 'g:max_transit_time': '9' },
    ]);
    expect(byId.get('AP-GUIDE-PDF')!['g:shipping']).toBeUndefined();
  });

  const base = resolved([FIXTURE_PRODUCTS[1]!])[0]!;
  const variant = base.variants[0]!;
  const withVariant = (overrides: Partial<typeof variant>, product: Partial<ResolvedProduct> = {}): ResolvedProduct => ({ ...base, ...product, variants: [{ ...variant, ...overrides }] });

  it.each([
    ['google/id-too-long', withVariant({ id: 'X'.repeat(51) }), false],
    ['google/item-group-id-too-long', { ...base, isGroup: true, id: 'G'.repeat(51) }, false],
    ['google/description-missing', withVariant({}, { description: undefined as unknown as string }), false],
    ['google/image-missing', withVariant({ images: [] }), false],
    ['google/link-too-long', withVariant({ url: `https://alder-and-pine.example/${'a'.repeat(2000)}` }), false],
    ['google/title-too-long', withVariant({ title: 'Waterproof '.repeat(20).trim() }), true],
    ['google/description-too-long', withVariant({}, { description: 'Long lasting. '.repeat(400) }), true],
    ['google/too-many-images', withVariant({ images: Array.from({ length: 13 }, (_, i) => `https://alder-and-pine.example/i/${i}.jpg`) }), true],
    ['google/value-too-long', withVariant({ mpn: 'M'.repeat(71) }), true],
    ['google/xml-forbidden-character', withVariant({ title: 'Speaker\u0001 \uFFFE \uD800 Gen 2' }), true],
    ['google/availability-date-missing', withVariant({ availability: 'backorder', availabilityDate: undefined as unknown as string }), false],
    ['google/availability-date-missing', withVariant({ availability: 'preorder', availabilityDate: undefined as unknown as string }), false],
  ])('%s', async (ruleId, product, published) => {
    const { diagnostics, items, summary } = await feed([product as ResolvedProduct]);
    expect(diagnostics.map((d) => d.ruleId)).toContain(ruleId);
    const finding = diagnostics.find((d) => d.ruleId === ruleId)!;
    expect(finding).toMatchObject({ channel: 'google', productId: product.id });
    expect(items).toHaveLength(published ? 1 : 0);
    expect(summary.skipped).toBe(published ? 0 : 1);
  });

  it('writes availability_date for preorder and backorder items that have one', async () => {
    const date = '2027-01-15T00:00:00Z';
    const { byId, diagnostics } = await feed([withVariant({ availability: 'backorder', availabilityDate: date })]);
    expect(byId.get('TS-BC2-GRY')).toMatchObject({ 'g:availability': 'backorder', 'g:availability_date': date });
    expect(diagnostics).toEqual([]);
  });

  it('keeps cut values within Google limits', async () => {
    const { items } = await feed([withVariant({ title: 'Waterproof '.repeat(20).trim(), images: Array.from({ length: 13 }, (_, i) => `https://alder-and-pine.example/i/${i}.jpg`) }, { description: 'Long lasting. '.repeat(400) })]);
    const [item] = items;
    expect([...(item!['g:title'] as string)].length).toBeLessThanOrEqual(150);
    expect((item!['g:title'] as string).endsWith('Waterproof')).toBe(true);
    expect([...(item!['g:description'] as string)].length).toBeLessThanOrEqual(5000);
    expect(item!['g:additional_image_link']).toHaveLength(10);
  });

  it('warns about apparel without color, gender or age group', async () => {
    const { diagnostics } = await feed([withVariant({ color: undefined as unknown as string, gender: undefined as never, ageGroup: undefined as never }, { googleCategory: { id: 5598, path: 'Apparel & Accessories > Clothing > Outerwear > Coats & Jackets' } })]);
    expect(diagnostics.find((d) => d.ruleId === 'google/apparel-attributes')).toMatchObject({ expected: ['color', 'gender', 'ageGroup'] });
  });

  it('writes a sale with only an end as running from the run until its end, and leaves out one that starts later without an end', async () => {
    const money = { minor: 9900, currency: 'USD' };
    const endOnly = withVariant({ sale: resolvedSale(money, { endsAt: '2026-12-31T23:59:59Z' }), currentPrice: money });
    const laterNoEnd = withVariant({ id: 'LATER', sale: resolvedSale(money, { startsAt: '2027-01-01T00:00:00Z' }) });
    const { byId, diagnostics } = await feed([endOnly, laterNoEnd]);
    expect(byId.get('TS-BC2-GRY')!['g:sale_price_effective_date']).toBe('2026-11-22T12:00:00.000Z/2026-12-31T23:59:59Z');
    expect(byId.get('LATER')!['g:sale_price']).toBeUndefined();
    expect(diagnostics.map((d) => d.ruleId)).toEqual(['google/sale-not-expressible']);
  });

  it('gives the link check every page and image of an item, decoded, with its variant and group', async () => {
    const { xml, items } = await feed(resolved());
    const scan = googleChannel.urls!.scan;
    if (scan.kind !== 'items') throw new Error('expected an items scan');
    const texts = xml.split('<item>').slice(1).map((t) => t.slice(0, t.indexOf('</item>')));
    expect(texts).toHaveLength(items.length);
    texts.forEach((text, i) => {
      const item = items[i]!;
      const found = [...scan.parse(text, 0)];
      const group = (item['g:item_group_id'] as string | undefined) ?? (item['g:id'] as string);
      const ids = { productId: group, variantId: item['g:id'] };
      expect(found).toEqual([
        { url: item['g:link'], kind: 'page', ...ids },
        { url: item['g:image_link'], kind: 'image', ...ids },
        ...((item['g:additional_image_link'] as string[] | undefined) ?? []).map((url) => ({ url, kind: 'image', ...ids })),
      ]);
    });
  });

  it('escapes markup so the feed stays well-formed', async () => {
    const { xml, byId } = await feed([withVariant({ title: 'Pots & Pans <b>"Pro"</b> ]]> </item>' })]);
    expect(byId.get('TS-BC2-GRY')!['g:title']).toBe('Pots & Pans <b>"Pro"</b> ]]> </item>');
    expect(xml).not.toContain('<b>');
  });
});

describe('google channel market feeds', () => {
  it('writes one feed per extra market with converted prices and that country\'s shipping', async () => {
    const config = testConfig({ markets: [{ country: 'CA', currency: 'CAD', rate: '1.3650' }] });
    const { products, diagnostics: enriched } = resolveAll(FIXTURE_PRODUCTS, config);
    expect(enriched.filter((d) => d.ruleId === 'price/converted')).toHaveLength(FIXTURE_PRODUCTS.length);
    const result = await runChannel(googleChannel, products, config);
    const xml = result.out.text('feeds/google/products-CA.xml');
    expect(XMLValidator.validate(xml)).toBe(true);
    expect(xml).toContain('converted from USD at the fixed rate 1.3650');
    const items = (parser.parse(xml).rss.channel.item as Item[]).map((i) => [i['g:id'], i['g:price'], i['g:sale_price'], i['g:shipping']?.map((s: Item) => `${s['g:country']} ${s['g:price']}`)]);
    // 229.00 × 1.365 = 312.585 → 312.59; 179.00 × 1.365 = 244.335 → 244.34; shipping 12.00 × 1.365 = 16.38.
    expect(items[0]).toEqual(['AP-SDJ-BLK-M', '312.59 CAD', '244.34 CAD', ['CA 16.38 CAD']]);
    expect(items.find((i) => i[0] === 'AP-GUIDE-PDF')).toEqual(['AP-GUIDE-PDF', '16.38 CAD', undefined, undefined]);
    // The main feed is unchanged, and the summary counts it alone.
    expect(result.out.text(GOOGLE_FEED_PATH)).toBe((await runChannel(googleChannel, resolveAll(FIXTURE_PRODUCTS).products)).out.text(GOOGLE_FEED_PATH));
    expect(result.summary.items).toBe(6);
  });

  it('leaves a product priced in another currency out of the markets, and says so', () => {
    const config = testConfig({ markets: [{ country: 'CA', currency: 'CAD', rate: '1.3650' }] });
    const euro: Product = { ...FIXTURE_PRODUCTS[1]!, id: 'in-euro', currency: 'EUR', variants: [{ id: 'EUR-1', price: '5.00', availability: 'in_stock' }] };
    const { products, diagnostics } = resolveAll([euro], config);
    expect(products[0]!.variants[0]!.markets).toBeUndefined();
    expect(diagnostics.map((d) => d.ruleId)).toContain('price/not-converted');
  });
});

describe('escapeXmlText', () => {
  it.each([
    ['plain', 'plain'],
    ['Salt & Pepper', 'Salt &amp; Pepper'],
    ['a < b > c', 'a &lt; b &gt; c'],
    [']]> </item><item>', ']]&gt; &lt;/item&gt;&lt;item&gt;'],
    ["Men's \"Pro\"", "Men's \"Pro\""],
  ])('%j → %j', async (text, expected) => {
    const { escapeXmlText } = await import('../../model/xml-text.js');
    expect(escapeXmlText(text)).toBe(expected);
  });
});
