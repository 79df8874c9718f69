import { describe, expect, it } from 'vitest';
import { checkProductSchema } from '../../../validate/product-schema.js';
import { fixture, readText, records, resolveItems } from './gmc-test.fixtures.js';
import { gmcTsvFormat, gmcXmlFormat } from './index.js';

/** The same catalog in the three layouts Google documents. */
const FEEDS = [
  ['RSS 2.0', gmcXmlFormat, 'feed.rss.xml'],
  ['Atom 1.0', gmcXmlFormat, 'feed.atom.xml'],
  ['TSV', gmcTsvFormat, 'feed.tsv'],
] as const;

describe('the same catalog as RSS 2.0, Atom 1.0 and TSV', () => {
  it('gives the same canonical records and the same diagnostics', async () => {
    const [rss, atom, tsv] = await Promise.all(FEEDS.map(([, format, name]) => readText(format, fixture(name))));
    expect(records(atom!)).toEqual(records(rss!));
    expect(records(tsv!)).toEqual(records(rss!));
    const rules = (items: typeof rss) => items!.flatMap((i) => (i.type === 'record' ? (i.diagnostics ?? []).map((d) => `${d.productId} ${d.ruleId} ${d.actual ?? ''}`) : []));
    expect(rules(atom)).toEqual(rules(rss));
    expect(rules(tsv)).toEqual(rules(rss));
  });

  it('maps the variant group and the offers as the feed states them', async () => {
    const products = records(await readText(gmcXmlFormat, fixture('feed.rss.xml')));
    expect(products[0]).toEqual({
      id: 'ap-merino-crew',
      title: 'Merino Crew Sweater',
      description:
        '<p>Knit from <strong>18.5-micron</strong> merino &amp; recycled nylon for a soft, itch-free layer.</p><ul><li>Ribbed cuffs &amp; hem</li><li>Machine washable, lay flat to dry</li></ul>',
      url: 'https://alder-and-pine.example/products/merino-crew?variant=AP-MWC-GRY-M',
      images: ['https://alder-and-pine.example/images/merino-crew-detail-1.jpg', 'https://alder-and-pine.example/images/merino-crew-detail-2.jpg'],
      brand: 'Alder & Pine',
      googleProductCategory: 'Apparel & Accessories > Clothing > Shirts & Tops',
      productType: 'Apparel > Sweaters',
      variants: (['GRY-M', 'GRY-L', 'GRN-M', 'GRN-L'] as const).map((code, i) => {
        const [colour, size] = code.split('-') as ['GRY' | 'GRN', 'M' | 'L'];
        const id = `AP-MWC-${code}`;
        const image = `https://alder-and-pine.example/images/merino-crew-${colour === 'GRY' ? 'grey' : 'green'}.jpg`;
        return {
          id,
          title: `Merino Crew Sweater - ${colour === 'GRY' ? 'Heather Grey' : 'Forest Green'} / ${size}`,
          ...(i === 0 ? {} : { url: `https://alder-and-pine.example/products/merino-crew?variant=${id}` }),
          images: [image, 'https://alder-and-pine.example/images/merino-crew-detail-1.jpg', 'https://alder-and-pine.example/images/merino-crew-detail-2.jpg'],
          gtin: ['0860001234565', '0860001234572', '0860001234589', '0860001234596'][i],
          mpn: `MWC-${code}`,
          condition: 'new',
          color: colour === 'GRY' ? 'Heather Grey' : 'Forest Green',
          size,
          sizeSystem: 'US',
          gender: 'unisex',
          ageGroup: 'adult',
          material: 'Merino wool/Nylon',
          availability: 'in_stock',
          price: '98.00',
          ...(colour === 'GRN' ? { salePrice: '78.40', saleStartsAt: '2026-11-20T00:00:00-08:00', saleEndsAt: '2026-12-01T23:59:00-08:00' } : {}),
          weight: { value: size === 'M' ? 310 : 340, unit: 'g' },
        };
      }),
    });
    expect(products.slice(1).map((p) => [p.id, p.variants[0]])).toEqual([
      ['AP-CIS-10', { id: 'AP-CIS-10', gtin: '0860001234602', mpn: 'CIS-10', condition: 'new', availability: 'in_stock', price: '54.00', weight: { value: 5.1, unit: 'lb' }, dimensions: { length: 17.5, width: 10.75, height: 2, unit: 'in' } }],
      ['AP-TSU-27', { id: 'AP-TSU-27', gtin: '0860001234619', mpn: 'TSU-27', condition: 'new', availability: 'preorder', availabilityDate: '2027-01-15T09:00:00-08:00', price: '129.00' }],
      ['AP-ECM-12', { id: 'AP-ECM-12', condition: 'new', availability: 'out_of_stock', price: '18.00' }],
      [
        'AP-CBC-750',
        { id: 'AP-CBC-750', gtin: '0860001234626', condition: 'new', availability: 'backorder', availabilityDate: '2026-12-10T00:00:00-08:00', price: '16.50', unitPricing: { measure: { value: 750, unit: 'ml' }, baseMeasure: { value: 100, unit: 'ml' } } },
      ],
      ['AP-HL400-R', { id: 'AP-HL400-R', gtin: '4006381333931', mpn: 'HL400', condition: 'refurbished', availability: 'in_stock', price: '34.99' }],
    ]);
  });

  it.each(FEEDS)('%s: every record passes the canonical schema and resolves without errors', async (_, format, name) => {
    const items = await readText(format, fixture(name));
    for (const product of records(items)) expect(checkProductSchema(product, {}), product.id).toEqual([]);
    const entries = await resolveItems(items);
    expect(entries.flatMap((e) => e.diagnostics).filter((d) => d.severity === 'error')).toEqual([]);
    expect(entries.map((e) => e.product?.variants.length)).toEqual([4, 1, 1, 1, 1, 1]);
    // At the test's now (2026-11-22) the green sweaters are on sale; the grey ones are not.
    const merino = entries[0]!.product!;
    expect(merino.variants.map((v) => v.currentPrice)).toEqual([
      { minor: 9800, currency: 'USD' },
      { minor: 9800, currency: 'USD' },
      { minor: 7840, currency: 'USD' },
      { minor: 7840, currency: 'USD' },
    ]);
    expect(merino.googleCategory?.id).toBe(212);
  });

  it('the fixture with a broken item: every readable record still passes the schema and resolves', async () => {
    const items = await readText(gmcXmlFormat, fixture('feed-broken-item.rss.xml'));
    for (const product of records(items)) expect(checkProductSchema(product, {}), product.id).toEqual([]);
    const entries = await resolveItems(items);
    expect(entries.filter((e) => !e.readable).map((e) => e.diagnostics.map((d) => d.ruleId))).toEqual([['gmc/malformed-item']]);
    expect(entries.filter((e) => e.readable).flatMap((e) => e.diagnostics).filter((d) => d.severity === 'error')).toEqual([]);
  });
});
