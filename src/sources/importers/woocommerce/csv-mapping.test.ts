import { describe, expect, it } from 'vitest';
import { checkRecords, csvText, parentRow, readCsv, simpleRow, valueOf, variationRow } from './woocommerce.fixtures.js';

/** Reads one simple product with the given cells: its product fields, its variant, and its rule ids (the URL note aside). */
async function mapOne(cells: Record<string, string>) {
  const items = await readCsv(csvText([simpleRow('1', cells)]));
  const item = items[0]!;
  if (item.type !== 'record') return { skipped: `${item.type} ${item.diagnostic.ruleId}` };
  const { variants, ...product } = valueOf(item) as { variants: Array<Record<string, unknown>> };
  const rules = (item.diagnostics ?? []).map((d) => d.ruleId);
  return { product, variant: variants[0]!, rules };
}

describe('WooCommerce CSV cells to canonical variant fields', () => {
  it.each<[string, Record<string, string>, Record<string, unknown>, string[]]>([
    ['In stock? 1', { 'In stock?': '1' }, { availability: 'in_stock' }, []],
    ['In stock? 0', { 'In stock?': '0' }, { availability: 'out_of_stock' }, []],
    ['In stock? backorder', { 'In stock?': 'backorder' }, { availability: 'backorder' }, []],
    ['In stock? unknown', { 'In stock?': 'maybe' }, {}, ['woocommerce/bad-value']],
    ['managed stock, no backorders', { Stock: '5', 'Backorders allowed?': '0' }, { stockQuantity: 5, backorderPolicy: 'deny' }, []],
    ['backorders allowed', { Stock: '0', 'Backorders allowed?': '1' }, { stockQuantity: 0, backorderPolicy: 'allow' }, []],
    ['backorders with notice', { Stock: '-2', 'Backorders allowed?': 'notify' }, { stockQuantity: -2, backorderPolicy: 'allow' }, []],
    ['unmanaged stock: no policy stated', { Stock: '', 'Backorders allowed?': '1' }, {}, []],
    ['stock kept by the parent', { Stock: 'parent' }, {}, []],
    ['unreadable stock', { Stock: 'lots' }, {}, ['woocommerce/bad-value']],
    ['unknown backorder value', { Stock: '3', 'Backorders allowed?': 'yes' }, { stockQuantity: 3 }, ['woocommerce/bad-value']],
    ['decimal comma price', { 'Regular price': '19,99' }, { price: '19.99' }, []],
    ['unreadable price', { 'Regular price': 'free' }, { price: undefined }, ['woocommerce/bad-value']],
    ['sale without window', { 'Sale price': '7.50' }, { salePrice: '7.50' }, []],
    [
      'sale with a window',
      { 'Sale price': '7.50', 'Date sale price starts': '2026-11-20 0:00:00', 'Date sale price ends': '2026-11-30 23:59:59' },
      { salePrice: '7.50', saleStartsAt: '2026-11-20', saleEndsAt: '2026-12-01' },
      [],
    ],
    ['window without a sale price is ignored', { 'Date sale price starts': '2026-11-20', 'Date sale price ends': '2026-11-30' }, {}, []],
    ['sale starting inside a day', { 'Sale price': '7.50', 'Date sale price starts': '2026-11-20 9:30:00' }, { saleStartsAt: '2026-11-21' }, ['woocommerce/sale-time-rounded']],
    ['unreadable sale date', { 'Sale price': '7.50', 'Date sale price ends': 'soon' }, { salePrice: '7.50', saleEndsAt: undefined }, ['woocommerce/bad-value']],
    ['unreadable sale price', { 'Sale price': 'half' }, { salePrice: undefined }, ['woocommerce/bad-value']],
    ['weight in kg', { 'Weight (kg)': '1.25' }, { weight: { value: 1.25, unit: 'kg' } }, []],
    ['weight in lbs', { 'Weight (lbs)': '2.5' }, { weight: { value: 2.5, unit: 'lb' } }, []],
    ['weight in oz', { 'Weight (oz)': '12' }, { weight: { value: 12, unit: 'oz' } }, []],
    ['weight 0 is unset', { 'Weight (g)': '0' }, { weight: undefined }, []],
    ['unreadable weight', { 'Weight (kg)': 'heavy' }, { weight: undefined }, ['woocommerce/bad-value']],
    ['unknown weight unit', { 'Weight (st)': '2' }, { weight: undefined }, ['woocommerce/unsupported-unit']],
    ['dimensions in cm', { 'Length (cm)': '35', 'Width (cm)': '30', 'Height (cm)': '6' }, { dimensions: { length: 35, width: 30, height: 6, unit: 'cm' } }, []],
    ['dimensions in m', { 'Length (m)': '1.2', 'Width (m)': '0.5', 'Height (m)': '0.3' }, { dimensions: { length: 120, width: 50, height: 30, unit: 'cm' } }, []],
    ['dimensions in mm', { 'Length (mm)': '250', 'Width (mm)': '120', 'Height (mm)': '85' }, { dimensions: { length: 25, width: 12, height: 8.5, unit: 'cm' } }, []],
    ['dimensions in in', { 'Length (in)': '14', 'Width (in)': '12', 'Height (in)': '2.5' }, { dimensions: { length: 14, width: 12, height: 2.5, unit: 'in' } }, []],
    ['dimensions in yd', { 'Length (yd)': '1', 'Width (yd)': '1', 'Height (yd)': '1' }, { dimensions: undefined }, ['woocommerce/unsupported-unit']],
    ['two dimensions only', { 'Length (cm)': '35', 'Width (cm)': '30' }, { dimensions: undefined }, ['woocommerce/incomplete-dimensions']],
    ['GTIN as written', { 'GTIN, UPC, EAN, or ISBN': '0 36000 29145 2' }, { gtin: '0 36000 29145 2' }, []],
    ['single-valued visible color and size', { 'Attribute 1 name': 'Colour', 'Attribute 1 value(s)': 'Red', 'Attribute 1 visible': '1', 'Attribute 2 name': 'Size', 'Attribute 2 value(s)': 'XL', 'Attribute 2 visible': '1' }, { color: 'Red', size: 'XL' }, []],
    ['several colors say nothing about the item', { 'Attribute 1 name': 'Color', 'Attribute 1 value(s)': 'Red, Blue', 'Attribute 1 visible': '1' }, { color: undefined }, []],
    ['a hidden attribute is internal', { 'Attribute 1 name': 'Color', 'Attribute 1 value(s)': 'Red', 'Attribute 1 visible': '0' }, { color: undefined }, []],
  ])('%s', async (_name, cells, expected, rules) => {
    const mapped = await mapOne(cells);
    expect(mapped.variant).toMatchObject(Object.fromEntries(Object.entries(expected).filter(([, v]) => v !== undefined)));
    for (const [field, value] of Object.entries(expected)) if (value === undefined) expect(mapped.variant).not.toHaveProperty(field);
    expect(mapped.rules).toEqual(rules);
  });
});

describe('WooCommerce CSV cells to canonical product fields', () => {
  it.each<[string, Record<string, string>, Record<string, unknown>, string[]]>([
    ['HTML description with escaped line breaks', { Description: '<p>Warm, "light".</p>\\n<p>Packs small.</p>' }, { description: '<p>Warm, "light".</p>\n<p>Packs small.</p>' }, []],
    ['short description when there is no description', { 'Short description': 'Packs small.' }, { description: 'Packs small.' }, []],
    ['first category path', { Categories: 'Clothing > Hoodies, Sale' }, { productType: 'Clothing > Hoodies' }, []],
    ['images, the first is the main one', { Images: 'https://a.example/1.jpg, https://a.example/2.jpg' }, { images: ['https://a.example/1.jpg', 'https://a.example/2.jpg'] }, []],
    ['brands column', { Brands: 'Alder & Pine, Other' }, { brand: 'Alder & Pine' }, []],
    ['brand attribute', { 'Attribute 1 name': 'Brand', 'Attribute 1 value(s)': 'Alder & Pine', 'Attribute 1 visible': '1' }, { brand: 'Alder & Pine' }, []],
    ['material and pattern attributes', { 'Attribute 1 name': 'Material', 'Attribute 1 value(s)': 'Wool', 'Attribute 1 visible': '1', 'Attribute 2 name': 'Pattern', 'Attribute 2 value(s)': 'Plaid', 'Attribute 2 visible': '1' }, { material: 'Wool', pattern: 'Plaid' }, []],
    ['virtual: digital', { Type: 'simple, virtual' }, { isDigital: true }, []],
    ['downloadable but shipped', { Type: 'simple, downloadable' }, { isDigital: undefined }, []],
    ['a formula-guarded name', { Name: "'-Sale- Mug" }, { title: '-Sale- Mug' }, []],
    ['hidden from the catalog', { 'Visibility in catalog': 'hidden' }, { id: 'SKU-1' }, ['woocommerce/hidden-in-catalog']],
    ['unknown visibility', { 'Visibility in catalog': 'secret' }, { id: 'SKU-1' }, ['woocommerce/bad-value']],
    ['no Type: simple, as WooCommerce reads it', { Type: '' }, { id: 'SKU-1' }, []],
    ['no SKU: the ID', { SKU: '' }, { id: '1' }, []],
  ])('%s', async (_name, cells, expected, rules) => {
    const mapped = await mapOne(cells);
    expect(mapped.product).toMatchObject(Object.fromEntries(Object.entries(expected).filter(([, v]) => v !== undefined)));
    for (const [field, value] of Object.entries(expected)) if (value === undefined) expect(mapped.product).not.toHaveProperty(field);
    expect(mapped.rules).toEqual(rules);
  });

  it.each([
    ['external', 'woocommerce/skipped-product-type'],
    ['grouped', 'woocommerce/skipped-product-type'],
    ['subscription', 'woocommerce/skipped-product-type'],
  ])('leaves out a product of type %s', async (type, rule) => {
    expect(await mapOne({ Type: type })).toEqual({ skipped: `skipped ${rule}` });
  });

  it.each([
    ['0', 'woocommerce/not-published'],
    ['-1', 'woocommerce/not-published'],
    ['2', 'woocommerce/not-published'],
  ])('leaves out a product with Published %s', async (published, rule) => {
    expect(await mapOne({ Published: published })).toEqual({ skipped: `skipped ${rule}` });
  });
});

describe('WooCommerce CSV variations', () => {
  it('takes its own values for the attributes that vary, options for the others, and none for "any"', async () => {
    const parent = parentRow('10', { 'Attribute 2 name': 'Fit', 'Attribute 2 value(s)': 'Regular, Relaxed', 'Attribute 2 visible': '1', 'Attribute 3 name': 'Color', 'Attribute 3 value(s)': 'Black', 'Attribute 3 visible': '1' });
    const rows = [
      parent,
      variationRow('11', 'P-10', 'S', { 'Attribute 2 name': 'Fit', 'Attribute 2 value(s)': 'Relaxed' }),
      variationRow('12', 'P-10', 'M', { 'Attribute 2 name': 'Fit', 'Attribute 2 value(s)': '' }),
      variationRow('13', 'P-10', 'Tall\\, L', { 'Attribute 2 name': 'Fit', 'Attribute 2 value(s)': 'Regular' }),
    ];
    const items = await readCsv(csvText(rows));
    const record = valueOf(items[0]) as { variants: unknown[] };
    expect(record.variants).toEqual([
      { id: 'V-11', price: '20.00', availability: 'in_stock', size: 'S', options: { Fit: 'Relaxed' }, color: 'Black' },
      { id: 'V-12', price: '20.00', availability: 'in_stock', size: 'M', color: 'Black' },
      { id: 'V-13', price: '20.00', availability: 'in_stock', size: 'Tall, L', options: { Fit: 'Regular' }, color: 'Black' },
    ]);
    expect((items[0] as { diagnostics: Array<{ ruleId: string; pointer?: string; origin?: { line?: number } }> }).diagnostics.map((d) => [d.ruleId, d.pointer, d.origin?.line])).toEqual([
      ['woocommerce/any-attribute-value', '/variants/1', 4],
    ]);
  });

  it('falls back to the parent’s weight and each dimension separately', async () => {
    const rows = [
      parentRow('10', { 'Weight (kg)': '1', 'Length (cm)': '10', 'Width (cm)': '20', 'Height (cm)': '30' }),
      variationRow('11', 'P-10', 'S', { 'Height (cm)': '35' }),
      variationRow('12', 'P-10', 'M', { 'Weight (kg)': '1.2' }),
    ];
    const record = valueOf((await readCsv(csvText(rows)))[0]) as { variants: Array<Record<string, unknown>> };
    expect(record.variants.map((v) => [v.weight, v.dimensions])).toEqual([
      [{ value: 1, unit: 'kg' }, { length: 10, width: 20, height: 35, unit: 'cm' }],
      [{ value: 1.2, unit: 'kg' }, { length: 10, width: 20, height: 30, unit: 'cm' }],
    ]);
  });

  it('gives records from synthetic variable products that resolve without errors', async () => {
    const rows = [parentRow('10'), variationRow('11', 'P-10', 'S', { Stock: '3' }), variationRow('12', 'P-10', 'M', { 'In stock?': '0' })];
    const checked = await checkRecords(await readCsv(csvText(rows)));
    expect(checked.schema).toEqual([]);
    expect(checked.errors).toEqual([]);
  });
});
