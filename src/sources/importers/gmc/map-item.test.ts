import { describe, expect, it } from 'vitest';
import type { GmcItem } from './attributes.js';
import { readInstant, readSaleWindow } from './dates.js';
import { readAvailability } from './enums.js';
import { mapItem } from './map-item.js';
import { readDimension, readUnitPricingMeasure, readWeight } from './measures.js';
import { readPrice } from './price.js';

type Values = Record<string, string | readonly string[]>;

function item(values: Values, groups: string[] = []): GmcItem {
  return { values: new Map(Object.entries(values).map(([k, v]) => [k, typeof v === 'string' ? [v] : [...v]])), groups: new Set(groups), line: 7 };
}

const BASE = { id: 'SKU-1', title: 'Thing', link: 'https://shop.example/p/thing', price: '10.00 USD', availability: 'in_stock' };

/** The mapped variant and the rule ids of its findings, for table rows. */
function mapped(values: Values, shopCurrency = 'USD') {
  const m = mapItem(item({ ...BASE, ...values }), shopCurrency);
  return { variant: m.variant, currency: m.currency, rules: m.findings.map((f) => f.rule.meta.id), findings: m.findings };
}

describe('readPrice', () => {
  it.each([
    ['15.00 USD', { ok: true, amount: '15.00', currency: 'USD' }],
    ['15 USD', { ok: true, amount: '15', currency: 'USD' }],
    ['  1299.5   eur ', { ok: true, amount: '1299.5', currency: 'EUR' }],
    ['15.00USD', { ok: true, amount: '15.00', currency: 'USD' }],
    ['USD 15.00', { ok: true, amount: '15.00', currency: 'USD' }],
    ['2500 JPY', { ok: true, amount: '2500', currency: 'JPY' }],
    ['25', { ok: true, amount: '25' }],
    // As spreadsheets and feed tools write numbers: read by the shared cell parser into the model's form.
    ['15. USD', { ok: true, amount: '15', currency: 'USD' }],
    ['.5 USD', { ok: true, amount: '0.5', currency: 'USD' }],
  ])('%j reads as %j', (raw, expected) => {
    expect(readPrice(raw)).toEqual(expected);
  });

  it.each(['1,299.00 USD', '15,00 EUR', '$15.00', '15.00 US Dollar', '-5.00 USD', '1.2.3 USD', '. USD', 'USD', ''])('%j is refused', (raw) => {
    expect(readPrice(raw).ok).toBe(false);
  });
});

describe('readInstant and readSaleWindow', () => {
  it.each([
    ['2016-02-24T11:07+0100', '2016-02-24T11:07:00+01:00', false],
    ['2016-02-24T13:00-0800', '2016-02-24T13:00:00-08:00', false],
    ['2026-12-02T23:59:59-05:00', '2026-12-02T23:59:59-05:00', false],
    ['2026-12-02T23:59:59.250Z', '2026-12-02T23:59:59.250Z', false],
    ['2026-12-02t08:30z', '2026-12-02T08:30:00Z', false],
    ['2026-12-02T08:30+05', '2026-12-02T08:30:00+05:00', false],
    ['2026-12-02 08:30 +0530', '2026-12-02T08:30:00+05:30', false],
    ['2026-12-02T08:30', '2026-12-02T08:30:00Z', true],
    ['2026-12-02', '2026-12-02', false],
  ])('%j reads as %j (assumed UTC: %j)', (raw, value, assumedUtc) => {
    expect(readInstant(raw)).toEqual({ ok: true, value, assumedUtc });
  });

  it.each(['2026-02-30', '2026-13-01T00:00Z', '2026-12-02T24:00Z', '2026-12-02T08:30+2400', '02/12/2026', 'next tuesday', '2026-12-02T8:30Z'])('%j is refused', (raw) => {
    expect(readInstant(raw).ok).toBe(false);
  });

  it.each([
    ['2016-02-24T13:00-0800/2016-02-29T15:30-0800', { ok: true, start: '2016-02-24T13:00:00-08:00', end: '2016-02-29T15:30:00-08:00', assumedUtc: false }],
    ['2026-11-20/2026-12-01', { ok: true, start: '2026-11-20', end: '2026-12-01', assumedUtc: false }],
    ['2026-11-20T00:00/2026-12-01T00:00Z', { ok: true, start: '2026-11-20T00:00:00Z', end: '2026-12-01T00:00:00Z', assumedUtc: true }],
    ['2016-02-24T13:00-0800', { ok: false }],
    ['2016-02-24T13:00-0800/', { ok: false }],
    ['a/b/c', { ok: false }],
  ])('window %j', (raw, expected) => {
    expect(readSaleWindow(raw)).toEqual(expected);
  });
});

describe('measures', () => {
  it.each([
    ['750ml', { ok: true, value: 750, unit: 'ml' }],
    ['750 ml', { ok: true, value: 750, unit: 'ml' }],
    ['100g', { ok: true, value: 100, unit: 'g' }],
    ['1.5 KG', { ok: true, value: 1.5, unit: 'kg' }],
    ['16 fl oz', { ok: true, value: 16, unit: 'floz' }],
    ['16floz', { ok: true, value: 16, unit: 'floz' }],
    ['3 sqm', { ok: true, value: 3, unit: 'sqm' }],
    ['12 ct', { ok: true, value: 12, unit: 'ct' }],
    ['.5l', { ok: true, value: 0.5, unit: 'l' }],
  ])('unit pricing %j', (raw, expected) => {
    expect(readUnitPricingMeasure(raw)).toEqual(expected);
  });

  it.each(['0ml', '750', 'ml', '750 litres', '-1 kg', '1,5 kg', '750 ml extra'])('unit pricing %j is refused', (raw) => {
    expect(readUnitPricingMeasure(raw).ok).toBe(false);
  });

  it.each([
    ['3 kg', { ok: true, value: 3, unit: 'kg' }],
    ['5.1 lb', { ok: true, value: 5.1, unit: 'lb' }],
    ['13.6oz', { ok: true, value: 13.6, unit: 'oz' }],
  ])('weight %j', (raw, expected) => {
    expect(readWeight(raw)).toEqual(expected);
  });

  it.each(['3 lbs', '3 ml', '0 kg', 'heavy'])('weight %j is refused', (raw) => {
    expect(readWeight(raw).ok).toBe(false);
  });

  it.each([
    ['20 in', { ok: true, value: 20, unit: 'in' }],
    ['20 inch', { ok: true, value: 20, unit: 'in' }],
    ['44.5cm', { ok: true, value: 44.5, unit: 'cm' }],
  ])('dimension %j', (raw, expected) => {
    expect(readDimension(raw)).toEqual(expected);
  });

  it.each(['20 mm', '2 ft', '20'])('dimension %j is refused', (raw) => {
    expect(readDimension(raw).ok).toBe(false);
  });
});

describe('readAvailability', () => {
  it.each([
    ['in_stock', 'in_stock', undefined],
    ['out_of_stock', 'out_of_stock', undefined],
    ['preorder', 'preorder', undefined],
    ['backorder', 'backorder', undefined],
    ['in stock', 'in_stock', undefined],
    ['out of stock', 'out_of_stock', undefined],
    ['In Stock', 'in_stock', undefined],
    ['available for order', 'backorder', 'warning'],
    ['limited_availability', 'in_stock', 'info'],
  ])('%j reads as %j', (raw, value, severity) => {
    const read = readAvailability(raw);
    expect(read?.value).toBe(value);
    expect(read?.interpreted?.severity).toBe(severity);
  });

  it.each(['available', 'discontinued', 'sold out', 'InStock', ''])('%j is unknown', (raw) => {
    expect(readAvailability(raw)).toBeUndefined();
  });
});

describe('mapItem: prices and currencies', () => {
  it.each([
    ['a price with its currency', { price: '15.00 USD' }, 'USD', { price: '15.00' }, 'USD', []],
    ['a price in another currency than the shop', { price: '20.00 CAD' }, 'USD', { price: '20.00' }, 'CAD', []],
    ['a price without currency takes the shop', { price: '25' }, 'EUR', { price: '25' }, 'EUR', ['gmc/price-currency-missing']],
    ['an unreadable price is left out', { price: '1,299.00 USD' }, 'USD', {}, undefined, ['gmc/bad-price']],
    ['a sale price', { sale_price: '12.00 USD' }, 'USD', { price: '10.00', salePrice: '12.00' }, 'USD', []],
    ['a sale in another currency is left out', { sale_price: '9.00 EUR' }, 'USD', { price: '10.00' }, 'USD', ['gmc/sale-currency-mismatch']],
    ['an unreadable sale price drops the sale', { sale_price: 'nine', sale_price_effective_date: '2026-11-20T00:00Z/2026-12-01T00:00Z' }, 'USD', { price: '10.00' }, 'USD', ['gmc/bad-price']],
  ] as const)('%s', (_, values, shop, variant, currency, rules) => {
    const m = mapped(values, shop);
    expect(m.variant).toMatchObject(variant);
    if (!('salePrice' in variant)) expect(m.variant.salePrice).toBeUndefined();
    if (!('price' in variant)) expect(m.variant.price).toBeUndefined();
    expect(m.currency).toBe(currency);
    expect(m.rules).toEqual(rules);
  });
});

describe('mapItem: sale windows', () => {
  it.each([
    [
      'a window with offsets',
      { sale_price: '8.00 USD', sale_price_effective_date: '2026-11-20T00:00-0800/2026-12-01T23:59-0800' },
      { salePrice: '8.00', saleStartsAt: '2026-11-20T00:00:00-08:00', saleEndsAt: '2026-12-01T23:59:00-08:00' },
      [],
    ],
    [
      'a window without offsets is read as UTC',
      { sale_price: '8.00 USD', sale_price_effective_date: '2026-11-20T00:00/2026-12-01T23:59' },
      { salePrice: '8.00', saleStartsAt: '2026-11-20T00:00:00Z', saleEndsAt: '2026-12-01T23:59:00Z' },
      ['gmc/date-assumed-utc'],
    ],
    ['an unreadable window drops the sale with it', { sale_price: '8.00 USD', sale_price_effective_date: 'Black Friday' }, {}, ['gmc/bad-date']],
    [
      'a window without a sale price is passed on for the enrich stage to judge',
      { sale_price_effective_date: '2026-11-20/2026-12-01' },
      { saleStartsAt: '2026-11-20', saleEndsAt: '2026-12-01' },
      [],
    ],
  ] as const)('%s', (_, values, sale, rules) => {
    const m = mapped(values);
    for (const key of ['salePrice', 'saleStartsAt', 'saleEndsAt'] as const) expect(m.variant[key], key).toBe((sale as Record<string, string>)[key]);
    expect(m.rules).toEqual(rules);
  });
});

describe('mapItem: availability', () => {
  it.each([
    [{ availability: 'in stock' }, { availability: 'in_stock' }, []],
    [{ availability: 'preorder', availability_date: '2027-01-15T09:00-0800' }, { availability: 'preorder', availabilityDate: '2027-01-15T09:00:00-08:00' }, []],
    [{ availability: 'backorder', availability_date: '2026-12-10' }, { availability: 'backorder', availabilityDate: '2026-12-10' }, []],
    [{ availability: 'available for order' }, { availability: 'backorder' }, ['gmc/availability-interpreted']],
    [{ availability: 'limited_availability' }, { availability: 'in_stock' }, ['gmc/availability-interpreted']],
    [{ availability: 'sold out' }, {}, ['gmc/unknown-value']],
    [{ availability: 'preorder', availability_date: 'soon' }, { availability: 'preorder' }, ['gmc/bad-date']],
  ] as const)('%j', (values, expected, rules) => {
    const m = mapped(values);
    expect({ availability: m.variant.availability, availabilityDate: m.variant.availabilityDate }).toEqual({ availability: undefined, availabilityDate: undefined, ...expected });
    expect(m.rules).toEqual(rules);
  });
});

describe('mapItem: measures', () => {
  it.each([
    [{ unit_pricing_measure: '750ml', unit_pricing_base_measure: '100ml' }, { unitPricing: { measure: { value: 750, unit: 'ml' }, baseMeasure: { value: 100, unit: 'ml' } } }, []],
    [{ unit_pricing_measure: '1.5kg', unit_pricing_base_measure: '1kg' }, { unitPricing: { measure: { value: 1.5, unit: 'kg' }, baseMeasure: { value: 1, unit: 'kg' } } }, []],
    [{ unit_pricing_measure: '750ml' }, {}, ['gmc/incomplete-measure']],
    [{ unit_pricing_base_measure: '100ml' }, {}, ['gmc/incomplete-measure']],
    [{ unit_pricing_measure: '750 litres', unit_pricing_base_measure: '1l' }, {}, ['gmc/bad-measure']],
    [{ product_weight: '3 kg' }, { weight: { value: 3, unit: 'kg' } }, []],
    [{ product_weight: '3 stone' }, {}, ['gmc/bad-measure']],
    [{ product_length: '20 in', product_width: '15 in', product_height: '4 in' }, { dimensions: { length: 20, width: 15, height: 4, unit: 'in' } }, []],
    [{ product_length: '20 in', product_width: '15 in' }, {}, ['gmc/incomplete-measure']],
    [{ product_length: '20 in', product_width: '38 cm', product_height: '4 in' }, {}, ['gmc/incomplete-measure']],
    [{ product_length: '20 in', product_width: 'wide', product_height: '4 in' }, {}, ['gmc/bad-measure']],
    // shipping_weight is the packed weight for carrier rates: never the product's weight.
    [{ shipping_weight: '6 lb' }, {}, []],
  ] as const)('%j', (values, expected, rules) => {
    const m = mapped(values);
    expect({ weight: m.variant.weight, dimensions: m.variant.dimensions, unitPricing: m.variant.unitPricing }).toEqual({ weight: undefined, dimensions: undefined, unitPricing: undefined, ...expected });
    expect(m.rules).toEqual(rules);
  });
});

describe('mapItem: enums, identifiers and what is not imported', () => {
  it.each([
    [{ condition: 'Refurbished' }, { condition: 'refurbished' }, []],
    [{ condition: 'like new' }, {}, ['gmc/unknown-value']],
    [{ gender: 'Female' }, { gender: 'female' }, []],
    [{ gender: 'women' }, {}, ['gmc/unknown-value']],
    [{ age_group: 'kids' }, { ageGroup: 'kids' }, []],
    [{ age_group: 'teen' }, {}, ['gmc/unknown-value']],
    [{ size_system: 'uk' }, { sizeSystem: 'UK' }, []],
    [{ size_system: 'XL' }, {}, ['gmc/unknown-value']],
    [{ gtin: ['0860001234565', '0860001234572'] }, { gtin: '0860001234565' }, []],
    [{ identifier_exists: 'no' }, {}, []],
  ] as const)('%j', (values, expected, rules) => {
    const m = mapped(values);
    expect(m.variant).toMatchObject(expected);
    if (Object.keys(expected).length === 0) expect(Object.keys(m.variant).sort()).toEqual(['availability', 'price']);
    expect(m.rules).toEqual(rules);
  });

  it('takes the first product_type, reads a numeric category as an id and a path as text', () => {
    const a = mapItem(item({ ...BASE, product_type: ['Kitchen > Cookware', 'Camp > Cast Iron'], google_product_category: '662' }), 'USD');
    expect(a.product).toMatchObject({ productType: 'Kitchen > Cookware', googleProductCategory: 662 });
    const b = mapItem(item({ ...BASE, google_product_category: 'Home & Garden > Kitchen & Dining' }), 'USD');
    expect(b.product.googleProductCategory).toBe('Home & Garden > Kitchen & Dining');
  });

  it('orders images image_link first, without repeats', () => {
    const m = mapItem(item({ ...BASE, image_link: 'https://s.example/a.jpg', additional_image_link: ['https://s.example/b.jpg', 'https://s.example/a.jpg'] }), 'USD');
    expect(m.images).toEqual(['https://s.example/a.jpg', 'https://s.example/b.jpg']);
  });

  it('sorts the other attributes into shipping (noted once per feed elsewhere) and not imported', () => {
    const m = mapItem(item({ ...BASE, shipping_weight: '2 kg', custom_label_0: 'sale', identifier_exists: 'no' }, ['shipping', 'tax']), 'USD');
    expect(m.hasShipping).toBe(true);
    expect(m.notImported).toEqual(['custom_label_0', 'tax']);
  });

  it('places findings on the canonical field they are about', () => {
    const m = mapped({ price: 'ten', gender: 'women', unit_pricing_measure: '750 quarts', unit_pricing_base_measure: '1l' });
    expect(m.findings.map((f) => `${f.level}:${f.path.join('/')}`).sort()).toEqual(['variant:gender', 'variant:price', 'variant:unitPricing/measure']);
  });
});
