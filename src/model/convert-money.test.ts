import { describe, expect, it } from 'vitest';
import { convertMoney } from './convert-money.js';

describe('convertMoney', () => {
  it.each([
    [{ minor: 2290, currency: 'USD' }, 'CAD', '1.3650', 3126], // 22.90 × 1.365 = 31.2585 → 31.26
    [{ minor: 1000, currency: 'USD' }, 'CAD', '1.3650', 1365],
    [{ minor: 2290, currency: 'USD' }, 'JPY', '151.37', 3466], // 22.90 × 151.37 = 3466.373 → 3466
    [{ minor: 12800, currency: 'JPY' }, 'USD', '0.0066', 8448], // 12800 yen × 0.0066 = 84.48
    [{ minor: 999, currency: 'USD' }, 'KWD', '0.3075', 3072], // 9.99 × 0.3075 = 3.071925 → 3.072
    [{ minor: 5, currency: 'USD' }, 'EUR', '0.9', 5], // 0.045 → 0.05: half up
    [{ minor: 1, currency: 'USD' }, 'EUR', '0.5', 1], // 0.005 → 0.01: half up
    [{ minor: 0, currency: 'USD' }, 'EUR', '0.92', 0],
  ])('%j to %s at %s → %d', (amount, currency, rate, expected) => {
    expect(convertMoney(amount, { currency, rate })).toEqual({ minor: expected, currency });
  });

  it('keeps exactness where floating point would not: 0.1 + 0.2 style amounts', () => {
    // 1.10 USD × 3 = 3.30 exactly (a float multiply gives 3.3000000000000003).
    expect(convertMoney({ minor: 110, currency: 'USD' }, { currency: 'EUR', rate: '3' })).toEqual({ minor: 330, currency: 'EUR' });
  });

  it('refuses unknown currencies and bad rates', () => {
    expect(() => convertMoney({ minor: 1, currency: 'USD' }, { currency: 'XXY', rate: '1' })).toThrow(RangeError);
    expect(() => convertMoney({ minor: 1, currency: 'USD' }, { currency: 'EUR', rate: '1,2' })).toThrow(RangeError);
  });
});
