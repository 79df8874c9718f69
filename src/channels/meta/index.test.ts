import { readFileSync, writeFileSync } from 'node:fs';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import type { ResolvedConfig } from '../../model/resolved-config.js';
import { applyDefaults } from '../../enrich/defaults.js';
import { ProductScope } from '../../enrich/product-scope.js';
import type { Product } from '../../model/generated/product.js';
import type { OfferFacts } from '../../model/offer-facts.js';
import type { ResolvedProduct, ResolvedVariant } from '../../model/resolved.js';
import { FIXTURE_PRODUCTS, TEST_NOW, resolveAll, runChannel, testConfig } from '../../test-support/catalog-fixtures.js';
import { META_FEED_PATH, metaChannel, readBack } from './index.js';
import { META_RULES } from './rules.js';
import { resolvedSale } from '../../test-support/sale.js';

type Item = Record<string, any>;

const parser = new XMLParser({ ignoreAttributes: false, parseTagValue: false, isArray: (name) => ['item', 'g:shipping', 'additional_image_link', 'additional_variant_attribute'].includes(name) });

async function feed(products: ResolvedProduct[], config = testConfig()) {
  const result = await runChannel(metaChannel, products, config);
  const xml = result.out.text(META_FEED_PATH);
  expect(XMLValidator.validate(xml)).toBe(true);
  const rss = parser.parse(xml).rss as Item;
  const items = (rss.channel.item ?? []) as Item[];
  return { ...result, xml, rss, items, byId: new Map(items.map((i) => [i['g:id'] as string, i])) };
}

/** The items of a feed as the parity check cuts them: the text between <item> and </item>. */
function rawItems(xml: string): string[] {
  return [...xml.matchAll(/<item>([\s\S]*?)<\/item>/g)].map((m) => m[1]!);
}

const resolved = (records: Product[] = FIXTURE_PRODUCTS) => resolveAll(records).products;

/** Records with the config's defaults applied, as the pipeline does before resolving. */
function withDefaults(records: Product[], config: ResolvedConfig): Product[] {
  return records.map((record, i) => {
    const copy = structuredClone(record);
    applyDefaults(copy as unknown as Record<string, unknown>, config.defaults, new ProductScope(copy.id, { file: 'fixture.json', line: i + 1 }));
    return copy;
  });
}

/** One item's text back into facts, as the parity check does. */
function parseItem(item: string, now = Date.parse(TEST_NOW)): OfferFacts | undefined {
  if (readBack.kind !== 'items') throw new Error('expected an items reader');
  return [...readBack.parse(item, now)][0];
}

describe('meta channel', () => {
  it('writes an RSS 2.0 feed in the g: namespace with one item per listable variant', async () => {
    const { rss, items, summary, diagnostics } = await feed(resolved());
    expect(rss['@_version']).toBe('2.0');
    expect(rss['@_xmlns:g']).toBe('http://base.google.com/ns/1.0');
    expect(rss.channel.title).toBe('Alder & Pine Outfitters');
    // The trail map guide has no condition, which Meta requires.
    expect(items.map((i) => i['g:id'])).toEqual(['AP-SDJ-BLK-M', 'AP-SDJ-BLK-L', 'AP-SDJ-RED-M', 'TS-BC2-GRY', 'AP-CBC-340']);
    expect(summary).toEqual({ items: 5, skipped: 1 });
    expect(diagnostics.map((d) => [d.ruleId, d.variantId])).toEqual([
      ['meta/availability-unlisted', 'AP-SDJ-RED-M'],
      ['meta/availability-unlisted', 'TS-BC2-GRY'],
      ['meta/condition-missing', 'AP-GUIDE-PDF'],
    ]);
  });

  it('matches the golden feed', async () => {
    const { xml } = await feed(resolved());
    const golden = new URL('./fixtures/products.xml', import.meta.url);
    if (process.env.UPDATE_GOLDEN) writeFileSync(golden, xml);
    expect(xml).toBe(readFileSync(golden, 'utf8'));
  });

  it('states the spec it implements', async () => {
    const { xml } = await feed(resolved());
    expect(xml.split('\n')[1]).toContain(metaChannel.spec.url);
    expect(xml.split('\n')[1]).toContain(metaChannel.spec.version);
    expect(metaChannel.outputs).toEqual([META_FEED_PATH]);
    expect(metaChannel.rules).toBe(META_RULES);
  });

  it("writes prices, sales, Meta's availability words and variant grouping from the model", async () => {
    const { byId } = await feed(resolved());
    expect(byId.get('AP-SDJ-BLK-M')).toMatchObject({
      'g:title': 'Summit Down Jacket - Black / M',
      'g:price': '229.00 USD',
      'g:sale_price': '179.00 USD',
      // Meta's minute form; the end at 23:59:59 becomes 23:59, so the sale never shows after it ends.
      'g:sale_price_effective_date': '2026-11-20T00:00-05:00/2026-12-02T23:59-05:00',
      'g:availability': 'in stock',
      'g:condition': 'new',
      'g:brand': 'Alder & Pine',
      'g:item_group_id': 'ap-summit-down-jacket',
      'g:color': 'Black',
      'g:size': 'M',
      'g:gender': 'male',
      'g:age_group': 'adult',
      'g:image_link': 'https://alder-and-pine.example/images/sdj-black.jpg',
      'g:google_product_category': '5598',
      'g:product_type': 'Apparel > Men > Jackets',
      'g:link': 'https://alder-and-pine.example/products/summit-down-jacket?variant=AP-SDJ-BLK-M',
    });
    expect(byId.get('AP-SDJ-BLK-M')!['additional_image_link']).toEqual(['https://alder-and-pine.example/images/sdj-1.jpg', 'https://alder-and-pine.example/images/sdj-2.jpg']);
    expect(byId.get('AP-SDJ-BLK-M')!['g:identifier_exists']).toBeUndefined();
    expect(byId.get('AP-SDJ-BLK-L')!['g:availability']).toBe('out of stock');
    expect(byId.get('AP-SDJ-RED-M')).toMatchObject({ 'g:availability': 'available for order' });
    expect(byId.get('AP-SDJ-RED-M')!['g:sale_price']).toBeUndefined();
    expect(byId.get('TS-BC2-GRY')).toMatchObject({ 'g:availability': 'preorder', 'g:gtin': '0012345678905', 'g:mpn': 'BC2-GRY' });
    // Meta documents no availability_date.
    expect(byId.get('TS-BC2-GRY')!['g:availability_date']).toBeUndefined();
    expect(byId.get('TS-BC2-GRY')!['g:item_group_id']).toBeUndefined();
    expect(byId.get('AP-CBC-340')).toMatchObject({ 'g:link': 'https://alder-and-pine.example/products/campfire-coffee', 'g:image_link': 'https://alder-and-pine.example/images/coffee.jpg' });
  });

  it('writes shipping groups for physical products only, with the parts Meta knows', async () => {
    const { byId } = await feed(resolved());
    expect(byId.get('TS-BC2-GRY')!['g:shipping']).toEqual([
      { 'g:country': 'US', 'g:service': 'Standard', 'g:price': '5.95 USD' },
      { 'g:country': 'CA', 'g:service': 'Standard', 'g:price': '12.00 USD' },
    ]);
    const digital = resolveAll([{ ...FIXTURE_PRODUCTS[2]!, condition: 'new' }]).products;
    expect((await feed(digital)).byId.get('AP-GUIDE-PDF')!['g:shipping']).toBeUndefined();
  });

  it('lists the guide once "defaults.condition" is set', async () => {
    const config = testConfig({ defaults: { condition: 'new' } });
    const { byId, diagnostics } = await feed(resolveAll(withDefaults(FIXTURE_PRODUCTS, config), config).products, config);
    expect(byId.get('AP-GUIDE-PDF')!['g:condition']).toBe('new');
    expect(diagnostics.map((d) => d.ruleId)).not.toContain('meta/condition-missing');
  });

  it('writes options the variants differ by as additional_variant_attribute', async () => {
    const scented: Product = {
      ...FIXTURE_PRODUCTS[3]!,
      id: 'ap-candle',
      variants: [
        { id: 'AP-CANDLE-PINE', price: '20.00', availability: 'in_stock', options: { Scent: 'Pine' } },
        { id: 'AP-CANDLE-CEDAR', price: '20.00', availability: 'in_stock', options: { Scent: 'Cedar' } },
      ],
    };
    const { byId } = await feed(resolved([scented]));
    expect(byId.get('AP-CANDLE-PINE')).toMatchObject({ 'g:item_group_id': 'ap-candle', additional_variant_attribute: [{ label: 'Scent', value: 'Pine' }] });
  });
});

// A simple in-stock product without findings, to change one thing at a time.
const base: ResolvedProduct = (() => {
  const product = resolved([FIXTURE_PRODUCTS[1]!])[0]!;
  const { availabilityDate: _date, ...variant } = product.variants[0]!;
  return { ...product, variants: [{ ...variant, availability: 'in_stock' }] };
})();
const variant = base.variants[0]!;
const withVariant = (overrides: Partial<ResolvedVariant>, product: Partial<ResolvedProduct> = {}): ResolvedProduct => ({ ...base, ...product, variants: [{ ...variant, ...overrides }] });
const images = (n: number, ext = 'jpg') => Array.from({ length: n }, (_, i) => `https://alder-and-pine.example/i/${i}.${ext}`);
const usd = (minor: number) => ({ minor, currency: 'USD' });
const grouped = (id: string, variantId: string) => ({ ...base, id, isGroup: true, variants: [{ ...variant, id: variantId }, { ...variant, id: `${variantId}-2` }] });
const jacketCategory = { id: 5598, path: 'Apparel & Accessories > Clothing > Outerwear > Coats & Jackets' };

describe('meta rules', () => {
  it('starts from a product with no findings', async () => {
    const { diagnostics, items } = await feed([base]);
    expect(diagnostics).toEqual([]);
    expect(items).toHaveLength(1);
  });

  it.each([
    ['meta/id-too-long', withVariant({ id: 'X'.repeat(101) }), false],
    ['meta/item-group-id-too-long', grouped('G'.repeat(101), 'G-1'), false],
    ['meta/id-conflicts-with-group', grouped('same-id', 'same-id'), false],
    ['meta/title-too-long', withVariant({ title: 'Waterproof '.repeat(20).trim() }), true],
    ['meta/description-missing', withVariant({}, { description: undefined as unknown as string }), false],
    ['meta/description-too-long', withVariant({}, { description: 'Long lasting. '.repeat(800) }), true],
    ['meta/description-too-short', withVariant({}, { description: 'Loud.' }), true],
    ['meta/image-missing', withVariant({ images: [] }), false],
    ['meta/image-format', withVariant({ images: images(1, 'webp') }), true],
    ['meta/too-many-images', withVariant({ images: images(25) }), true],
    ['meta/brand-missing', withVariant({}, { brand: undefined as unknown as string }), false],
    ['meta/condition-missing', withVariant({ condition: undefined as never }), false],
    ['meta/value-too-long', withVariant({ mpn: 'M'.repeat(101) }), true],
    ['meta/xml-forbidden-character', withVariant({ title: 'Speaker\u0001 \uFFFE \uD800 Gen 2' }), true],
    ['meta/availability-unlisted', withVariant({ availability: 'backorder' }), true],
    ['meta/availability-unlisted', withVariant({ availability: 'preorder' }), true],
    ['meta/sale-not-expressible', withVariant({ sale: resolvedSale(usd(9900), { startsAt: '2027-01-01T00:00:00Z' }) }), true],
    ['meta/currency-mismatch', withVariant({ price: { minor: 14900, currency: 'EUR' }, currentPrice: { minor: 14900, currency: 'EUR' } }), false],
    ['meta/size-missing', withVariant({}, { googleCategory: jacketCategory }), true],
  ])('%s fires', async (ruleId, product, published) => {
    const { diagnostics, items, summary } = await feed([product as ResolvedProduct]);
    expect(diagnostics.map((d) => d.ruleId)).toContain(ruleId);
    expect(diagnostics.find((d) => d.ruleId === ruleId)).toMatchObject({ channel: 'meta', productId: product.id, url: expect.stringMatching(/^https:\/\//) });
    const variants = product.variants.length;
    expect(items).toHaveLength(published ? variants : ruleId === 'meta/id-conflicts-with-group' ? variants - 1 : 0);
    expect(summary.skipped).toBe(published ? 0 : variants - items.length);
  });

  it.each([
    ['meta/id-too-long', withVariant({ id: 'X'.repeat(100) })],
    ['meta/item-group-id-too-long', grouped('G'.repeat(100), 'G-1')],
    ['meta/id-conflicts-with-group', grouped('group-id', 'variant-id')],
    ['meta/title-too-long', withVariant({ title: 'T'.repeat(200) })],
    ['meta/description-too-long', withVariant({}, { description: 'D'.repeat(9999) })],
    ['meta/description-too-short', withVariant({}, { description: 'D'.repeat(30) })],
    ['meta/image-format', withVariant({ images: ['https://alder-and-pine.example/i/a.PNG', 'https://alder-and-pine.example/image?id=7'] })],
    ['meta/too-many-images', withVariant({ images: images(21) })],
    ['meta/value-too-long', withVariant({ mpn: 'M'.repeat(100), color: 'C'.repeat(200) })],
    ['meta/availability-unlisted', withVariant({ availability: 'out_of_stock' })],
    ['meta/sale-not-expressible', withVariant({ sale: resolvedSale(usd(9900), { startsAt: '2027-01-01T00:00:00Z', endsAt: '2027-01-31T00:00:00Z' }) })],
    ['meta/size-missing', withVariant({ size: 'M' }, { googleCategory: jacketCategory })],
  ])('%s stays quiet at its limit', async (ruleId, product) => {
    const { diagnostics, items } = await feed([product as ResolvedProduct]);
    expect(diagnostics.map((d) => d.ruleId)).not.toContain(ruleId);
    expect(items).toHaveLength(product.variants.length);
  });

  it('reports every reason an item is left out at once, with the fix in the config', async () => {
    const { diagnostics, summary } = await feed([withVariant({ condition: undefined as never }, { brand: undefined as unknown as string })]);
    expect(diagnostics.map((d) => d.ruleId)).toEqual(['meta/brand-missing', 'meta/condition-missing']);
    expect(META_RULES.find((r) => r.meta.id === 'meta/condition-missing')!.meta.fix).toContain('"defaults.condition"');
    expect(META_RULES.find((r) => r.meta.id === 'meta/brand-missing')!.meta.fix).toContain('"defaults.brand"');
    expect(summary).toEqual({ items: 0, skipped: 1 });
  });

  it('keeps cut values within Meta limits', async () => {
    const { items } = await feed([withVariant({ title: 'Waterproof '.repeat(20).trim(), images: images(25), color: 'Royal blue '.repeat(30) }, { description: 'Long lasting. '.repeat(800) })]);
    const [item] = items;
    expect([...(item!['g:title'] as string)].length).toBeLessThanOrEqual(200);
    expect((item!['g:title'] as string).endsWith('Waterproof')).toBe(true);
    expect([...(item!['g:description'] as string)].length).toBeLessThanOrEqual(9999);
    expect([...(item!['g:color'] as string)].length).toBeLessThanOrEqual(200);
    expect(item!['additional_image_link']).toHaveLength(20);
    expect((item!['additional_image_link'] as string[]).join(',').length).toBeLessThanOrEqual(2000);
  });

  it('keeps additional images within 2,000 characters in all', async () => {
    const long = Array.from({ length: 10 }, (_, i) => `https://alder-and-pine.example/${'a'.repeat(400)}/${i}.jpg`);
    const { items, diagnostics } = await feed([withVariant({ images: [long[0]!, ...long] })]);
    expect((items[0]!['additional_image_link'] as string[]).join(',').length).toBeLessThanOrEqual(2000);
    expect(diagnostics.map((d) => d.ruleId)).toEqual(['meta/too-many-images']);
  });

  it('writes a sale with only an end as running from the run until its end', async () => {
    const endOnly = withVariant({ sale: resolvedSale(usd(9900), { endsAt: '2026-12-31T23:59:59Z' }), currentPrice: usd(9900) });
    const { byId } = await feed([endOnly]);
    expect(byId.get('TS-BC2-GRY')!['g:sale_price_effective_date']).toBe('2026-11-22T12:00+00:00/2026-12-31T23:59+00:00');
    const noWindow = withVariant({ sale: resolvedSale(usd(9900)), currentPrice: usd(9900) });
    expect((await feed([noWindow])).byId.get('TS-BC2-GRY')).toMatchObject({ 'g:sale_price': '99.00 USD' });
  });

  it('escapes markup, "]]>" and removes control characters so the feed stays well-formed', async () => {
    const title = 'Pots & Pans <b>"Pro"</b> ]]> </item><item>';
    const { xml, byId, diagnostics } = await feed([withVariant({ title: `${title}\u0000\u0008` }, { description: 'Cast iron ]]> <![CDATA[ & steel, seasoned\u000B twice </channel>' })]);
    expect(byId.get('TS-BC2-GRY')!['g:title']).toBe(title);
    expect(byId.get('TS-BC2-GRY')!['g:description']).toBe('Cast iron ]]> <![CDATA[ & steel, seasoned twice </channel>');
    expect(xml).not.toContain('<b>');
    expect(xml).not.toContain(']]>');
    expect(rawItems(xml)).toHaveLength(1);
    expect(diagnostics.map((d) => d.ruleId)).toEqual(['meta/xml-forbidden-character', 'meta/xml-forbidden-character']);
    expect(parseItem(rawItems(xml)[0]!)?.variantId).toBe('TS-BC2-GRY');
  });
});

describe('meta read-back', () => {
  // The fixtures, plus sales of every shape: later, with seconds, with only an end.
  const catalog = (): ResolvedProduct[] => {
    const config = testConfig({ defaults: { condition: 'new' } });
    const extra: Product[] = [
      { ...FIXTURE_PRODUCTS[3]!, id: 'sale-later', variants: [{ id: 'SALE-LATER', price: '30.00', salePrice: '20.00', saleStartsAt: '2026-12-01T08:00:30+01:00', saleEndsAt: '2026-12-31T23:59:59.999+01:00', availability: 'in_stock' }] },
      { ...FIXTURE_PRODUCTS[3]!, id: 'sale-end-only', variants: [{ id: 'SALE-END', price: '30.00', salePrice: '25.50', saleEndsAt: '2027-01-05', availability: 'backorder', availabilityDate: '2027-01-10' }] },
    ];
    return resolveAll(withDefaults([...FIXTURE_PRODUCTS, ...extra], config), config).products;
  };

  it('is read item by item between <item> and </item>', () => {
    expect(readBack).toMatchObject({ kind: 'items', path: META_FEED_PATH, open: '<item>', close: '</item>' });
    expect(metaChannel.readBack).toBe(readBack);
  });

  it('gives back the facts of every written item, as the model has them', async () => {
    const products = catalog();
    const { xml, items } = await feed(products, testConfig({ defaults: { condition: 'new' } }));
    const facts = rawItems(xml).map((item) => parseItem(item));
    const model = new Map(products.flatMap((p) => p.variants).map((v): [string, OfferFacts] => [v.id, { variantId: v.id, regular: v.price.minor, current: v.currentPrice.minor, currency: v.price.currency, availability: v.availability, url: v.url }]));
    expect(facts).toHaveLength(items.length);
    expect(facts.length).toBe(model.size);
    for (const fact of facts) expect(fact).toEqual(model.get(fact!.variantId));
    // The sale that has not started reads back at its regular price; the one that is on at its sale price.
    expect(facts.find((f) => f!.variantId === 'SALE-LATER')).toMatchObject({ regular: 3000, current: 3000 });
    expect(facts.find((f) => f!.variantId === 'SALE-END')).toMatchObject({ regular: 3000, current: 2550, availability: 'backorder' });
    expect(facts.find((f) => f!.variantId === 'AP-SDJ-BLK-M')).toMatchObject({ regular: 22900, current: 17900 });
  });

  it('passes an availability it never writes on as it is, and skips an item without a price', () => {
    const item = '<g:id>X</g:id><g:price>1.00 USD</g:price><g:availability>discontinued</g:availability><g:link>https://a.example/x</g:link>';
    expect(parseItem(item, 0)).toEqual({ variantId: 'X', regular: 100, current: 100, currency: 'USD', availability: 'discontinued', url: 'https://a.example/x' });
    expect(parseItem('<g:id>X</g:id>', 0)).toBeUndefined();
  });
});
