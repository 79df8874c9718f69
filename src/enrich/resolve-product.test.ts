import { describe, expect, it } from 'vitest';
import { parseConfig } from '../config/load-config.js';
import type { Diagnostic } from '../model/diagnostic.js';
import type { Product, Variant } from '../model/generated/product.js';
import type { ResolvedProduct } from '../model/resolved.js';
import { checkProductSchema } from '../validate/product-schema.js';
import { ProductScope } from './product-scope.js';
import { resolveProduct, type EnrichContext } from './resolve-product.js';

const ORIGIN = { file: 'catalog.json', line: 7 };
const NOW = Date.parse('2026-06-15T12:00:00Z');

const { config } = parseConfig(
  {
    shop: { name: 'Alder & Pine', url: 'https://shop.example/', currency: 'USD', country: 'US', language: 'en' },
    shipping: [{ country: 'US', service: 'Standard', price: '5.95' }],
  },
  { baseDir: '/tmp' },
);
const CTX: EnrichContext = { config, nowMs: NOW };

interface Run {
  product: ResolvedProduct | undefined;
  diagnostics: Diagnostic[];
  scope: ProductScope;
}

/** Validates the record first, as the pipeline does: every record here must be schema-valid. */
function run(record: Product, ctx: EnrichContext = CTX): Run {
  expect(checkProductSchema(record, { origin: ORIGIN })).toEqual([]);
  const scope = new ProductScope(record.id, ORIGIN);
  const product = resolveProduct(record, scope, ctx);
  return { product, diagnostics: scope.diagnostics, scope };
}

const brief = (d: Diagnostic) => ({ ruleId: d.ruleId, severity: d.severity, kind: d.kind, pointer: d.pointer });
const withRule = (diagnostics: Diagnostic[], ruleId: string) => diagnostics.filter((d) => d.ruleId === ruleId).map(brief);

const variant = (id: string, over: Partial<Variant> = {}): Variant => ({ id, price: '24.00', availability: 'in_stock', ...over });

const simple = (over: Partial<Product> = {}): Product => ({
  id: 'ap-campfire-mug',
  title: 'Campfire Enamel Mug',
  url: 'https://shop.example/products/campfire-mug',
  images: ['https://shop.example/images/mug-1.jpg', 'https://shop.example/images/mug-2.jpg'],
  brand: 'Alder & Pine',
  condition: 'new',
  googleProductCategory: 2169,
  variants: [variant('AP-MUG-12', { sku: 'MUG12', mpn: 'MUG-12', gtin: '5012345678900' })],
  ...over,
});

const tee = (over: Partial<Product> = {}): Product => ({
  id: 'ap-trail-tee',
  title: 'Trail Tee',
  url: 'https://shop.example/products/trail-tee',
  images: ['https://shop.example/images/tee-1.jpg', 'https://shop.example/images/tee-2.jpg'],
  brand: 'Alder & Pine',
  googleProductCategory: 212,
  gender: 'unisex',
  ageGroup: 'adult',
  material: 'Organic cotton',
  variants: [
    variant('TEE-BLK-S', { color: 'Black', size: 'S', mpn: 'T-BS', images: ['https://shop.example/images/tee-black.jpg', 'https://shop.example/images/tee-1.jpg'] }),
    variant('TEE-BLK-M', { color: 'Black', size: 'M', mpn: 'T-BM', images: ['https://shop.example/images/tee-black.jpg'] }),
    variant('TEE-RED-S', { color: 'Red', size: 'S', mpn: 'T-RS', images: ['https://shop.example/images/tee-red.jpg'] }),
    variant('TEE-RED-M', { color: 'Red', size: 'M', mpn: 'T-RM' }),
  ],
  ...over,
});

describe('resolveProduct: a simple product', () => {
  it('is one variant, not a group, with the product title, URL and images', () => {
    const { product, diagnostics } = run(simple());
    expect(diagnostics).toEqual([]);
    expect(product).toMatchObject({
      id: 'ap-campfire-mug',
      title: 'Campfire Enamel Mug',
      url: 'https://shop.example/products/campfire-mug',
      brand: 'Alder & Pine',
      isGroup: false,
      variesBy: [],
      isDigital: false,
      origin: ORIGIN,
      googleCategory: { id: 2169 },
    });
    expect(product?.variants).toHaveLength(1);
    expect(product?.variants[0]).toMatchObject({
      id: 'AP-MUG-12',
      sku: 'MUG12',
      title: 'Campfire Enamel Mug',
      url: 'https://shop.example/products/campfire-mug',
      images: ['https://shop.example/images/mug-1.jpg', 'https://shop.example/images/mug-2.jpg'],
      gtin: '5012345678900',
      mpn: 'MUG-12',
      identifierExists: true,
      condition: 'new',
      price: { minor: 2400, currency: 'USD' },
      currentPrice: { minor: 2400, currency: 'USD' },
      availability: 'in_stock',
      options: {},
    });
  });

  it('prices in the product currency when it has one', () => {
    const { product } = run(simple({ currency: 'JPY', variants: [variant('AP-MUG-12', { price: '1500', mpn: 'M' })] }));
    expect(product?.variants[0]?.price).toEqual({ minor: 1500, currency: 'JPY' });
  });

  it("prices a variant in its own currency when it states one, never in the shop's", () => {
    const { product, diagnostics } = run(simple({ variants: [variant('AP-MUG-12', { price: '1500', currency: 'JPY', mpn: 'M' })] }));
    expect(diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    expect(product?.variants[0]?.price).toEqual({ minor: 1500, currency: 'JPY' });
    expect(product?.variants[0]?.currentPrice).toEqual({ minor: 1500, currency: 'JPY' });
  });

  it('an active sale sets what a buyer pays now', () => {
    const { product, diagnostics } = run(
      simple({ variants: [variant('AP-MUG-12', { mpn: 'M', salePrice: '19.00', saleStartsAt: '2026-06-01', saleEndsAt: '2026-06-30T23:59:59-07:00' })] }),
    );
    expect(product?.variants[0]).toMatchObject({
      price: { minor: 2400, currency: 'USD' },
      currentPrice: { minor: 1900, currency: 'USD' },
      sale: { price: { minor: 1900, currency: 'USD' }, active: true, startsAt: '2026-06-01T00:00:00Z', endsAt: '2026-06-30T23:59:59-07:00' },
    });
    expect(diagnostics.map(brief)).toEqual([{ ruleId: 'date/assumed-utc', severity: 'info', kind: 'enriched', pointer: '/variants/0/saleStartsAt' }]);
  });
});

describe('resolveProduct: a 2×2 color × size product', () => {
  it('is a group varying by color and size, with composed titles', () => {
    const { product, diagnostics } = run(tee());
    expect(product?.isGroup).toBe(true);
    expect(product?.variesBy).toEqual(['color', 'size']);
    expect(product?.variants.map((v) => v.title)).toEqual(['Trail Tee - Black / S', 'Trail Tee - Black / M', 'Trail Tee - Red / S', 'Trail Tee - Red / M']);
    expect(product?.variants.map((v) => [v.color, v.size, v.gender, v.ageGroup, v.material])).toEqual([
      ['Black', 'S', 'unisex', 'adult', 'Organic cotton'],
      ['Black', 'M', 'unisex', 'adult', 'Organic cotton'],
      ['Red', 'S', 'unisex', 'adult', 'Organic cotton'],
      ['Red', 'M', 'unisex', 'adult', 'Organic cotton'],
    ]);
    expect(diagnostics.map(brief)).toEqual([{ ruleId: 'variant/title-composed', severity: 'info', kind: 'enriched', pointer: '/variants' }]);
  });

  it("lists each variant's images before the product's, without repeats", () => {
    const { product } = run(tee());
    expect(product?.images).toEqual(['https://shop.example/images/tee-1.jpg', 'https://shop.example/images/tee-2.jpg']);
    expect(product?.variants.map((v) => v.images)).toEqual([
      ['https://shop.example/images/tee-black.jpg', 'https://shop.example/images/tee-1.jpg', 'https://shop.example/images/tee-2.jpg'],
      ['https://shop.example/images/tee-black.jpg', 'https://shop.example/images/tee-1.jpg', 'https://shop.example/images/tee-2.jpg'],
      ['https://shop.example/images/tee-red.jpg', 'https://shop.example/images/tee-1.jpg', 'https://shop.example/images/tee-2.jpg'],
      ['https://shop.example/images/tee-1.jpg', 'https://shop.example/images/tee-2.jpg'],
    ]);
  });

  it('keeps a title the variant states', () => {
    const record = tee();
    record.variants[0] = { ...record.variants[0]!, title: 'Trail Tee in Black, Small' };
    const { product } = run(record);
    expect(product?.variants.map((v) => v.title)).toEqual(['Trail Tee in Black, Small', 'Trail Tee - Black / M', 'Trail Tee - Red / S', 'Trail Tee - Red / M']);
  });

  it('reports variants that cannot be told apart', () => {
    const record = tee();
    record.variants[3] = { ...record.variants[3]!, color: 'Black', size: 'S' };
    const { product, diagnostics } = run(record);
    expect(withRule(diagnostics, 'variant/indistinct')).toEqual([{ ruleId: 'variant/indistinct', severity: 'warning', kind: 'problem', pointer: '/variants/3' }]);
    expect(diagnostics.find((d) => d.ruleId === 'variant/indistinct')?.variantId).toBe('TEE-RED-M');
    expect(product?.variants).toHaveLength(4);
  });
});

describe('resolveProduct: URLs', () => {
  it('resolves relative URLs against the shop URL and reports each', () => {
    const record = simple({ url: '/products/campfire-mug', images: ['images/mug-1.jpg', '//cdn.example/mug-2.jpg'] });
    record.variants[0] = { ...record.variants[0]!, url: '/products/campfire-mug?variant=12', images: ['/images/mug-12.jpg'] };
    const { product, diagnostics } = run(record);
    expect(product?.url).toBe('https://shop.example/products/campfire-mug');
    expect(product?.images).toEqual(['https://shop.example/images/mug-1.jpg', 'https://cdn.example/mug-2.jpg']);
    expect(product?.variants[0]?.url).toBe('https://shop.example/products/campfire-mug?variant=12');
    expect(product?.variants[0]?.images).toEqual(['https://shop.example/images/mug-12.jpg', 'https://shop.example/images/mug-1.jpg', 'https://cdn.example/mug-2.jpg']);
    expect(withRule(diagnostics, 'url/resolved')).toEqual(
      ['/url', '/images/0', '/images/1', '/variants/0/url', '/variants/0/images/0'].map((pointer) => ({ ruleId: 'url/resolved', severity: 'info', kind: 'enriched', pointer })),
    );
  });

  it('an unusable product URL leaves the product out with an error', () => {
    const { product, diagnostics, scope } = run(simple({ url: 'ftp://shop.example/products/campfire-mug' }));
    expect(product).toBeUndefined();
    expect(withRule(diagnostics, 'url/invalid')).toEqual([{ ruleId: 'url/invalid', severity: 'error', kind: 'problem', pointer: '/url' }]);
    expect(scope.productExcluded).toBe(true);
  });

  it('an unusable image is dropped with a warning; the product stays', () => {
    const { product, diagnostics } = run(simple({ images: ['https://shop.example/images/mug-1.jpg', 'javascript:alert(1)', 'https://shop.example/images/mug-2.jpg'] }));
    expect(product?.images).toEqual(['https://shop.example/images/mug-1.jpg', 'https://shop.example/images/mug-2.jpg']);
    expect(diagnostics.map(brief)).toEqual([{ ruleId: 'url/invalid', severity: 'warning', kind: 'problem', pointer: '/images/1' }]);
  });

  it("an unusable variant URL is dropped with a warning; the variant uses the product's", () => {
    const record = simple();
    record.variants[0] = { ...record.variants[0]!, url: 'mailto:help@shop.example' };
    const { product, diagnostics } = run(record);
    expect(product?.variants[0]?.url).toBe('https://shop.example/products/campfire-mug');
    expect(diagnostics.map(brief)).toEqual([{ ruleId: 'url/invalid', severity: 'warning', kind: 'problem', pointer: '/variants/0/url' }]);
    expect(diagnostics[0]?.variantId).toBe('AP-MUG-12');
  });

  it('the same image written twice is listed once', () => {
    const { product } = run(simple({ images: ['/images/mug-1.jpg', 'https://shop.example/images/mug-1.jpg'] }));
    expect(product?.images).toEqual(['https://shop.example/images/mug-1.jpg']);
  });
});

describe('resolveProduct: variants left out', () => {
  it('a variant priced "0" is left out while its siblings stay', () => {
    const record = tee();
    record.variants[1] = { ...record.variants[1]!, price: '0' };
    const { product, diagnostics, scope } = run(record);
    expect(product?.variants.map((v) => v.id)).toEqual(['TEE-BLK-S', 'TEE-RED-S', 'TEE-RED-M']);
    expect(withRule(diagnostics, 'price/not-positive')).toEqual([{ ruleId: 'price/not-positive', severity: 'error', kind: 'problem', pointer: '/variants/1/price' }]);
    expect(diagnostics.find((d) => d.ruleId === 'price/not-positive')?.variantId).toBe('TEE-BLK-M');
    expect(scope.productExcluded).toBe(false);
    expect([...scope.excludedVariants]).toEqual([1]);
  });

  it('a variant without availability or stock is left out', () => {
    const record = tee();
    const { availability: _, ...noAvailability } = record.variants[2]!;
    record.variants[2] = noAvailability;
    const { product, diagnostics } = run(record);
    expect(product?.variants.map((v) => v.id)).toEqual(['TEE-BLK-S', 'TEE-BLK-M', 'TEE-RED-M']);
    expect(withRule(diagnostics, 'availability/missing')).toEqual([{ ruleId: 'availability/missing', severity: 'error', kind: 'problem', pointer: '/variants/2/availability' }]);
  });

  it.each<[string, string, string]>([
    ['a zero sale price', '0.00', 'price/not-positive'],
    ['a sale price too precise for USD', '19.995', 'price/too-precise'],
  ])('%s drops the sale with a warning; the variant stays at its regular price', (_, salePrice, ruleId) => {
    const record = tee();
    record.variants[1] = { ...record.variants[1]!, salePrice };
    const { product, diagnostics, scope } = run(record);
    expect(product?.variants.map((v) => v.id)).toEqual(['TEE-BLK-S', 'TEE-BLK-M', 'TEE-RED-S', 'TEE-RED-M']);
    expect(product?.variants[1]).not.toHaveProperty('sale');
    expect(product?.variants[1]?.currentPrice).toEqual({ minor: 2400, currency: 'USD' });
    expect(withRule(diagnostics, ruleId)).toEqual([{ ruleId, severity: 'warning', kind: 'problem', pointer: '/variants/1/salePrice' }]);
    expect(scope.excludedVariants.size).toBe(0);
  });

  it('a product whose every variant is left out is left out', () => {
    const { product } = run(simple({ variants: [variant('AP-MUG-12', { price: '0.00' })] }));
    expect(product).toBeUndefined();
  });

  it('a variant left out by schema validation is not resolved', () => {
    const record = tee();
    const scope = new ProductScope(record.id, ORIGIN);
    scope.adopt([{ ruleId: 'schema/decimal', severity: 'error', kind: 'problem', message: 'x', pointer: '/variants/0/price' }]);
    const product = resolveProduct(record, scope, CTX);
    expect(product?.variants.map((v) => v.id)).toEqual(['TEE-BLK-M', 'TEE-RED-S', 'TEE-RED-M']);
  });

  it('availability derived from stock is reported on the variant', () => {
    const record = simple({ variants: [{ id: 'AP-MUG-12', price: '24.00', mpn: 'M', stockQuantity: 0, backorderPolicy: 'allow', availabilityDate: '2026-07-01' }] });
    const { product, diagnostics } = run(record);
    expect(product?.variants[0]).toMatchObject({ availability: 'backorder', availabilityDate: '2026-07-01T00:00:00Z', stockQuantity: 0 });
    expect(diagnostics.map(brief)).toEqual([
      { ruleId: 'availability/derived', severity: 'info', kind: 'enriched', pointer: '/variants/0/availability' },
      { ruleId: 'date/assumed-utc', severity: 'info', kind: 'enriched', pointer: '/variants/0/availabilityDate' },
    ]);
  });
});

describe('resolveProduct: text', () => {
  it('an HTML description becomes text, and the HTML is kept', () => {
    const html = '<p>Double-walled enamel.</p><ul><li>12 oz</li><li>Camp-stove safe</li></ul>';
    const { product, diagnostics } = run(simple({ description: html }));
    expect(product?.descriptionHtml).toBe(html);
    expect(product?.description).toContain('Double-walled enamel.');
    expect(product?.description).toContain('Camp-stove safe');
    expect(product?.description).not.toContain('<');
    expect(diagnostics.map(brief)).toEqual([{ ruleId: 'description/html-to-text', severity: 'info', kind: 'enriched', pointer: '/description' }]);
  });

  it('HTML that could run is removed from the kept HTML, with a warning; the text is unchanged', () => {
    const { product, diagnostics } = run(simple({ description: '<p onclick="x()">Enamel mug.</p><script>alert(1)</script>' }));
    expect(product?.descriptionHtml).toBe('<p>Enamel mug.</p>');
    expect(product?.description).toBe('Enamel mug.');
    expect(diagnostics.map(brief)).toEqual([
      { ruleId: 'description/html-to-text', severity: 'info', kind: 'enriched', pointer: '/description' },
      { ruleId: 'description/html-sanitized', severity: 'warning', kind: 'enriched', pointer: '/description' },
    ]);
  });

  it('works out the unit price once from the current price, or reports why it cannot', () => {
    const perPint = run(simple({ variants: [variant('M-1', { price: '10.00', unitPricing: { measure: { value: 1, unit: 'qt' }, baseMeasure: { value: 1, unit: 'pt' } } })] }));
    expect(perPint.product?.variants[0]?.unitPrice).toEqual({ price: { minor: 500, currency: 'USD' }, measure: { value: 1, unit: 'qt' }, reference: { value: 1, unit: 'pt' } });
    expect(withRule(perPint.diagnostics, 'price/unit-price-not-computable')).toEqual([]);
    const acrossSystems = run(simple({ variants: [variant('M-1', { unitPricing: { measure: { value: 12, unit: 'floz' }, baseMeasure: { value: 100, unit: 'ml' } } })] }));
    expect(acrossSystems.product?.variants[0]?.unitPrice).toBeUndefined();
    expect(withRule(acrossSystems.diagnostics, 'price/unit-price-not-computable')).toEqual([{ ruleId: 'price/unit-price-not-computable', severity: 'warning', kind: 'problem', pointer: '/variants/0/unitPricing' }]);
  });

  it('a plain description is kept, without HTML', () => {
    const { product, diagnostics } = run(simple({ description: 'Double-walled enamel.\nCamp-stove safe.' }));
    expect(product?.description).toBe('Double-walled enamel.\nCamp-stove safe.');
    expect(product).not.toHaveProperty('descriptionHtml');
    expect(diagnostics).toEqual([]);
  });

  it('control characters in the title are removed and reported once, however many variants use it', () => {
    const { product, diagnostics } = run(tee({ title: 'Trail\u0007 Tee\u0000' }));
    expect(product?.title).toBe('Trail Tee');
    expect(product?.variants.map((v) => v.title)).toEqual(['Trail Tee - Black / S', 'Trail Tee - Black / M', 'Trail Tee - Red / S', 'Trail Tee - Red / M']);
    expect(withRule(diagnostics, 'text/control-characters')).toEqual([{ ruleId: 'text/control-characters', severity: 'warning', kind: 'enriched', pointer: '/title' }]);
  });

  // U+FFFD is what a UTF-8 decoder puts in place of bytes that are not UTF-8 (a Latin-1 "é" in a file read as UTF-8).
  it.each<[string, (p: Product) => Product, string, string | undefined]>([
    ['the title', (p) => ({ ...p, title: 'Caf\uFFFD Mug' }), '/title', undefined],
    ['the description', (p) => ({ ...p, description: 'Enamel\uFFFD mug\uFFFD\uFFFD' }), '/description', undefined],
    ['an HTML description', (p) => ({ ...p, description: '<p>Enamel\uFFFD mug</p>' }), '/description', undefined],
    ['the brand', (p) => ({ ...p, brand: 'Alder \uFFFD Pine' }), '/brand', undefined],
    ['the product id', (p) => ({ ...p, id: 'mug-caf\uFFFD' }), '/id', undefined],
    ['a variant id', (p) => ({ ...p, variants: [variant('MUG-\uFFFD')] }), '/variants/0/id', 'MUG-\uFFFD'],
    ['a SKU', (p) => ({ ...p, variants: [variant('MUG-1', { sku: 'S\uFFFD' })] }), '/variants/0/sku', 'MUG-1'],
    ['a variant color', (p) => ({ ...p, variants: [variant('MUG-1', { color: 'Cr\uFFFDme' })] }), '/variants/0/color', 'MUG-1'],
  ])('a replacement character in %s is kept and reported as a warning', (_, edit, pointer, variantId) => {
    const { product, diagnostics } = run(edit(simple()));
    expect(product).toBeDefined();
    expect(withRule(diagnostics, 'text/replacement-character')).toEqual([{ ruleId: 'text/replacement-character', severity: 'warning', kind: 'problem', pointer }]);
    expect(diagnostics.find((d) => d.ruleId === 'text/replacement-character')?.variantId).toBe(variantId);
  });

  it('a text without a replacement character is not reported', () => {
    expect(withRule(run(simple({ title: 'Café Mug ☕ 🏕️' })).diagnostics, 'text/replacement-character')).toEqual([]);
  });

  it('control characters in a product-level material are reported once, not once per variant', () => {
    const { product, diagnostics } = run(tee({ material: 'Organic\u0007 cotton' }));
    expect(product?.variants.map((v) => v.material)).toEqual(['Organic cotton', 'Organic cotton', 'Organic cotton', 'Organic cotton']);
    expect(withRule(diagnostics, 'text/control-characters')).toEqual([{ ruleId: 'text/control-characters', severity: 'warning', kind: 'enriched', pointer: '/material' }]);
  });

  it('line breaks in a variant color are folded and reported on the variant', () => {
    const record = tee();
    record.variants[0] = { ...record.variants[0]!, color: 'Black\n' };
    record.variants[1] = { ...record.variants[1]!, color: 'Black' };
    const { product, diagnostics } = run(record);
    expect(product?.variants[0]?.color).toBe('Black');
    expect(withRule(diagnostics, 'text/whitespace')).toEqual([]);
    // "Black\n" only loses trailing white space: nothing was folded. A break inside is folded and reported.
    record.variants[0] = { ...record.variants[0]!, color: 'Jet\nBlack' };
    const second = run(record);
    expect(second.product?.variants[0]?.color).toBe('Jet Black');
    expect(withRule(second.diagnostics, 'text/whitespace')).toEqual([{ ruleId: 'text/whitespace', severity: 'info', kind: 'enriched', pointer: '/variants/0/color' }]);
  });

  it('the product type is split into levels', () => {
    const { product } = run(simple({ productType: 'Home > Kitchen >  Mugs ' }));
    expect(product?.productType).toEqual(['Home', 'Kitchen', 'Mugs']);
  });
});

describe('resolveProduct: identifiers', () => {
  it.each<[string, Partial<Product>, Partial<Variant>, boolean]>([
    ['a GTIN', { brand: undefined }, { gtin: '5012345678900' }, true],
    ['a brand and an MPN', {}, { mpn: 'MUG-12' }, true],
    ['a brand without an MPN', {}, {}, false],
    ['an MPN without a brand', { brand: undefined }, { mpn: 'MUG-12' }, false],
    ['an invalid GTIN and no MPN', {}, { gtin: '5012345678901' }, false],
  ])('%s', (_, productOver, variantOver, exists) => {
    const record = simple({ ...productOver, variants: [variant('AP-MUG-12', variantOver)] });
    if (productOver.brand === undefined && 'brand' in productOver) delete record.brand;
    const { product, diagnostics } = run(record);
    expect(product?.variants[0]?.identifierExists).toBe(exists);
    expect(withRule(diagnostics, 'identifier/none')).toEqual(exists ? [] : [{ ruleId: 'identifier/none', severity: 'info', kind: 'problem', pointer: '/variants/0' }]);
    if (!exists) expect(diagnostics.find((d) => d.ruleId === 'identifier/none')?.variantId).toBe('AP-MUG-12');
  });

  it('a GTIN with separators is normalized and reported; an invalid one is left out and reported', () => {
    const record = tee();
    record.variants[0] = { ...record.variants[0]!, gtin: '5 012345 678900' };
    record.variants[1] = { ...record.variants[1]!, gtin: '5012345678901' };
    const { product, diagnostics } = run(record);
    expect(product?.variants[0]?.gtin).toBe('5012345678900');
    expect(product?.variants[1]).not.toHaveProperty('gtin');
    expect(diagnostics.filter((d) => d.ruleId.startsWith('gtin/')).map(brief)).toEqual([
      { ruleId: 'gtin/normalized', severity: 'info', kind: 'enriched', pointer: '/variants/0/gtin' },
      { ruleId: 'gtin/check-digit', severity: 'warning', kind: 'problem', pointer: '/variants/1/gtin' },
    ]);
  });
});

describe('resolveProduct: category', () => {
  it.each<[boolean, string, number | undefined]>([
    [false, 'category/suggested', undefined],
    [true, 'category/suggestion-applied', 209],
  ])('applySuggestedCategories %s → %s', (apply, ruleId, id) => {
    const ctx: EnrichContext = { config: { ...config, enrich: { applySuggestedCategories: apply } }, nowMs: NOW };
    const record = simple({ title: "Men's Merino Wool Crew Socks" });
    delete record.googleProductCategory;
    const { product, diagnostics } = run(record, ctx);
    expect(product?.googleCategory?.id).toBe(id);
    expect(diagnostics.map((d) => [d.ruleId, d.pointer])).toEqual([[ruleId, '/googleProductCategory']]);
  });

  it('an unknown category is left out with a warning; the product stays', () => {
    const { product, diagnostics } = run(simple({ googleProductCategory: 99999999 }));
    expect(product).toBeDefined();
    expect(product).not.toHaveProperty('googleCategory');
    expect(diagnostics.map(brief)).toEqual([{ ruleId: 'category/unknown', severity: 'warning', kind: 'problem', pointer: '/googleProductCategory' }]);
  });
});

describe('resolveProduct: every diagnostic names its subject', () => {
  it('productId and origin always, variantId when it is about a variant', () => {
    const record = tee({
      title: 'Trail\u0007 Tee',
      url: '/products/trail-tee',
      description: '<p>Soft &amp; light.</p>',
      images: ['/images/tee-1.jpg', 'ftp://shop.example/tee.jpg'],
    });
    record.variants[0] = { ...record.variants[0]!, price: '0' };
    record.variants[1] = { ...record.variants[1]!, gtin: '501-234-567-8900', color: 'Black\u0001' };
    const { id: _, mpn: __, availability: ___, ...bare } = record.variants[2]!;
    record.variants[2] = { ...bare, id: 'TEE-RED-S', stockQuantity: 3, saleStartsAt: '2026-06-01', salePrice: '20.00' };
    const { product, diagnostics } = run(record);
    expect(product?.variants.map((v) => v.id)).toEqual(['TEE-BLK-M', 'TEE-RED-S', 'TEE-RED-M']);
    expect(diagnostics.length).toBeGreaterThan(8);
    for (const d of diagnostics) {
      expect(d.productId).toBe('ap-trail-tee');
      expect(d.origin).toEqual(ORIGIN);
      expect(d.pointer).toBeTypeOf('string');
      const match = /^\/variants\/(\d+)(?:\/|$)/.exec(d.pointer!);
      if (match) expect(d.variantId).toBe(record.variants[Number(match[1])]!.id);
      else expect(d.variantId).toBeUndefined();
    }
    const rules = new Set(diagnostics.map((d) => d.ruleId));
    for (const id of [
      'text/control-characters',
      'url/resolved',
      'url/invalid',
      'description/html-to-text',
      'price/not-positive',
      'gtin/normalized',
      'availability/derived',
      'date/assumed-utc',
      'identifier/none',
      'variant/title-composed',
    ]) {
      expect(rules).toContain(id);
    }
  });
});
