import { describe, expect, it } from 'vitest';
import { FactTable, matches } from './fact-table.js';
import { fieldKeys, type OfferFacts } from './offer-facts.js';

const facts = (i: number, overrides: Partial<OfferFacts> = {}): OfferFacts => ({
  variantId: `SKU-${i}`,
  regular: 1000 + i,
  current: 900 + i,
  currency: i % 2 ? 'USD' : 'JPY',
  availability: (['in_stock', 'out_of_stock', 'preorder', 'backorder'] as const)[i % 4]!,
  url: `https://shop.example/products/p-${i}?variant=SKU-${i}`,
  unit: i % 3 ? 400 + i : null,
  ...overrides,
});

describe('FactTable', () => {
  it('keeps the compared keys of many variants exactly, across growths', () => {
    const table = new FactTable(4);
    for (let i = 0; i < 50_000; i++) table.set(facts(i));
    expect(table.size).toBe(50_000);
    for (let i = 0; i < 50_000; i += 499) expect(table.get(`SKU-${i}`)).toEqual(fieldKeys(facts(i)));
    expect(table.get('SKU-50000')).toBeUndefined();
  });

  it('holds prices up to the largest safe integer exactly', () => {
    const table = new FactTable();
    table.set(facts(1, { regular: Number.MAX_SAFE_INTEGER, current: 0 }));
    expect(table.get('SKU-1')!.slice(0, 2)).toEqual([String(Number.MAX_SAFE_INTEGER), '0']);
  });

  it.each<[string, Partial<OfferFacts>]>([
    ['the regular price', { regular: 1 }],
    ['the current price', { current: 1 }],
    ['the currency', { currency: 'EUR' }],
    ['the availability', { availability: 'backorder' }],
    ['the URL', { url: 'https://shop.example/other' }],
    ['the unit price', { unit: 7 }],
    ['the unit price to none', { unit: null }],
  ])('tells a change of %s', (_name, change) => {
    const table = new FactTable();
    table.set(facts(2));
    expect(matches(table.get('SKU-2')!, facts(2))).toBe(true);
    expect(matches(table.get('SKU-2')!, facts(2, change))).toBe(false);
  });

  it('does not compare a unit price the output does not carry', () => {
    const table = new FactTable();
    table.set(facts(2));
    expect(matches(table.get('SKU-2')!, facts(2, { unit: undefined }))).toBe(true);
    table.set(facts(3));
    expect(table.get('SKU-3')![5]).toBe('-');
    expect(matches(table.get('SKU-3')!, facts(3, { unit: undefined }))).toBe(true);
    expect(matches(table.get('SKU-3')!, facts(3, { unit: 10 }))).toBe(false);
  });
});
