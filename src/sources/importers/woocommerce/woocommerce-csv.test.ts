import { describe, expect, it } from 'vitest';
import { cut } from '../../../test-support/chunks.js';
import { checkRecords, csvText, fixture, parentRow, readCsv, recordsOf, simpleRow, summary, valueOf, variationRow } from './woocommerce.fixtures.js';

const EXPORT = fixture('wc-product-export.csv');
const U = 'https://alder-and-pine.example/wp-content/uploads/2026/09/';
const HOODIE_MEASURES = { weight: { value: 0.62, unit: 'kg' }, dimensions: { length: 35, width: 30, height: 6, unit: 'cm' } };

describe('readWooCommerceCsv on a WooCommerce export', () => {
  it('yields simple products as read and the variable product, whose variations come last, at the end', async () => {
    expect(summary(await readCsv(EXPORT))).toEqual([
      '3:AP-BOTTLE-750',
      '5:AP-MUG-ENAMEL',
      '6:AP-BEANIE-WOOL',
      '7:woocommerce/skipped-product-type',
      '8:AP-COURSE-NAV',
      '9:woocommerce/skipped-product-type',
      '10:woocommerce/not-published',
      '2:AP-HOODIE',
    ]);
  });

  it('marks what it leaves out on purpose as skipped, not unreadable', async () => {
    const items = await readCsv(EXPORT);
    expect(items.flatMap((i) => (i.type === 'record' ? [] : [[i.type, i.diagnostic.ruleId, i.diagnostic.productId]]))).toEqual([
      ['skipped', 'woocommerce/skipped-product-type', 'AP-BOOK-AT'],
      ['skipped', 'woocommerce/skipped-product-type', 'AP-KITCHEN-SET'],
      ['skipped', 'woocommerce/not-published', 'AP-SHELL-PROTO'],
    ]);
  });

  it('maps the variable product and its variations (linked by the parent SKU)', async () => {
    const hoodie = valueOf(recordsOf(await readCsv(EXPORT)).find((r) => valueOf(r).id === 'AP-HOODIE'));
    expect(hoodie).toEqual({
      id: 'AP-HOODIE',
      title: 'Ridgeline Fleece Hoodie',
      description:
        '<p>Our "Ridgeline" hoodie is cut from 300 g/m² recycled fleece, brushed on the inside, with a scuba hood.</p>\n<ul>\n<li>Two zip hand pockets, one chest pocket</li>\n<li>Thumb loops, flatlock seams</li>\n</ul>',
      // The export has no URLs; the post ID and the slug column are kept for the config's URL template.
      platformId: '101',
      slug: 'ridgeline-fleece-hoodie',
      images: [`${U}ridgeline-hoodie-green.jpg`, `${U}ridgeline-hoodie-gray.jpg`],
      productType: 'Clothing > Hoodies & Sweatshirts',
      material: 'Recycled polyester',
      variants: [
        { id: 'AP-HOODIE-GRN-S', price: '89.00', availability: 'in_stock', stockQuantity: 7, backorderPolicy: 'deny', ...HOODIE_MEASURES, gtin: '5901234123457', color: 'Forest Green', size: 'S' },
        { id: 'AP-HOODIE-GRN-M', price: '89.00', salePrice: '69.00', availability: 'in_stock', stockQuantity: 12, backorderPolicy: 'deny', ...HOODIE_MEASURES, color: 'Forest Green', size: 'M' },
        { id: 'AP-HOODIE-GRN-L', price: '89.00', availability: 'out_of_stock', stockQuantity: 0, backorderPolicy: 'deny', ...HOODIE_MEASURES, color: 'Forest Green', size: 'L' },
        { id: 'AP-HOODIE-GRY-S', price: '89.00', availability: 'in_stock', stockQuantity: 2, backorderPolicy: 'deny', ...HOODIE_MEASURES, images: [`${U}ridgeline-hoodie-gray.jpg`], color: 'Slate Gray', size: 'S' },
        { id: 'AP-HOODIE-GRY-M', price: '89.00', availability: 'backorder', stockQuantity: -1, backorderPolicy: 'allow', ...HOODIE_MEASURES, images: [`${U}ridgeline-hoodie-gray.jpg`], color: 'Slate Gray', size: 'M' },
        // No SKU of its own: the variation's ID. Its own weight wins over the parent's.
        { id: '125', price: '89.00', availability: 'in_stock', stockQuantity: 5, backorderPolicy: 'deny', weight: { value: 0.66, unit: 'kg' }, dimensions: HOODIE_MEASURES.dimensions, images: [`${U}ridgeline-hoodie-gray.jpg`], color: 'Slate Gray', size: 'L' },
      ],
    });
  });

  it('maps a simple product on sale with its window, GTIN, measures and a single-valued color', async () => {
    const bottle = valueOf(recordsOf(await readCsv(EXPORT)).find((r) => valueOf(r).id === 'AP-BOTTLE-750'));
    expect(bottle).toEqual({
      id: 'AP-BOTTLE-750',
      title: 'Summit Insulated Bottle 750 ml',
      // An older export's real line break inside the quoted cell is kept.
      description: '<p>Double-wall steel keeps drinks cold for 24 hours, hot for 12.</p>\n<p>Fits most cup holders; the "sip" lid is leak-proof, dishwasher-safe and BPA-free.</p>',
      platformId: '110',
      slug: 'summit-insulated-bottle-750-ml',
      images: [`${U}summit-bottle-750.jpg`],
      productType: 'Gear > Hydration',
      variants: [
        {
          id: 'AP-BOTTLE-750',
          price: '24.00',
          salePrice: '19.50',
          // 2026-11-20 0:00:00 to 2026-11-30 23:59:59, store time: the end is exclusive, so the day after.
          saleStartsAt: '2026-11-20',
          saleEndsAt: '2026-12-01',
          availability: 'in_stock',
          stockQuantity: 42,
          backorderPolicy: 'deny',
          weight: { value: 0.35, unit: 'kg' },
          dimensions: { length: 8, width: 8, height: 26, unit: 'cm' },
          gtin: '4006381333931',
          color: 'Glacier Blue',
        },
      ],
    });
  });

  it('reads the same items whatever the chunk size (BOM, CRLF and quotes cut anywhere)', async () => {
    const whole = await readCsv(EXPORT);
    for (const size of [1, 7, 64, 1000]) expect(await readCsv(cut(EXPORT, size))).toEqual(whole);
    expect(await readCsv(EXPORT.replace(/\n/g, '\r\n'))).toEqual(
      // Only the real line break inside the bottle's description changes with CRLF.
      JSON.parse(JSON.stringify(whole).replace('hot for 12.</p>\\n<p>Fits', 'hot for 12.</p>\\r\\n<p>Fits')),
    );
  });

  it('gives records that pass the canonical schema and resolve without errors', async () => {
    const items = await readCsv(EXPORT);
    const checked = await checkRecords(items);
    expect(checked.schema).toEqual([]);
    expect(checked.errors).toEqual([]);
    expect(checked.entries.map((e) => [e.productId, e.product?.variants.length])).toEqual([
      ['AP-BOTTLE-750', 1],
      ['AP-MUG-ENAMEL', 1],
      ['AP-BEANIE-WOOL', 1],
      ['AP-COURSE-NAV', 1],
      ['AP-HOODIE', 6],
    ]);
    // The store-time sale dates are read as 00:00 UTC, and enrichment says so.
    const bottle = checked.entries.find((e) => e.productId === 'AP-BOTTLE-750')!;
    expect(bottle.diagnostics.filter((d) => d.ruleId === 'date/assumed-utc').map((d) => d.pointer)).toEqual(['/variants/0/saleStartsAt', '/variants/0/saleEndsAt']);
  });
});

describe('linking variations to their parent', () => {
  it.each([
    ['the parent SKU', 'P-10'],
    ['id:<ID>', 'id:10'],
  ])('links by %s', async (_name, ref) => {
    const items = await readCsv(csvText([parentRow('10'), simpleRow('11'), variationRow('12', ref, 'S'), variationRow('13', ref, 'M')]));
    expect(summary(items)).toEqual(['3:SKU-11', '2:P-10']);
    expect((valueOf(items[1]).variants as Array<{ id: string; size: string }>).map((v) => [v.id, v.size])).toEqual([
      ['V-12', 'S'],
      ['V-13', 'M'],
    ]);
  });

  it('links a parent without SKU by id: and publishes it under its ID', async () => {
    const items = await readCsv(csvText([parentRow('10', { SKU: '' }), variationRow('12', 'id:10', 'S', { SKU: '' })]));
    expect(valueOf(items[0])).toMatchObject({ id: '10', variants: [{ id: '12', size: 'S' }] });
  });

  it('drops variations listed before their unpublished product with it, without errors', async () => {
    const items = await readCsv(csvText([variationRow('12', 'P-10', 'S'), variationRow('13', 'P-10', 'M'), parentRow('10', { Published: '-1' }), simpleRow('20')]));
    expect(summary(items)).toEqual(['4:woocommerce/not-published', '5:SKU-20']);
  });

  it('waits for a parent that comes after its variations', async () => {
    const items = await readCsv(csvText([variationRow('12', 'P-10', 'S'), variationRow('13', 'P-10', 'M'), parentRow('10')]));
    expect(summary(items)).toEqual(['4:P-10']);
    expect((valueOf(items[0]).variants as unknown[]).length).toBe(2);
  });

  it('reports a variation whose parent is missing, or named nowhere, as woocommerce/orphan-variation', async () => {
    const items = await readCsv(csvText([simpleRow('1'), variationRow('12', 'P-99', 'S'), variationRow('13', '', 'M')]));
    expect(summary(items)).toEqual(['2:SKU-1', '4:woocommerce/orphan-variation', '3:woocommerce/orphan-variation']);
    expect(items.filter((i) => i.type === 'unreadable').map((i) => [i.diagnostic.ruleId, i.diagnostic.severity])).toEqual([
      ['woocommerce/orphan-variation', 'error'],
      ['woocommerce/orphan-variation', 'error'],
    ]);
  });

  it('drops the variations of an unpublished variable product with it, and reports a disabled variation', async () => {
    const items = await readCsv(
      csvText([parentRow('10', { Published: '-1' }), parentRow('20'), variationRow('11', 'P-10', 'S'), variationRow('21', 'P-20', 'S'), variationRow('22', 'P-20', 'M', { Published: '0' })]),
    );
    expect(summary(items)).toEqual(['2:woocommerce/not-published', '3:P-20', '  6:woocommerce/not-published']);
    expect((valueOf(items[1]).variants as unknown[]).length).toBe(1);
  });

  it('marks a variable product digital only when every variation is virtual', async () => {
    const rows = (second: string) => [parentRow('10'), variationRow('11', 'P-10', 'S', { Type: 'variation, virtual' }), variationRow('12', 'P-10', 'M', { Type: second })];
    expect(valueOf((await readCsv(csvText(rows('variation, downloadable, virtual'))))[0]).isDigital).toBe(true);
    expect(valueOf((await readCsv(csvText(rows('variation'))))[0]).isDigital).toBeUndefined();
  });
});

describe('the variation buffer cap', () => {
  it('writes out the least recently active parent when the cap is reached, and reports its late variations', async () => {
    // Interleaved like an export by ID: product 10 gets a variation added after products 20 and 30 were.
    const rows = [
      parentRow('10'),
      variationRow('11', 'P-10', 'S'),
      parentRow('20'),
      variationRow('21', 'P-20', 'S'),
      variationRow('22', 'P-20', 'M'),
      parentRow('30'),
      variationRow('31', 'P-30', 'S'),
      variationRow('12', 'P-10', 'M'),
    ];
    const items = await readCsv(csvText(rows), { maxBufferedRows: 5 });
    expect(summary(items)).toEqual([
      // Row 7 brings the buffer to 6 rows: product 10, idle since row 3, goes first.
      '2:P-10',
      '  2:woocommerce/buffer-full /variants',
      '9:woocommerce/late-variation',
      '4:P-20',
      '7:P-30',
    ]);
    expect(items.find((i) => i.type === 'unreadable')).toMatchObject({ diagnostic: { ruleId: 'woocommerce/late-variation', severity: 'error', variantId: 'V-12' } });
  });

  it('loses nothing when all parents come first and each product’s variations come together', async () => {
    const rows = [
      parentRow('10'),
      parentRow('20'),
      parentRow('30'),
      ...['S', 'M', 'L'].map((s, i) => variationRow(`1${i}`, 'P-10', s)),
      ...['S', 'M', 'L'].map((s, i) => variationRow(`2${i}`, 'P-20', s)),
      ...['S', 'M', 'L'].map((s, i) => variationRow(`3${i}`, 'P-30', s)),
    ];
    const items = await readCsv(csvText(rows), { maxBufferedRows: 6 });
    const records = recordsOf(items);
    expect(records.map((r) => [valueOf(r).id, (valueOf(r).variants as unknown[]).length])).toEqual([
      ['P-10', 3],
      ['P-20', 3],
      ['P-30', 3],
    ]);
    expect(items.flatMap((i) => (i.type === 'record' ? (i.diagnostics ?? []) : [i.diagnostic])).map((d) => d.ruleId)).toEqual([
      'woocommerce/buffer-full',
    ]);
  });

  it('reports variations whose parent never came once they no longer fit', async () => {
    const rows = [variationRow('11', 'P-98', 'S'), variationRow('12', 'P-99', 'S'), variationRow('13', 'P-99', 'M'), simpleRow('1')];
    expect(summary(await readCsv(csvText(rows), { maxBufferedRows: 2 }))).toEqual(['2:woocommerce/orphan-variation', '5:SKU-1', '3:woocommerce/orphan-variation', '4:woocommerce/orphan-variation']);
  });
});

describe('broken input', () => {
  it('reports a broken row by its line and reads the rows after it', async () => {
    const text = csvText([simpleRow('1'), simpleRow('2'), simpleRow('3')]).replace('Product 2', 'Product "2" broken');
    expect(summary(await readCsv(text))).toEqual(['2:SKU-1', '3:input/malformed-csv', '4:SKU-3']);
  });

  it('reports a row with the wrong number of fields as input/malformed-csv', async () => {
    const text = csvText([simpleRow('1'), simpleRow('2')]).replace(/\nSKU-2|\n2,simple/, (m) => `${m},extra`);
    expect(summary(await readCsv(text))).toEqual(['2:SKU-1', '3:input/malformed-csv']);
  });

  it.each([
    ['no Type column', 'ID,SKU,Name\n1,A,Mug\n'],
    ['no Name column', 'ID,Type,SKU\n1,simple,A\n'],
    ['no ID nor SKU column', 'Type,Name\nsimple,Mug\n'],
    ['no header at all', ''],
  ])('stops at a header with %s (woocommerce/not-a-product-export)', async (_name, text) => {
    const items = await readCsv(text);
    expect(items).toHaveLength(1);
    expect(items[0]).toMatchObject({ type: 'unreadable', diagnostic: { ruleId: 'woocommerce/not-a-product-export', severity: 'error' } });
  });
});

describe('headers as real files write them', () => {
  it('reads headers in any case, as WooCommerce’s importer does ("Attribute 1 Name", "REGULAR PRICE", "weight (KG)")', async () => {
    const columns = ['ID', 'Type', 'SKU', 'Name', 'In stock?', 'REGULAR PRICE', 'weight (kg)', 'Attribute 1 Name', 'Attribute 1 Value(s)', 'Attribute 1 Visible'];
    const items = await readCsv(csvText([{ ID: '1', Type: 'simple', SKU: 'A', Name: 'Mug', 'In stock?': '1', 'REGULAR PRICE': '9.00', 'weight (kg)': '.5', 'Attribute 1 Name': 'Color', 'Attribute 1 Value(s)': 'Red', 'Attribute 1 Visible': '1' }], columns));
    expect(valueOf(items[0]).variants).toEqual([{ id: 'A', price: '9.00', availability: 'in_stock', weight: { value: 0.5, unit: 'kg' }, color: 'Red' }]);
  });

  it('reads an export from a Russian admin: translated headers, and a line break, a tab and a BOM before them', async () => {
    const text = '\n\t\ufeffID,Тип,Артикул,Имя,Опубликован,"В наличии?","Базовая цена"\n40,simple,,"Комбинезон",1,1,240\n140,simple,,"Копия",\'-1,1,200\n';
    expect(summary(await readCsv(text))).toEqual(['3:40', '4:woocommerce/not-published']);
    expect(valueOf((await readCsv(text))[0])).toMatchObject({ id: '40', title: 'Комбинезон', variants: [{ id: '40', price: '240', availability: 'in_stock' }] });
  });
});

describe('product URLs', () => {
  it('states no URL (the export has none): validation says so, with the fix, when the config gives no template', async () => {
    const columns = ['ID', 'Type', 'SKU', 'Name', 'Published', 'In stock?', 'Regular price'];
    const items = await readCsv(csvText([{ ID: '1', Type: 'simple', SKU: 'A', Name: 'Mug', Published: '1', 'In stock?': '1', 'Regular price': '9.00' }], columns));
    expect(valueOf(items[0])).toMatchObject({ id: 'A', platformId: '1' });
    expect(valueOf(items[0]).url).toBeUndefined();
    const checked = await checkRecords(items, {});
    expect(checked.schema.map((d) => [d.ruleId, d.pointer])).toEqual([['schema/required', '/url']]);
  });

  it('reaches every product by its post ID with the template WordPress always resolves', async () => {
    const columns = ['ID', 'Type', 'SKU', 'Name', 'Published', 'In stock?', 'Regular price'];
    const items = await readCsv(csvText([{ ID: '17', Type: 'simple', SKU: 'A', Name: 'Mug', Published: '1', 'In stock?': '1', 'Regular price': '9.00' }], columns));
    const checked = await checkRecords(items, { productUrl: '?post_type=product&p={platform_id}' });
    expect(checked.errors).toEqual([]);
    expect(checked.entries[0]?.product?.url).toBe('https://alder-and-pine.example/?post_type=product&p=17');
    expect(checked.entries[0]?.diagnostics.map((d) => d.ruleId)).toContain('defaults/product-url');
  });

  it.each([
    ['Slug', 'trail-mug', 'https://alder-and-pine.example/product/trail-mug/'],
    ['post_name', 'trail-mug', 'https://alder-and-pine.example/product/trail-mug/'],
    // WordPress stores a non-ASCII slug percent-encoded: it is a path segment already and is kept as it is.
    ['Slug', '%e5%b8%bd%e5%ad%90', 'https://alder-and-pine.example/product/%e5%b8%bd%e5%ad%90/'],
    ['Slug', 'tasse à café', 'https://alder-and-pine.example/product/tasse%20%C3%A0%20caf%C3%A9/'],
  ])('keeps a %s column as the slug (%s) for a {slug} template', async (column, slug, url) => {
    const columns = ['ID', 'Type', 'SKU', 'Name', 'In stock?', 'Regular price', column];
    const items = await readCsv(csvText([{ ID: '1', Type: 'simple', SKU: 'A', Name: 'Mug', 'In stock?': '1', 'Regular price': '9.00', [column]: slug }], columns));
    expect(valueOf(items[0]).slug).toBe(slug);
    expect(items[0]).not.toHaveProperty('diagnostics');
    const checked = await checkRecords(items);
    expect(checked.entries[0]?.product?.url).toBe(url);
  });
});

