import { describe, expect, it } from 'vitest';
import { mapStoreProduct, type MapContext, type StoreProduct } from './store-api-mapping.js';

const CONTEXT: MapContext = { file: 'https://shop.example/wp-json/wc/store/v1/products?page=1', shopCurrency: 'USD', categoryPath: () => undefined, categoriesUnavailable: false };
const USD = { currency_code: 'USD', currency_minor_unit: 2 };

function simple(extra: Partial<StoreProduct> = {}): StoreProduct {
  return {
    id: 7,
    name: 'Trail Mug',
    type: 'simple',
    sku: 'MUG-1',
    permalink: 'https://shop.example/product/trail-mug/',
    prices: { ...USD, price: '1200', regular_price: '1200', sale_price: '1200' },
    is_purchasable: true,
    is_in_stock: true,
    is_on_backorder: false,
    low_stock_remaining: null,
    ...extra,
  };
}

function map(product: StoreProduct, variations?: StoreProduct[], context: Partial<MapContext> = {}) {
  const { value, diagnostics } = mapStoreProduct(product, variations, { ...CONTEXT, ...context });
  const { variants, ...record } = value as { variants: Array<Record<string, unknown>> } & Record<string, unknown>;
  return { record, variants, rules: diagnostics.map((d) => d.ruleId) };
}

describe('Store API product to canonical fields', () => {
  it.each<[string, Partial<StoreProduct>, Record<string, unknown>]>([
    ['the SKU is the id', {}, { id: 'MUG-1' }],
    ['no SKU: the product id', { sku: '' }, { id: '7' }],
    ['texturized name decoded', { name: 'Hiker&#8217;s &#8220;Pro&#8221; Mug &#038; Lid' }, { title: 'Hiker’s “Pro” Mug & Lid' }],
    ['HTML description kept', { description: '<p>Steel, enamel.</p>\n', short_description: '<p>Short.</p>' }, { description: '<p>Steel, enamel.</p>' }],
    ['short description when there is no description', { description: '', short_description: '<p>Short.</p>\n' }, { description: '<p>Short.</p>' }],
    ['permalink is the URL', {}, { url: 'https://shop.example/product/trail-mug/' }],
    ['images in order', { images: [{ src: 'https://shop.example/a.jpg' }, { src: 'https://shop.example/b.jpg' }] }, { images: ['https://shop.example/a.jpg', 'https://shop.example/b.jpg'] }],
    ['first category as product type', { categories: [{ id: 3, name: 'Camp &amp; Kitchen' }, { id: 4, name: 'Sale' }] }, { productType: 'Camp & Kitchen' }],
    ['first brand', { brands: [{ id: 1, name: 'Alder &amp; Pine' }] }, { brand: 'Alder & Pine' }],
    ['a visible material attribute', { attributes: [{ name: 'Material', taxonomy: null, has_variations: false, terms: [{ name: 'Enamel', slug: 'Enamel' }] }] }, { material: 'Enamel' }],
    ['prices in another currency than the shop’s', { prices: { currency_code: 'EUR', currency_minor_unit: 2, price: '1100', regular_price: '1100', sale_price: '1100' } }, { currency: 'EUR' }],
  ])('%s', (_name, fields, expected) => {
    expect(map(simple(fields)).record).toMatchObject(expected);
  });

  it('takes the full category path from the category list', () => {
    const { record } = map(simple({ categories: [{ id: 16, name: 'Hoodies' }] }), undefined, { categoryPath: (c) => (c.id === 16 ? 'Clothing > Hoodies' : undefined) });
    expect(record.productType).toBe('Clothing > Hoodies');
  });

  it('reports a missing category list', () => {
    expect(map(simple({ categories: [{ id: 16, name: 'Hoodies' }] }), undefined, { categoriesUnavailable: true }).rules).toEqual(['woocommerce/category-path-unavailable']);
  });
});

describe('Store API prices, stock and currency of a variant', () => {
  it.each<[string, Partial<StoreProduct>, Record<string, unknown>, string[]]>([
    ['USD', {}, { price: '12.00' }, []],
    ['JPY, minor unit 0', { prices: { currency_code: 'JPY', currency_minor_unit: 0, price: '1500', regular_price: '1500', sale_price: '1500' } }, { price: '1500', currency: undefined }, []],
    ['KWD, minor unit 3', { prices: { currency_code: 'KWD', currency_minor_unit: 3, price: '4250', regular_price: '4250', sale_price: '4250' } }, { price: '4.250' }, []],
    ['on sale', { on_sale: true, prices: { ...USD, price: '950', regular_price: '1200', sale_price: '950' } }, { price: '12.00', salePrice: '9.50' }, []],
    ['a scheduled sale not on yet is not stated', { on_sale: false, prices: { ...USD, price: '1200', regular_price: '1200', sale_price: '950' } }, { price: '12.00', salePrice: undefined }, []],
    ['a free product', { prices: { ...USD, price: '0', regular_price: '0', sale_price: '0' } }, { price: '0.00' }, []],
    ['no price (not purchasable): the zero is not a price', { is_purchasable: false, prices: { ...USD, price: '0', regular_price: '0', sale_price: '0' } }, { price: undefined }, []],
    ['a price that is not minor units', { prices: { ...USD, price: '12.00', regular_price: '12.00', sale_price: '12.00' } }, { price: undefined }, ['woocommerce/bad-value']],
    ['no minor unit', { prices: { currency_code: 'USD', price: '1200', regular_price: '1200', sale_price: '1200' } }, { price: undefined }, ['woocommerce/bad-value']],
    ['in stock', {}, { availability: 'in_stock', stockQuantity: undefined }, []],
    ['out of stock', { is_in_stock: false, low_stock_remaining: 0 }, { availability: 'out_of_stock', stockQuantity: 0 }, []],
    ['on backorder (also "in stock")', { is_in_stock: true, is_on_backorder: true, low_stock_remaining: 0 }, { availability: 'backorder' }, []],
    ['low stock', { low_stock_remaining: 2 }, { availability: 'in_stock', stockQuantity: 2 }, []],
    ['no stock fields', { is_in_stock: undefined, is_on_backorder: undefined }, { availability: undefined }, []],
  ])('%s', (_name, fields, expected, rules) => {
    const { variants, rules: found } = map(simple(fields));
    const variant = variants[0]!;
    expect(variant).toMatchObject(Object.fromEntries(Object.entries(expected).filter(([, v]) => v !== undefined)));
    for (const [field, value] of Object.entries(expected)) if (value === undefined) expect(variant).not.toHaveProperty(field);
    expect(found).toEqual(rules);
  });

  it('states a variant currency only where it differs from its product’s', () => {
    const parent = simple({ type: 'variable', prices: { currency_code: 'EUR', currency_minor_unit: 2 }, variations: [{ id: 8, attributes: [] }, { id: 9, attributes: [] }] });
    const v = (id: number, currency: string) => simple({ id, sku: `V-${id}`, type: 'variation', prices: { currency_code: currency, currency_minor_unit: 2, price: '100', regular_price: '100', sale_price: '100' } });
    const { record, variants } = map(parent, [v(8, 'EUR'), v(9, 'GBP')]);
    expect(record.currency).toBe('EUR');
    expect(variants.map((x) => x.currency)).toEqual([undefined, 'GBP']);
  });
});

describe('Store API variations', () => {
  const parent = simple({
    id: 10,
    sku: 'TEE',
    type: 'variable',
    images: [{ src: 'https://shop.example/tee-black.jpg' }],
    attributes: [
      { name: 'Color', taxonomy: 'pa_color', has_variations: true, terms: [{ id: 1, name: 'Black', slug: 'black' }, { id: 2, name: 'Sand', slug: 'sand' }] },
      { name: 'Fit', taxonomy: null, has_variations: true, terms: [{ id: 0, name: 'Relaxed', slug: 'Relaxed' }] },
      { name: 'Size', taxonomy: null, has_variations: false, terms: [{ id: 0, name: 'One size', slug: 'One size' }] },
    ],
    variations: [
      { id: 11, attributes: [{ name: 'Color', value: 'black' }, { name: 'Fit', value: 'Relaxed' }] },
      { id: 12, attributes: [{ name: 'Color', value: 'sand' }, { name: 'Fit', value: null }] },
    ],
  });
  const variation = (id: number, extra: Partial<StoreProduct> = {}) =>
    simple({ id, type: 'variation', parent: 10, sku: `TEE-${id}`, permalink: `https://shop.example/product/tee/?attribute_pa_color=${id}`, images: [{ src: 'https://shop.example/tee-black.jpg' }], ...extra });

  it('names global values by their term, keeps custom ones, and states none for "any"', () => {
    const { variants, rules } = map(parent, [variation(11), variation(12, { images: [{ src: 'https://shop.example/tee-sand.jpg' }], sku: 'TEE' })]);
    expect(variants).toEqual([
      { id: 'TEE-11', price: '12.00', availability: 'in_stock', url: 'https://shop.example/product/tee/?attribute_pa_color=11', color: 'Black', options: { Fit: 'Relaxed' }, size: 'One size' },
      // Its SKU is the parent's, shown because it has none of its own: it goes by its ID. Its own image is kept.
      { id: '12', price: '12.00', availability: 'in_stock', url: 'https://shop.example/product/tee/?attribute_pa_color=12', images: ['https://shop.example/tee-sand.jpg'], color: 'Sand', size: 'One size' },
    ]);
    expect(rules).toEqual(['woocommerce/any-attribute-value']);
  });

  it('gives a variable product without variations no variants (validation reports it)', () => {
    expect(map(parent, []).variants).toEqual([]);
  });
});
