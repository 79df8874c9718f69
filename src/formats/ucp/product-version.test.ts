import { describe, expect, it } from 'vitest';
import { FIXTURE_PRODUCTS, resolveAll } from '../../test-support/catalog-fixtures.js';
import { toUcpLookupProduct, toUcpProduct } from './catalog-product.js';
import type { UcpUnitPrice } from './catalog-types.js';
import { productForVersion } from './product-version.js';
import { unitPriceFor20260825 } from './unit-price-version.js';

const price = (measure: [number, string], reference: [number, string]): UcpUnitPrice => ({
  amount: 485,
  currency: 'USD',
  measure: { value: measure[0], unit: measure[1] },
  reference: { value: reference[0], unit: reference[1] },
});

describe('unitPriceFor20260825', () => {
  it.each<[string, UcpUnitPrice, UcpUnitPrice['measure'], UcpUnitPrice['reference']]>([
    ['one unit, Rec 20 code', price([340, 'g'], [100, 'g']), { value: 340, unit: 'GRM', display_text: 'g' }, { value: 100, unit: 'GRM', display_text: 'g' }],
    ['a decimal measure gets a scale', price([13.6, 'oz'], [1, 'oz']), { value: 136, unit: 'ONZ', scale: 1, display_text: 'oz' }, { value: 1, unit: 'ONZ', display_text: 'oz' }],
    ['into the reference unit', price([750, 'ml'], [1, 'l']), { value: 75, unit: 'LTR', scale: 2, display_text: 'l' }, { value: 1, unit: 'LTR', display_text: 'l' }],
    ['ounces per pound', price([12, 'oz'], [1, 'lb']), { value: 75, unit: 'LBR', scale: 2, display_text: 'lb' }, { value: 1, unit: 'LBR', display_text: 'lb' }],
    ['a bigger measure unit', price([1, 'kg'], [100, 'g']), { value: 1000, unit: 'GRM', display_text: 'g' }, { value: 100, unit: 'GRM', display_text: 'g' }],
    ['customary volumes keep their own ids', price([1, 'qt'], [1, 'pt']), { value: 2, unit: 'pt', display_text: 'pt' }, { value: 1, unit: 'pt', display_text: 'pt' }],
    ['a printable label', price([16, 'floz'], [1, 'floz']), { value: 16, unit: 'floz', display_text: 'fl oz' }, { value: 1, unit: 'floz', display_text: 'fl oz' }],
    // 1 kg in ounces does not terminate; the ounce goes into kilograms exactly (0.028349523125).
    ['into the measure unit when the reference unit cannot hold it', price([1, 'kg'], [1, 'oz']), { value: 1, unit: 'KGM', display_text: 'kg' }, { value: 28349523125, unit: 'KGM', scale: 12, display_text: 'kg' }],
  ])('%s', (_name, input, measure, reference) => {
    const out = unitPriceFor20260825(input)!;
    expect(out).toEqual({ amount: 485, currency: 'USD', measure, reference });
    // measure.unit and reference.unit must be identical in 2026-08-25 (unit_price.json).
    expect(out.measure.unit).toBe(out.reference.unit);
  });

  it.each<[string, UcpUnitPrice]>([
    ['more than 15 decimals in every common unit', price([0.123456789012345, 'oz'], [1, 'kg'])],
    ['a unit the catalog does not have', price([1, 'stone'], [1, 'stone'])],
    ['units of different scales', price([1, 'l'], [1, 'pt'])],
  ])('gives nothing for %s', (_name, input) => {
    expect(unitPriceFor20260825(input)).toBeUndefined();
  });
});

describe('productForVersion', () => {
  const products = resolveAll(FIXTURE_PRODUCTS).products;
  const coffee = products.find((p) => p.variants.some((v) => v.unitPrice))!;

  it('returns 2026-04-08 products as the mapper writes them', () => {
    const product = toUcpProduct(coffee);
    expect(productForVersion(product, '2026-04-08')).toBe(product);
  });

  it('returns a product without unit prices as it is', () => {
    const product = toUcpProduct(products.find((p) => p.variants.every((v) => !v.unitPrice))!);
    expect(productForVersion(product, '2026-08-25')).toBe(product);
  });

  it('converts unit prices for 2026-08-25 without changing the input, keeping the field order', () => {
    const product = toUcpProduct(coffee);
    const before = structuredClone(product);
    const out = productForVersion(product, '2026-08-25');
    expect(product).toEqual(before);
    const variant = out.variants.find((v) => v.unit_price)!;
    expect(variant.unit_price).toEqual({ amount: 485, currency: 'USD', measure: { value: 340, unit: 'GRM', display_text: 'g' }, reference: { value: 100, unit: 'GRM', display_text: 'g' } });
    expect(Object.keys(variant)).toEqual(Object.keys(before.variants.find((v) => v.id === variant.id)!));
    expect({ ...out, variants: [] }).toEqual({ ...before, variants: [] });
  });

  it('keeps lookup variants’ inputs', () => {
    const lookup = toUcpLookupProduct(coffee, [coffee.id])!;
    expect(productForVersion(lookup, '2026-08-25').variants[0]!.inputs).toEqual(lookup.variants[0]!.inputs);
  });

  it('leaves out a unit price 2026-08-25 cannot give exactly', () => {
    const product = toUcpProduct(coffee);
    const variant = product.variants.find((v) => v.unit_price)!;
    variant.unit_price = price([0.123456789012345, 'oz'], [1, 'kg']);
    const out = productForVersion(product, '2026-08-25').variants.find((v) => v.id === variant.id)!;
    expect(out).not.toHaveProperty('unit_price');
    expect(out.price).toEqual(variant.price);
  });
});
