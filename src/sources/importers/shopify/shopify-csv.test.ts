import { afterAll, describe, expect, it } from 'vitest';
import { checkProductSchema } from '../../../validate/product-schema.js';
import { cut, fromChunks } from '../../../test-support/chunks.js';
import { testReadContext } from '../../../test-support/read-context.js';
import { detectFormat, registerImporter } from '../../formats.js';
import type { SourceItem } from '../../source-item.js';
import { sniffShopifyCsv } from './csv-columns.js';
import { readShopifyCsv, shopifyCsvFormat } from './shopify-csv.js';
import { collect, csvOf, diagnosticsOf, fixture, records, resolveItems } from './shopify-test.fixtures.js';

const context = testReadContext();
afterAll(() => context.http.close());

const FILE = 'products_export.csv';
const EXPORT = fixture('products_export.csv');
const CDN = 'https://cdn.shopify.com/s/files/1/0712/4530/8821/files/';
const SHOP = 'https://alder-and-pine.example/products/';

const read = (text: string | readonly string[]): Promise<SourceItem[]> =>
  collect(readShopifyCsv(fromChunks(typeof text === 'string' ? [text] : text), FILE, context));

/** `line:id` for a record, `line:ruleId` for an item without one. */
const outline = (items: readonly SourceItem[]) =>
  items.map((item) => (item.type === 'record' ? `${item.origin.line}:${(item.value as { id: string }).id}` : `${item.diagnostic.origin?.line}:${item.diagnostic.ruleId}`));

/** One product's first row: the columns a minimal export needs, overridable per case. */
const productRow = (cells: Record<string, string> = {}): Record<string, string> => ({
  Handle: 'trail-tee',
  Title: 'Trail Tee',
  'Option1 Name': 'Title',
  'Option1 Value': 'Default Title',
  'Variant SKU': 'TT-1',
  'Variant Price': '25.00',
  'Variant Inventory Tracker': 'shopify',
  'Variant Inventory Qty': '5',
  'Variant Inventory Policy': 'deny',
  Status: 'active',
  ...cells,
});

async function readOne(rows: ReadonlyArray<Record<string, string>>): Promise<{ item: SourceItem; value: Record<string, unknown>; rules: string[] }> {
  const items = await read(csvOf(rows));
  expect(items).toHaveLength(1);
  const item = items[0]!;
  return {
    item,
    value: item.type === 'record' ? (item.value as Record<string, unknown>) : {},
    rules: diagnosticsOf(items).map((d) => `${d.ruleId}${d.pointer ? ` ${d.pointer}` : ''}`),
  };
}

describe('shopify-csv: the fixture export', () => {
  it('yields one record per product in file order, each at the line of its first row, and skips the draft', async () => {
    const items = await read(EXPORT);
    expect(outline(items)).toEqual([
      '2:trailhead-flannel-shirt',
      '13:cedar-camp-mug',
      '14:ridgeline-daypack-22l',
      '19:summit-down-vest',
      '23:alpine-merino-hiking-socks',
      '26:cascade-trail-guide-pdf',
      '27:campfire-blend-coffee',
      '29:shopify/not-published',
    ]);
    const draft = items[7];
    expect(draft?.type === 'skipped' && draft.diagnostic).toMatchObject({ severity: 'info', productId: 'packable-bivy-prototype' });
  });

  it('maps a multi-variant apparel product (Color × Size) with Google Shopping columns', async () => {
    const [shirt] = records(await read(EXPORT));
    const red = `${CDN}trailhead-flannel-red-front.jpg?v=1717430000`;
    const green = `${CDN}trailhead-flannel-green-front.jpg?v=1717430001`;
    const variant = (color: string, size: string, code: string, grams: number, stock: number, gtin: string, image: string) => ({
      id: `AP-TFS-${code}`,
      sku: `AP-TFS-${code}`,
      color,
      size,
      price: '68.00',
      stockQuantity: stock,
      backorderPolicy: 'deny',
      weight: { value: grams, unit: 'g' },
      gtin,
      mpn: `TFS-${code}`,
      images: [image],
    });
    expect(shirt).toEqual({
      id: 'trailhead-flannel-shirt',
      title: 'Trailhead Flannel Shirt',
      description:
        '<p>Our heaviest brushed flannel, woven from 100% organic cotton and garment-washed, so it\'s soft from day one.</p>\n<ul>\n<li>7.5 oz "double-brushed" twill, inside and out</li>\n<li>Two chest pockets, one with a pencil slot</li>\n<li>Relaxed fit; size down for a closer cut</li>\n</ul>',
      url: `${SHOP}trailhead-flannel-shirt`,
      images: [red, green, `${CDN}trailhead-flannel-detail.jpg?v=1717430002`],
      brand: 'Alder & Pine',
      productType: 'Shirts',
      googleProductCategory: 212,
      condition: 'new',
      gender: 'male',
      ageGroup: 'adult',
      variants: [
        variant('Buffalo Red', 'S', 'RED-S', 340, 14, '840123450012', red),
        variant('Buffalo Red', 'M', 'RED-M', 360, 9, '840123450029', red),
        variant('Buffalo Red', 'L', 'RED-L', 380, 3, '840123450036', red),
        variant('Forest Green', 'S', 'GRN-S', 340, 7, '840123450043', green),
        variant('Forest Green', 'M', 'GRN-M', 360, 0, '840123450050', green),
        variant('Forest Green', 'L', 'GRN-L', 380, 5, '840123450067', green),
      ],
    });
  });

  it('groups image-only rows into their product, in Image Position order', async () => {
    const pack = records(await read(EXPORT)).find((p) => p.id === 'ridgeline-daypack-22l')!;
    expect(pack.images).toEqual(
      ['ridgeline-daypack-moss.jpg?v=1717430000', 'ridgeline-daypack-slate.jpg?v=1717430001', 'ridgeline-daypack-back-panel.jpg?v=1717430002', 'ridgeline-daypack-on-trail.jpg?v=1717430003'].map((f) => CDN + f),
    );
    expect(pack.variants.map((v) => [v.id, v.color, v.images])).toEqual([
      ['AP-RDP-MOS', 'Moss', [`${CDN}ridgeline-daypack-moss.jpg?v=1717430000`]],
      ['AP-RDP-SLT', 'Slate', [`${CDN}ridgeline-daypack-slate.jpg?v=1717430001`]],
    ]);
  });

  it.each([
    ['a simple product: its default variant, no options', 'cedar-camp-mug', [{ id: 'AP-CCM-12', sku: 'AP-CCM-12', price: '24.00', stockQuantity: 48, backorderPolicy: 'deny', weight: { value: 310, unit: 'g' }, gtin: '840123450104', images: [`${CDN}cedar-camp-mug.jpg?v=1717430000`] }]],
    ['compare-at above price: a sale', 'summit-down-vest', ['S', 'M', 'L', 'XL'].map((size, i) => expect.objectContaining({ id: `AP-SDV-${size}`, size, price: '189.00', salePrice: '149.00', stockQuantity: [4, 8, 2, 0][i] }))],
    ['tracked stock with deny and continue', 'alpine-merino-hiking-socks', [
      expect.objectContaining({ id: 'KK-AMS-M', stockQuantity: 0, backorderPolicy: 'deny' }),
      expect.objectContaining({ id: 'KK-AMS-L', stockQuantity: 0, backorderPolicy: 'allow' }),
      expect.objectContaining({ id: 'KK-AMS-XL', stockQuantity: 12, backorderPolicy: 'deny' }),
    ]],
    ['untracked inventory: in stock, as Shopify sells it without limit', 'cascade-trail-guide-pdf', [{ id: 'AP-GUIDE-PDF', sku: 'AP-GUIDE-PDF', price: '12.00', availability: 'in_stock', images: [`${CDN}cascade-trail-guide-cover.jpg?v=1717430000`] }]],
    ['no SKUs: ids from the handle and option values; other option names go to options; unit prices', 'campfire-blend-coffee', [
      expect.objectContaining({ id: 'campfire-blend-coffee/340 g', options: { Weight: '340 g' }, unitPricing: { measure: { value: 340, unit: 'g' }, baseMeasure: { value: 100, unit: 'g' } } }),
      expect.objectContaining({ id: 'campfire-blend-coffee/1 kg', options: { Weight: '1 kg' }, unitPricing: { measure: { value: 1, unit: 'kg' }, baseMeasure: { value: 100, unit: 'g' } } }),
    ]],
  ])('maps %s', async (_name, id, variants) => {
    const product = records(await read(EXPORT)).find((p) => p.id === id)!;
    expect(product.variants).toEqual(variants);
    // A tracked variant states its count; availability is derived from it later, never stated by the reader.
    for (const v of product.variants) if (v.stockQuantity !== undefined) expect(v).not.toHaveProperty('availability');
  });

  it('marks a product whose variants never ship as digital, and passes a Google category path through', async () => {
    const guide = records(await read(EXPORT)).find((p) => p.id === 'cascade-trail-guide-pdf')!;
    expect(guide).toMatchObject({ isDigital: true, googleProductCategory: 'Media > Books' });
    const diagnostics = diagnosticsOf(await read(EXPORT)).filter((d) => d.productId === 'cascade-trail-guide-pdf');
    expect(diagnostics.map((d) => [d.ruleId, d.severity, d.kind, d.pointer, d.origin?.line])).toEqual([['shopify/inventory-not-tracked', 'info', 'enriched', '/variants/0/availability', 26]]);
  });

  it('reads the same items whatever the chunk size', async () => {
    const whole = await read(EXPORT);
    for (const size of [1, 7, 64, 1000]) expect(await read(cut(EXPORT, size))).toEqual(whole);
  });

  it('produces records that pass the canonical schema and resolve, the untracked guide in stock', async () => {
    const items = await read(EXPORT);
    for (const product of records(items)) expect(checkProductSchema(product, { origin: { file: FILE } }), product.id).toEqual([]);
    const entries = await resolveItems(items);
    const errors = entries.flatMap((e) => e.diagnostics).filter((d) => d.severity === 'error');
    expect(errors).toEqual([]);
    expect(entries.filter((e) => e.product).map((e) => e.productId)).toEqual([
      'trailhead-flannel-shirt',
      'cedar-camp-mug',
      'ridgeline-daypack-22l',
      'summit-down-vest',
      'alpine-merino-hiking-socks',
      'cascade-trail-guide-pdf',
      'campfire-blend-coffee',
    ]);
    expect(entries.find((e) => e.productId === 'cascade-trail-guide-pdf')?.product?.variants[0]?.availability).toBe('in_stock');
  });
});

describe('shopify-csv: mapping rules', () => {
  it.each<[string, Record<string, string>, Record<string, unknown>, string[]]>([
    ['compare-at above price: regular price and sale price', { 'Variant Compare At Price': '30.00' }, { price: '30.00', salePrice: '25.00' }, []],
    ['compare-at equal to price: no sale', { 'Variant Compare At Price': '25.00' }, { price: '25.00' }, []],
    ['compare-at below price: no sale', { 'Variant Compare At Price': '19.99' }, { price: '25.00' }, []],
    ['compare-at compared as decimals, not text', { 'Variant Price': '9.50', 'Variant Compare At Price': '10' }, { price: '10', salePrice: '9.50' }, []],
    ['a price that is not a plain number', { 'Variant Price': '$25' }, { price: undefined }, ['shopify/invalid-number /variants/0/price']],
    ['policy continue: backorders allowed', { 'Variant Inventory Policy': 'continue' }, { stockQuantity: 5, backorderPolicy: 'allow' }, []],
    ['negative stock kept as stated', { 'Variant Inventory Qty': '-2' }, { stockQuantity: -2, backorderPolicy: 'deny' }, []],
    ['no tracker: in stock, whatever Qty says (Shopify counts sales there)', { 'Variant Inventory Tracker': '', 'Variant Inventory Qty': '-3' }, { availability: 'in_stock', stockQuantity: undefined, backorderPolicy: undefined }, ['shopify/inventory-not-tracked /variants/0/availability']],
    ['a quantity written as a spreadsheet integer', { 'Variant Inventory Qty': ' 7.0 ' }, { stockQuantity: 7 }, []],
    ['a price written ".5"', { 'Variant Price': '.5' }, { price: '0.5' }, []],
    ['grams written "250."', { 'Variant Grams': '250.' }, { weight: { value: 250, unit: 'g' } }, []],
    ['tracked without a quantity (multi-location export)', { 'Variant Inventory Qty': '' }, { stockQuantity: undefined, backorderPolicy: 'deny' }, ['shopify/no-stock-count /variants/0/stockQuantity']],
    ['a quantity that is not a whole number', { 'Variant Inventory Qty': '4.5' }, { stockQuantity: undefined }, ['shopify/invalid-number /variants/0/stockQuantity']],
    ['an unknown inventory policy', { 'Variant Inventory Policy': 'sometimes' }, { stockQuantity: 5, backorderPolicy: undefined }, ['shopify/unknown-value /variants/0/backorderPolicy']],
    ['grams: the weight in g', { 'Variant Grams': '250', 'Variant Weight Unit': 'lb' }, { weight: { value: 250, unit: 'g' } }, []],
    ['grams 0: no weight entered', { 'Variant Grams': '0' }, { weight: undefined }, []],
    ['grams that are not a number', { 'Variant Grams': 'heavy' }, { weight: undefined }, ['shopify/invalid-number /variants/0/weight']],
    ['barcode: the GTIN, checked later by the enrichment', { 'Variant Barcode': '0012345678905' }, { gtin: '0012345678905' }, []],
    ['no SKU on the default variant: the handle', { 'Variant SKU': '' }, { id: 'trail-tee', sku: undefined }, []],
    ['Variant Image', { 'Variant Image': `${CDN}tee.jpg` }, { images: [`${CDN}tee.jpg`] }, []],
    ['Google MPN', { 'Google Shopping / MPN': 'TT-100' }, { mpn: 'TT-100' }, []],
  ])('variant: %s', async (_name, cells, expected, rules) => {
    const { value, rules: found } = await readOne([productRow(cells)]);
    const variant = (value.variants as Array<Record<string, unknown>>)[0]!;
    for (const [key, v] of Object.entries(expected)) expect(variant[key], key).toEqual(v);
    expect(found).toEqual(rules);
  });

  it('an export without the tracker column states nothing about stock: no availability', async () => {
    const { 'Variant Inventory Tracker': _tracker, ...row } = productRow();
    const { value, rules } = await readOne([row]);
    const variant = (value.variants as Array<Record<string, unknown>>)[0]!;
    expect([variant.availability, variant.stockQuantity]).toEqual([undefined, undefined]);
    expect(rules).toEqual(['shopify/no-stock-count /variants/0/stockQuantity']);
  });

  it.each<[string, Record<string, string>, Record<string, unknown>, string[]]>([
    ['vendor as brand, type as product type', { Vendor: 'Acme', Type: 'Tees' }, { brand: 'Acme', productType: 'Tees' }, []],
    ['a numeric Google category as its id', { 'Google Shopping / Google Product Category': '1604' }, { googleProductCategory: 1604 }, []],
    ['Google gender, age group and condition in any case', { 'Google Shopping / Gender': 'Female', 'Google Shopping / Age Group': 'Kids', 'Google Shopping / Condition': 'Used' }, { gender: 'female', ageGroup: 'kids', condition: 'used' }, []],
    ['a Google gender Google does not know', { 'Google Shopping / Gender': 'Men' }, { gender: undefined }, ['shopify/unknown-value /gender']],
    ['an age group with the 2025 template’s label', { 'Google Shopping / Age Group': 'Adult (13+ years old)' }, { ageGroup: 'adult' }, []],
    ['Product Category (Shopify taxonomy), SEO fields and tags are not mapped', { 'Product Category': 'Apparel & Accessories > Clothing', 'SEO Title': 'Buy the best tee', 'SEO Description': 'Cheap tees', Tags: 'a, b' }, { googleProductCategory: undefined, description: undefined, title: 'Trail Tee' }, []],
    ['requires shipping FALSE: digital', { 'Variant Requires Shipping': 'FALSE' }, { isDigital: true }, []],
    ['requires shipping TRUE: not marked digital', { 'Variant Requires Shipping': 'TRUE' }, { isDigital: undefined }, []],
    ['an empty body: no description', { 'Body (HTML)': '' }, { description: undefined }, []],
  ])('product: %s', async (_name, cells, expected, rules) => {
    const { value, rules: found } = await readOne([productRow(cells)]);
    for (const [key, v] of Object.entries(expected)) expect(value[key], key).toEqual(v);
    expect(found).toEqual(rules);
  });

  it.each([
    ['Color', 'Size', { color: 'Red', size: 'M' }],
    ['Colour', 'size', { color: 'Red', size: 'M' }],
    ['Material', 'Fit', { material: 'Red', options: { Fit: 'M' } }],
    ['Color family', 'Length', { options: { 'Color family': 'Red', Length: 'M' } }],
  ])('option names %s / %s map to %j', async (first, second, expected) => {
    const { value } = await readOne([productRow({ 'Option1 Name': first, 'Option1 Value': 'Red', 'Option2 Name': second, 'Option2 Value': 'M', 'Variant SKU': '' })]);
    expect((value.variants as unknown[])[0]).toEqual({ id: 'trail-tee/Red/M', price: '25.00', stockQuantity: 5, backorderPolicy: 'deny', ...expected });
  });

  it('sets a variant row\'s own Google values only where they differ from the product', async () => {
    const { value } = await readOne([
      productRow({ 'Option1 Name': 'Size', 'Option1 Value': 'S', 'Google Shopping / Gender': 'Unisex', 'Google Shopping / Condition': 'new' }),
      { Handle: 'trail-tee', 'Option1 Value': 'M', 'Variant SKU': 'TT-2', 'Variant Price': '25.00', 'Google Shopping / Gender': 'Unisex', 'Google Shopping / Condition': 'refurbished' },
    ]);
    expect(value.gender).toBe('unisex');
    expect((value.variants as Array<Record<string, unknown>>).map((v) => [v.gender, v.condition])).toEqual([
      [undefined, undefined],
      [undefined, 'refurbished'],
    ]);
  });

  it('gives variants that share a SKU ids from their option values, and says so', async () => {
    const { value, rules } = await readOne([
      productRow({ 'Option1 Name': 'Size', 'Option1 Value': 'S', 'Variant SKU': 'TT' }),
      { Handle: 'trail-tee', 'Option1 Value': 'M', 'Variant SKU': 'TT', 'Variant Price': '25.00' },
      { Handle: 'trail-tee', 'Option1 Value': 'L', 'Variant SKU': 'TT-L', 'Variant Price': '25.00' },
    ]);
    expect((value.variants as Array<Record<string, unknown>>).map((v) => [v.id, v.sku])).toEqual([
      ['trail-tee/S', 'TT'],
      ['trail-tee/M', 'TT'],
      ['TT-L', 'TT-L'],
    ]);
    expect(rules.map((r) => r.split(' ')).filter(([id]) => id === 'shopify/duplicate-sku')).toEqual([
      ['shopify/duplicate-sku', '/variants/0/id'],
      ['shopify/duplicate-sku', '/variants/1/id'],
    ]);
  });

  it.each([
    ['a draft', { Status: 'draft' }, 'shopify/not-published', 'info'],
    ['an archived product', { Status: 'archived' }, 'shopify/not-published', 'info'],
    ['an unlisted product (reachable only by its link)', { Status: 'unlisted' }, 'shopify/not-published', 'info'],
    ['an active product hidden from the online store', { Published: 'FALSE' }, 'shopify/not-published', 'info'],
    ['an unknown status', { Status: 'pending' }, 'shopify/unknown-value', 'warning'],
    ['an unreadable Published cell', { Published: 'maybe' }, 'shopify/unknown-value', 'warning'],
  ])('leaves out %s with a note', async (_name, cells, ruleId, severity) => {
    const { item } = await readOne([productRow(cells), { Handle: 'trail-tee', 'Image Src': `${CDN}tee.jpg`, 'Image Position': '2' }]);
    expect(item.type).toBe('skipped');
    expect(item.type === 'skipped' && item.diagnostic).toMatchObject({ ruleId, severity, productId: 'trail-tee', origin: { file: FILE, line: 2 } });
  });

  it.each([
    ['Published TRUE', { Published: 'TRUE' }],
    ['an export without a Status column', { Status: undefined as unknown as string }],
    ['an empty Published cell (Shopify publishes it on import)', { Published: '' }],
  ])('keeps %s', async (_name, cells) => {
    const row = productRow(cells);
    for (const [k, v] of Object.entries(row)) if (v === undefined) delete row[k];
    const { item } = await readOne([row]);
    expect(item.type).toBe('record');
  });

  it('reads the current admin template, whose headers differ ("URL handle", "SKU", "Compare-at price"…)', async () => {
    const { value, rules } = await readOne([
      {
        Title: 'Trail Tee',
        'URL handle': 'trail-tee',
        Description: '<p>Soft.</p>',
        Vendor: 'Acme',
        'Published on online store': 'TRUE',
        Status: 'Active',
        SKU: 'TT-1',
        Barcode: '0012345678905',
        'Option1 name': 'Size',
        'Option1 value': 'M',
        Price: '20.00',
        'Compare-at price': '24.00',
        'Inventory tracker': 'shopify',
        'Inventory quantity': '3',
        'Continue selling when out of stock': 'DENY',
        'Weight value (grams)': '180',
        'Requires shipping': 'TRUE',
        'Product image URL': `${CDN}tee.jpg`,
        'Image position': '1',
      },
    ]);
    expect(rules).toEqual([]);
    expect(value).toEqual({
      id: 'trail-tee',
      title: 'Trail Tee',
      description: '<p>Soft.</p>',
      url: `${SHOP}trail-tee`,
      images: [`${CDN}tee.jpg`],
      brand: 'Acme',
      variants: [{ id: 'TT-1', sku: 'TT-1', size: 'M', price: '24.00', salePrice: '20.00', stockQuantity: 3, backorderPolicy: 'deny', weight: { value: 180, unit: 'g' }, gtin: '0012345678905' }],
    });
  });
});

describe('shopify-csv: broken input', () => {
  it('reports a row with broken quoting by its line and still reads the products after it', async () => {
    // The mug's row (line 13) gets a stray quote inside a quoted title.
    const broken = EXPORT.replace('cedar-camp-mug,"Cedar Camp Mug, 12 oz"', 'cedar-camp-mug,"Cedar Camp "Mug", 12 oz"');
    expect(broken).not.toBe(EXPORT);
    const items = await read(broken);
    expect(outline(items)).toEqual([
      '2:trailhead-flannel-shirt',
      '13:input/malformed-csv',
      '14:ridgeline-daypack-22l',
      '19:summit-down-vest',
      '23:alpine-merino-hiking-socks',
      '26:cascade-trail-guide-pdf',
      '27:campfire-blend-coffee',
      '29:shopify/not-published',
    ]);
  });

  it('reports a variant row broken mid-product after that product, which keeps its other rows', async () => {
    const lines = EXPORT.split('\n');
    lines[8] = lines[8]!.replace('Buffalo Red', '"Buffalo" Red'); // line 9: the shirt's third variant
    const items = await read(lines.join('\n'));
    expect(outline(items).slice(0, 3)).toEqual(['2:trailhead-flannel-shirt', '9:input/malformed-csv', '13:cedar-camp-mug']);
    expect(records(items)[0]!.variants.map((v) => v.id)).toEqual(['AP-TFS-RED-S', 'AP-TFS-RED-M', 'AP-TFS-GRN-S', 'AP-TFS-GRN-M', 'AP-TFS-GRN-L']);
  });

  it('reports a row with the wrong number of fields, and a row without a handle', async () => {
    const text = csvOf([productRow()]) + 'trail-tee,extra\n' + csvOf([{ ...productRow(), Handle: '' }]).split('\n')[1] + '\n';
    const items = await read(text);
    expect(outline(items)).toEqual(['2:trail-tee', '3:input/malformed-csv', '4:shopify/missing-handle']);
    expect(items[2]?.type === 'unreadable' && items[2].diagnostic).toMatchObject({ ruleId: 'shopify/missing-handle', severity: 'error', origin: { file: FILE, line: 4 } });
  });

  it('reports a header without a Handle column', async () => {
    expect(outline(await read('Title,Variant Price\nTee,25.00\n'))).toEqual(['1:input/not-a-catalog']);
  });

  it('fails a header with no product rows rather than yield an empty catalog', async () => {
    await expect(read(EXPORT.split('\n')[0] + '\n')).rejects.toMatchObject({ code: 'E_SOURCE_EMPTY' });
  });
});

describe('shopify-csv: detection', () => {
  const CANONICAL = 'id,variantId,title,description,brand,currency,images,sku,color,size,price,stockQuantity\n';
  const WOOCOMMERCE =
    'ID,Type,SKU,Name,Published,"Is featured?","Visibility in catalog","Short description",Description,"Date sale price starts","Date sale price ends","Tax status","Tax class","In stock?",Stock,"Backorders allowed?","Sold individually?","Weight (kg)","Length (cm)","Width (cm)","Height (cm)","Allow customer reviews?","Purchase note","Sale price","Regular price",Categories,Tags,"Shipping class",Images,Parent\n';
  const CURRENT = 'Title,URL handle,Description,Vendor,Product category,Type,Tags,Published on online store,Status,SKU,Barcode,Option1 name,Option1 value,Price,Compare-at price\n';

  it.each([
    ['the classic export header', true, EXPORT.slice(0, 4000)],
    ['the classic header with a byte order mark and CRLF', true, '\ufeffHandle,Title,Variant SKU,Variant Price\r\nx,y,z,1\r\n'],
    ['the current admin template header', true, CURRENT],
    ['a header cut short inside the first chunk', true, 'Handle,Title,Body (HTML),Vendor,Variant SKU,Variant Pr'],
    ['a canonical CSV header', false, CANONICAL],
    ['a WooCommerce export header', false, WOOCOMMERCE],
    ['a Handle column without any variant column', false, 'Handle,Title\nx,y\n'],
  ])('sniff: %s → %s', (_name, expected, sample) => {
    expect(sniffShopifyCsv(sample)).toBe(expected);
  });

  it('is picked for a .csv whose header is Shopify\'s, and not for a canonical CSV', () => {
    registerImporter(shopifyCsvFormat);
    expect(detectFormat('exports/products_export_1.csv', EXPORT.slice(0, 4000)).name).toBe('shopify-csv');
    expect(detectFormat('catalog.csv', CANONICAL).name).toBe('csv');
  });
});
