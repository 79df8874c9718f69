import { describe, expect, it } from 'vitest';
import type { Money, ResolvedVariant } from '../model/resolved.js';
import { priceRanges } from './price-ranges.js';

const m = (minor: number, currency = 'USD'): Money => ({ minor, currency });
/** A variant with a regular price and, when given, a sale price that is on now or not. */
const v = (regular: Money, sale?: { price: Money; active: boolean }): ResolvedVariant =>
  ({ price: regular, currentPrice: sale?.active ? sale.price : regular, ...(sale ? { sale } : {}) }) as unknown as ResolvedVariant;

describe('priceRanges', () => {
  it.each<[string, ResolvedVariant[], unknown[]]>([
    ['one variant', [v(m(1500))], [{ currency: 'USD', current: { min: m(1500), max: m(1500) }, regular: { min: m(1500), max: m(1500) }, variants: 1, onSale: 0 }]],
    [
      'the current range follows the sale on now, the regular range the regular prices',
      [v(m(2000), { price: m(1200), active: true }), v(m(1800)), v(m(2500), { price: m(900), active: false })],
      [{ currency: 'USD', current: { min: m(1200), max: m(2500) }, regular: { min: m(1800), max: m(2500) }, variants: 3, onSale: 1 }],
    ],
    [
      'one range per currency, in the order first seen, never mixed',
      [v(m(5000, 'JPY')), v(m(1500)), v(m(4000, 'JPY'))],
      [
        { currency: 'JPY', current: { min: m(4000, 'JPY'), max: m(5000, 'JPY') }, regular: { min: m(4000, 'JPY'), max: m(5000, 'JPY') }, variants: 2, onSale: 0 },
        { currency: 'USD', current: { min: m(1500), max: m(1500) }, regular: { min: m(1500), max: m(1500) }, variants: 1, onSale: 0 },
      ],
    ],
    ['no variants, no ranges', [], []],
  ])('%s', (_, variants, expected) => {
    expect(priceRanges(variants)).toEqual(expected);
  });
});
