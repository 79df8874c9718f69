import { readFileSync } from 'node:fs';
import type { ErrorObject } from 'ajv';
import { describe, expect, it } from 'vitest';
import type { Diagnostic, Subject } from '../model/diagnostic.js';
import { ajvErrorsToDiagnostics } from './ajv-to-diagnostic.js';
import { checkProductSchema, subjectAt } from './product-schema.js';

const ORIGIN = { file: 'catalog.json', line: 2 };
const BASE: Subject = { origin: ORIGIN };

/** A record shaped like the demo shop's, using most of the model. */
const demoLike = (): Record<string, unknown> => ({
  id: 'ap-summit-down-jacket',
  title: "Summit 800-Fill Down Jacket - Men's",
  description: '<p>Our warmest packable layer.</p>',
  url: 'https://alder-and-pine.example/products/summit-down-jacket',
  images: ['https://alder-and-pine.example/images/summit-1.jpg', '/images/summit-2.jpg'],
  brand: 'Alder & Pine',
  condition: 'new',
  googleProductCategory: 5598,
  productType: 'Apparel > Men > Jackets',
  currency: 'USD',
  isDigital: false,
  gender: 'male',
  ageGroup: 'adult',
  material: 'Nylon ripstop shell, 800-fill goose down',
  pattern: 'Solid',
  sizeSystem: 'US',
  variants: [
    {
      id: 'AP-SDJ-BLK-S',
      sku: 'SDJ-BLK-S',
      url: 'https://alder-and-pine.example/products/summit-down-jacket?variant=AP-SDJ-BLK-S',
      images: ['https://alder-and-pine.example/images/summit-black-1.jpg'],
      gtin: '5012345678900',
      mpn: 'SDJ-BLK-S',
      color: 'Black',
      size: 'S',
      price: '229.00',
      salePrice: 179,
      saleStartsAt: '2026-11-20T00:00:00-05:00',
      saleEndsAt: '2026-12-02',
      availability: 'in_stock',
      stockQuantity: 12,
      backorderPolicy: 'deny',
      weight: { value: 13.6, unit: 'oz' },
      dimensions: { length: 30, width: 20, height: 8, unit: 'cm' },
      options: { Fit: 'Regular' },
    },
    {
      id: 'AP-SDJ-BLK-M',
      color: 'Black',
      size: 'M',
      price: 229,
      availability: 'preorder',
      availabilityDate: '2026-12-18T00:00:00Z',
      unitPricing: { measure: { value: 1, unit: 'item' }, baseMeasure: { value: 1, unit: 'item' } },
    },
  ],
});

/** Sets a value at a simple path (`variants.0.price`) in a fresh demo-like record; `undefined` deletes it. */
function recordWith(path: string, value: unknown): Record<string, unknown> {
  const record = demoLike();
  const keys = path.split('.');
  let target = record as Record<string, unknown>;
  for (const key of keys.slice(0, -1)) target = target[key] as Record<string, unknown>;
  const last = keys.at(-1)!;
  if (value === undefined) delete target[last];
  else target[last] = value;
  return record;
}

const brief = (d: Diagnostic) => ({ ruleId: d.ruleId, severity: d.severity, kind: d.kind, pointer: d.pointer });

describe('checkProductSchema: valid records', () => {
  it('a demo-like record has no diagnostics', () => {
    expect(checkProductSchema(demoLike(), BASE)).toEqual([]);
  });

  it('a minimal record has no diagnostics', () => {
    expect(checkProductSchema({ id: 'p', title: 'T', url: '/p', variants: [{ id: 'v', price: '1' }] }, BASE)).toEqual([]);
  });

  it.each([
    ['a googleProductCategory path', 'googleProductCategory', 'Apparel & Accessories > Clothing'],
    ['a price with a zero fraction', 'variants.0.price', '15.000'],
    ['a whole price string', 'variants.0.price', '15'],
    ['a zero price (a business rule, not a schema one)', 'variants.0.price', '0'],
    ['a negative stock quantity', 'variants.0.stockQuantity', -2],
    ['a date-time with an offset', 'variants.0.saleStartsAt', '2026-11-20T09:00:00+09:00'],
    ['a UTC date-time', 'variants.0.saleStartsAt', '2026-11-20T09:00:00Z'],
    ['a relative URL', 'url', '/products/summit'],
  ])('%s', (_, path, value) => {
    expect(checkProductSchema(recordWith(path, value), BASE)).toEqual([]);
  });

  describe.each([
    ['examples/demo-shop/catalog.json'],
    ['examples/demo-shop/jp/catalog.json'],
  ])('%s', (file) => {
    const catalog = JSON.parse(readFileSync(new URL(`../../${file}`, import.meta.url), 'utf8')) as { products: Array<{ id: string }> };
    it('has products', () => {
      expect(catalog.products.length).toBeGreaterThan(0);
    });
    it.each(catalog.products.map((p) => [p.id, p] as const))('%s is valid', (_, product) => {
      expect(checkProductSchema(product, BASE)).toEqual([]);
    });
  });
});

describe('checkProductSchema: one finding per failing location', () => {
  it.each<[string, string, unknown, string, string]>([
    ['a missing title', 'title', undefined, 'schema/required', '/title'],
    ['a missing url', 'url', undefined, 'schema/required', '/url'],
    ['a missing variants list', 'variants', undefined, 'schema/required', '/variants'],
    ['a missing variant price', 'variants.1.price', undefined, 'schema/required', '/variants/1/price'],
    ['a missing variant id', 'variants.0.id', undefined, 'schema/required', '/variants/0/id'],
    ['a missing weight unit', 'variants.0.weight', { value: 1 }, 'schema/required', '/variants/0/weight/unit'],
    ['price "abc"', 'variants.0.price', 'abc', 'schema/decimal', '/variants/0/price'],
    ['price "-5"', 'variants.0.price', '-5', 'schema/decimal', '/variants/0/price'],
    ['price -5', 'variants.0.price', -5, 'schema/decimal', '/variants/0/price'],
    ['price "1,000.00"', 'variants.0.price', '1,000.00', 'schema/decimal', '/variants/0/price'],
    ['price "15.00 USD"', 'variants.0.price', '15.00 USD', 'schema/decimal', '/variants/0/price'],
    ['price ".5"', 'variants.0.price', '.5', 'schema/decimal', '/variants/0/price'],
    ['price null', 'variants.0.price', null, 'schema/decimal', '/variants/0/price'],
    ['sale price "abc"', 'variants.0.salePrice', 'abc', 'schema/decimal', '/variants/0/salePrice'],
    ['a date "yesterday"', 'variants.0.saleStartsAt', 'yesterday', 'schema/date-time', '/variants/0/saleStartsAt'],
    ['a date-time without an offset', 'variants.0.saleEndsAt', '2026-12-02T10:00:00', 'schema/date-time', '/variants/0/saleEndsAt'],
    ['a date as a number', 'variants.1.availabilityDate', 20261218, 'schema/date-time', '/variants/1/availabilityDate'],
    ['an unknown condition', 'condition', 'mint', 'schema/enum', '/condition'],
    ['an unknown availability', 'variants.0.availability', 'available', 'schema/enum', '/variants/0/availability'],
    ['an unknown weight unit', 'variants.0.weight', { value: 1, unit: 'stone' }, 'schema/enum', '/variants/0/weight/unit'],
    ['a title that is a number', 'title', 42, 'schema/type', '/title'],
    ['isDigital as a string', 'isDigital', 'yes', 'schema/type', '/isDigital'],
    ['a fractional stock quantity', 'variants.0.stockQuantity', 2.5, 'schema/type', '/variants/0/stockQuantity'],
    ['images as a string', 'images', 'https://x.example/a.jpg', 'schema/type', '/images'],
    ['empty variants', 'variants', [], 'schema/min-items', '/variants'],
    ['an id with a leading space', 'id', ' ap-summit', 'schema/pattern', '/id'],
    ['a variant id with a trailing tab', 'variants.0.id', 'AP-SDJ\t', 'schema/pattern', '/variants/0/id'],
    ['a lower-case currency', 'currency', 'usd', 'schema/pattern', '/currency'],
    ['a blank brand', 'brand', '   ', 'schema/pattern', '/brand'],
    ['an empty id', 'id', '', 'schema/min-length', '/id'],
    ['a URL with a space', 'url', 'https://exa mple.com/a b', 'schema/format', '/url'],
    ['a zero weight', 'variants.0.weight', { value: 0, unit: 'oz' }, 'schema/minimum', '/variants/0/weight/value'],
  ])('%s', (_, path, value, ruleId, pointer) => {
    const diagnostics = checkProductSchema(recordWith(path, value), BASE);
    expect(diagnostics.map(brief)).toEqual([{ ruleId, severity: 'error', kind: 'problem', pointer }]);
  });

  it('an unknown property → schema/additional-property, once per property', () => {
    const record = demoLike();
    record.colour = 'Black';
    record.sku = 'X';
    const diagnostics = checkProductSchema(record, BASE);
    expect(diagnostics.map((d) => d.ruleId)).toEqual(['schema/additional-property', 'schema/additional-property']);
    expect(diagnostics.map((d) => d.actual).sort()).toEqual(['colour', 'sku']);
    // The pointer names the unknown property itself.
    expect(diagnostics.map((d) => d.pointer).sort()).toEqual(['/colour', '/sku']);
  });

  it('an unknown property in a variant is about that variant', () => {
    const record = recordWith('variants.1.colour', 'Black');
    const diagnostics = checkProductSchema(record, BASE);
    expect(diagnostics.map((d) => [d.ruleId, d.variantId, d.actual])).toEqual([['schema/additional-property', 'AP-SDJ-BLK-M', 'colour']]);
    expect(diagnostics[0]?.pointer).toBe('/variants/1/colour');
  });

  it('every problem of a record is reported at once', () => {
    const record = demoLike();
    delete record.title;
    record.condition = 'mint';
    (record.variants as Array<Record<string, unknown>>)[1]!.price = 'abc';
    const diagnostics = checkProductSchema(record, BASE);
    expect(diagnostics.map(brief)).toEqual(
      expect.arrayContaining([
        { ruleId: 'schema/required', severity: 'error', kind: 'problem', pointer: '/title' },
        { ruleId: 'schema/enum', severity: 'error', kind: 'problem', pointer: '/condition' },
        { ruleId: 'schema/decimal', severity: 'error', kind: 'problem', pointer: '/variants/1/price' },
      ]),
    );
    expect(diagnostics).toHaveLength(3);
  });

  it('two missing properties of one object are two findings', () => {
    const record = demoLike();
    (record.variants as unknown[])[0] = {};
    expect(checkProductSchema(record, BASE).map((d) => d.pointer).sort()).toEqual(['/variants/0/id', '/variants/0/price']);
  });

  it('a record that is not an object → schema/type at the root', () => {
    expect(checkProductSchema([], BASE).map(brief)).toEqual([{ ruleId: 'schema/type', severity: 'error', kind: 'problem', pointer: '' }]);
  });
});

describe('checkProductSchema: values the report cannot write as they are', () => {
  const DEPTH = 10_000;
  const deepArray = (): unknown => JSON.parse(`${'['.repeat(DEPTH)}"x"${']'.repeat(DEPTH)}`);
  const deepObject = (): unknown => JSON.parse(`${'{"a":'.repeat(DEPTH)}1${'}'.repeat(DEPTH)}`);

  // JSON.stringify recurses and overflows the stack on a value nested 10,000 levels deep, which JSON.parse
  // reads; 1e400 is valid JSON that parses to Infinity, which JSON.stringify writes as null.
  it.each<[string, string, () => unknown, string, string, RegExp]>([
    ['a price nested 10,000 levels deep', 'variants.0.price', deepArray, 'schema/decimal', '/variants/0/price', /^An array nested more than 32 levels deep is not a price/],
    ['a date nested 10,000 levels deep', 'variants.0.saleStartsAt', deepObject, 'schema/date-time', '/variants/0/saleStartsAt', /^An object nested more than 32 levels deep is not a date/],
    ['a condition nested 10,000 levels deep', 'condition', deepArray, 'schema/enum', '/condition', /^An array nested more than 32 levels deep is not one of/],
    ['an option value nested 10,000 levels deep', 'variants.0.options', () => ({ Fit: deepArray() }), 'schema/type', '/variants/0/options/Fit', /^Must be of type string/],
    ['a price of 1e400', 'variants.0.price', () => JSON.parse('1e400'), 'schema/decimal', '/variants/0/price', /^Infinity \(a number beyond the largest double, such as 1e400\) is not a price/],
    ['a stock quantity of 1e400', 'variants.0.stockQuantity', () => JSON.parse('1e400'), 'schema/type', '/variants/0/stockQuantity', /^Must be of type integer: Infinity/],
    ['a weight of -1e400', 'variants.0.weight', () => ({ value: JSON.parse('-1e400'), unit: 'oz' }), 'schema/type', '/variants/0/weight/value', /^Must be of type number: -Infinity/],
  ])('%s is one finding the report can write', (_, path, value, ruleId, pointer, message) => {
    const diagnostics = checkProductSchema(recordWith(path, value()), BASE);
    expect(diagnostics.map(brief)).toEqual([{ ruleId, severity: 'error', kind: 'problem', pointer }]);
    expect(diagnostics[0]!.message).toMatch(message);
    const written = JSON.parse(JSON.stringify(diagnostics[0])) as Diagnostic;
    expect(written.actual ?? null).not.toBeNull();
  });

  it('names a non-finite number by its value, not as null', () => {
    const [price] = checkProductSchema(recordWith('variants.0.price', JSON.parse('1e400')), BASE);
    expect(price?.actual).toBe('Infinity');
    const [stock] = checkProductSchema(recordWith('variants.0.stockQuantity', JSON.parse('1e400')), BASE);
    expect(stock?.actual).toBe('Infinity');
  });

  it('still shows a shallow value as JSON', () => {
    const [price] = checkProductSchema(recordWith('variants.0.price', { amount: '15.00' }), BASE);
    expect(price?.message).toMatch(/^\{"amount":"15.00"\} is not a price/);
    expect(price?.actual).toEqual({ amount: '15.00' });
  });
});

describe('checkProductSchema: characters no output can carry in an id', () => {
  // A lone surrogate has no UTF-8 encoding and U+FFFE/U+FFFF are outside XML 1.0's Char production; an id
  // goes unchanged into every output, so such an id is refused (schema/identifier-characters).
  it.each<[string, string, unknown, string, string | undefined]>([
    ['a product id with a lone high surrogate', 'id', 'tent-\ud800', '/id', undefined],
    ['a product id with a lone low surrogate', 'id', '\udfff-tent', '/id', undefined],
    ['a variant id with a lone surrogate', 'variants.0.id', 'AP-\ud83c-1', '/variants/0/id', 'AP-\ud83c-1'],
    ['a SKU with U+FFFE', 'variants.1.sku', 'SKU\ufffe', '/variants/1/sku', 'AP-SDJ-BLK-M'],
    ['a slug with U+FFFF', 'slug', 'summit\uffff', '/slug', undefined],
    ['a platform id with a lone surrogate', 'platformId', '17\ud800', '/platformId', undefined],
  ])('%s → schema/identifier-characters', (_, path, value, pointer, variantId) => {
    const diagnostics = checkProductSchema(recordWith(path, value), BASE);
    expect(diagnostics.map(brief)).toEqual([{ ruleId: 'schema/identifier-characters', severity: 'error', kind: 'problem', pointer }]);
    expect(diagnostics[0]?.variantId).toBe(variantId);
    expect(diagnostics[0]?.actual).toBe(value);
    // The report writes the lone surrogate as a \u escape, so the finding itself is well-formed JSON.
    expect(JSON.parse(JSON.stringify(diagnostics[0])).actual).toBe(value);
  });

  it.each([
    ['an emoji (a surrogate pair)', 'variants.0.id', 'TENT-\ud83c\udfd5'],
    ['a C1 control, which XML allows (the Microsoft channel refuses it on its own)', 'variants.0.id', 'PLATE\u0085-1'],
    ['a private-use character', 'variants.0.sku', 'SKU-\ue000'],
  ])('%s is not this rule\'s', (_, path, value) => {
    expect(checkProductSchema(recordWith(path, value), BASE)).toEqual([]);
  });

  it('a control character stays schema/pattern\'s alone', () => {
    const diagnostics = checkProductSchema(recordWith('variants.0.id', 'AP\u0000-\ud800'), BASE);
    expect(diagnostics.map((d) => d.ruleId)).toEqual(['schema/pattern', 'schema/identifier-characters']);
    expect(checkProductSchema(recordWith('variants.0.id', 'AP\u0000-1'), BASE).map((d) => d.ruleId)).toEqual(['schema/pattern']);
  });
});

describe('checkProductSchema: subjects', () => {
  it('every diagnostic carries the origin and the product id', () => {
    const diagnostics = checkProductSchema(recordWith('condition', 'mint'), BASE);
    expect(diagnostics).toEqual([expect.objectContaining({ productId: 'ap-summit-down-jacket', origin: ORIGIN })]);
    expect(diagnostics[0]).not.toHaveProperty('variantId');
  });

  it('a diagnostic under /variants/N names the variant', () => {
    const diagnostics = checkProductSchema(recordWith('variants.1.price', 'abc'), BASE);
    expect(diagnostics).toEqual([expect.objectContaining({ productId: 'ap-summit-down-jacket', variantId: 'AP-SDJ-BLK-M', pointer: '/variants/1/price', origin: ORIGIN })]);
  });

  it('a record whose id is invalid has no productId', () => {
    const diagnostics = checkProductSchema(recordWith('id', 42), BASE);
    expect(diagnostics.map(brief)).toEqual([{ ruleId: 'schema/type', severity: 'error', kind: 'problem', pointer: '/id' }]);
    expect(diagnostics[0]).not.toHaveProperty('productId');
  });

  it('every finding links to its published rule', () => {
    for (const d of checkProductSchema(recordWith('variants.0.price', 'abc'), BASE)) expect(d.url).toMatch(/^https:\/\//);
  });

  it.each<[string, unknown, string, Subject]>([
    ['a product pointer', { id: 'p', variants: [{ id: 'v0' }] }, '/title', { origin: ORIGIN, productId: 'p' }],
    ['the variant itself', { id: 'p', variants: [{ id: 'v0' }, { id: 'v1' }] }, '/variants/1', { origin: ORIGIN, productId: 'p', variantId: 'v1' }],
    ['under a variant', { id: 'p', variants: [{ id: 'v0' }] }, '/variants/0/weight/unit', { origin: ORIGIN, productId: 'p', variantId: 'v0' }],
    ['a variant without an id', { id: 'p', variants: [{}] }, '/variants/0/price', { origin: ORIGIN, productId: 'p' }],
    ['an index past the end', { id: 'p', variants: [] }, '/variants/3', { origin: ORIGIN, productId: 'p' }],
    ['a record without an id', { variants: [{ id: 'v0' }] }, '/variants/0', { origin: ORIGIN, variantId: 'v0' }],
    ['not an object', null, '/variants/0', { origin: ORIGIN }],
    ['variants not an array', { id: 'p', variants: { 0: { id: 'v0' } } }, '/variants/0', { origin: ORIGIN, productId: 'p' }],
  ])('subjectAt: %s', (_, record, at, subject) => {
    expect(subjectAt(record, at, BASE)).toEqual(subject);
  });
});

describe('ajvErrorsToDiagnostics', () => {
  const error = (over: Partial<ErrorObject>): ErrorObject => ({
    keyword: 'type',
    instancePath: '',
    schemaPath: '#/type',
    params: {},
    ...over,
  });
  const subject = (at: string): Subject => ({ origin: ORIGIN, ...(at.startsWith('/variants/0') ? { variantId: 'v0' } : {}) });

  it('the branch failures of a named composite are one finding of its type', () => {
    const errors = [
      error({ keyword: 'pattern', instancePath: '/variants/0/price', schemaPath: '#/$defs/Decimal/oneOf/0/pattern', params: { pattern: '^[0-9]+$' }, data: 'abc' }),
      error({ keyword: 'type', instancePath: '/variants/0/price', schemaPath: '#/$defs/Decimal/oneOf/1/type', params: { type: 'number' }, data: 'abc' }),
      error({ keyword: 'oneOf', instancePath: '/variants/0/price', schemaPath: '#/$defs/Decimal/oneOf', params: { passingSchemas: null }, data: 'abc' }),
    ];
    const diagnostics = ajvErrorsToDiagnostics(errors, subject);
    expect(diagnostics.map(brief)).toEqual([{ ruleId: 'schema/decimal', severity: 'error', kind: 'problem', pointer: '/variants/0/price' }]);
    expect(diagnostics[0]).toMatchObject({ variantId: 'v0', origin: ORIGIN, actual: 'abc' });
  });

  it('an unnamed composite is schema/invalid', () => {
    const errors = [
      error({ keyword: 'type', instancePath: '/googleProductCategory', schemaPath: '#/properties/googleProductCategory/anyOf/1/type', params: { type: 'string' }, data: 0 }),
      error({ keyword: 'minimum', instancePath: '/googleProductCategory', schemaPath: '#/properties/googleProductCategory/anyOf/0/minimum', params: { comparison: '>=', limit: 1 }, data: 0 }),
      error({ keyword: 'anyOf', instancePath: '/googleProductCategory', schemaPath: '#/properties/googleProductCategory/anyOf', params: {}, data: 0 }),
    ];
    expect(ajvErrorsToDiagnostics(errors, subject).map(brief)).toEqual([{ ruleId: 'schema/invalid', severity: 'error', kind: 'problem', pointer: '/googleProductCategory' }]);
  });

  it('a keyword without a rule of its own is schema/invalid', () => {
    const errors = [error({ keyword: 'uniqueItems', instancePath: '/images', schemaPath: '#/properties/images/uniqueItems', params: { i: 0, j: 1 } })];
    expect(ajvErrorsToDiagnostics(errors, subject).map((d) => d.ruleId)).toEqual(['schema/invalid']);
  });

  it('the missing property is part of the pointer, escaped as RFC 6901 asks', () => {
    const errors = [error({ keyword: 'required', instancePath: '/variants/0/options', schemaPath: '#/required', params: { missingProperty: 'a/b~c' } })];
    expect(ajvErrorsToDiagnostics(errors, subject).map(brief)).toEqual([
      { ruleId: 'schema/required', severity: 'error', kind: 'problem', pointer: '/variants/0/options/a~1b~0c' },
    ]);
  });

  it('the subject is asked for the pointer of the finding', () => {
    const asked: string[] = [];
    ajvErrorsToDiagnostics([error({ keyword: 'required', instancePath: '/variants/0', params: { missingProperty: 'price' } })], (at) => {
      asked.push(at);
      return { origin: ORIGIN };
    });
    expect(asked).toEqual(['/variants/0/price']);
  });

  it('a date that fails both DateTime branches is one schema/date-time finding, not its first branch failure', () => {
    const errors = [
      error({ keyword: 'format', instancePath: '/variants/0/saleEndsAt', schemaPath: '#/$defs/DateTime/anyOf/0/format', params: { format: 'date-time' }, data: 'soon' }),
      error({ keyword: 'format', instancePath: '/variants/0/saleEndsAt', schemaPath: '#/$defs/DateTime/anyOf/1/format', params: { format: 'date' }, data: 'soon' }),
      error({ keyword: 'anyOf', instancePath: '/variants/0/saleEndsAt', schemaPath: '#/$defs/DateTime/anyOf', params: {}, data: 'soon' }),
    ];
    expect(ajvErrorsToDiagnostics(errors, subject).map((d) => d.ruleId)).toEqual(['schema/date-time']);
  });

  it('no errors, no diagnostics', () => {
    expect(ajvErrorsToDiagnostics([], subject)).toEqual([]);
  });
});
