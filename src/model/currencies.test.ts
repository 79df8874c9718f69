import { describe, expect, it } from 'vitest';
import {
  CURRENCY_CODES,
  ISO_4217_TABLE_VERSION,
  currencyExponent,
  isKnownCurrency,
  lookupCurrency,
} from './currencies.js';

describe('currencyExponent', () => {
  // ISO 4217 minor units (CcyMnrUnts), not CLDR display digits: IDR, HUF, TWD and COP are 2 in ISO.
  it.each([
    ['USD', 2], ['EUR', 2], ['GBP', 2],
    ['JPY', 0], ['KRW', 0], ['CLP', 0], ['ISK', 0], ['VND', 0], ['XOF', 0], ['XAF', 0], ['XPF', 0],
    ['UGX', 0], ['PYG', 0], ['RWF', 0], ['KMF', 0], ['GNF', 0], ['DJF', 0], ['BIF', 0], ['VUV', 0], ['UYI', 0],
    ['KWD', 3], ['BHD', 3], ['JOD', 3], ['OMR', 3], ['TND', 3], ['LYD', 3], ['IQD', 3],
    ['CLF', 4], ['UYW', 4],
    ['IDR', 2], ['HUF', 2], ['TWD', 2], ['COP', 2],
    ['XCG', 2], ['ZWG', 2], ['SLE', 2], ['VES', 2], ['VED', 2], ['MRU', 2], ['STN', 2],
  ])('%s has exponent %i', (code, exponent) => {
    expect(currencyExponent(code)).toBe(exponent);
    expect(isKnownCurrency(code)).toBe(true);
  });

  it.each(['XAU', 'XAG', 'XDR', 'XXX', 'XTS', 'XSU', 'XUA'])('%s ("N.A." minor unit) cannot carry a price', (code) => {
    expect(currencyExponent(code)).toBeUndefined();
    expect(isKnownCurrency(code)).toBe(false);
    expect(lookupCurrency(code).status).toBe('no-minor-unit');
  });

  it.each([
    ['HRK', 'EUR'], ['BGN', 'EUR'], ['ANG', 'XCG'], ['SLL', 'SLE'], ['ZWL', 'ZWG'], ['CUC', 'CUP'], ['VEF', 'VES'],
  ])('withdrawn %s is refused and names %s', (code, replacedBy) => {
    expect(isKnownCurrency(code)).toBe(false);
    expect(lookupCurrency(code)).toEqual({ status: 'withdrawn', code, replacedBy });
  });

  it.each(['', 'usd', 'Usd', 'US', 'USDD', 'ABC', 'constructor', '__proto__', 'toString'])(
    '%j is unknown',
    (code) => {
      expect(currencyExponent(code)).toBeUndefined();
      expect(isKnownCurrency(code)).toBe(false);
    },
  );
});

describe('the table', () => {
  it('lists only three-letter upper-case codes, each once, sorted', () => {
    for (const code of CURRENCY_CODES) expect(code).toMatch(/^[A-Z]{3}$/);
    expect(new Set(CURRENCY_CODES).size).toBe(CURRENCY_CODES.length);
    expect([...CURRENCY_CODES].sort()).toEqual(CURRENCY_CODES);
  });

  it('has every exponent in ISO 4217 range 0–4', () => {
    for (const code of CURRENCY_CODES) expect([0, 2, 3, 4]).toContain(currencyExponent(code));
  });

  it('covers list one (about 165 priced codes)', () => {
    expect(CURRENCY_CODES.length).toBeGreaterThanOrEqual(155);
    expect(CURRENCY_CODES.length).toBeLessThanOrEqual(180);
  });

  it('states which edition it follows', () => {
    expect(ISO_4217_TABLE_VERSION.published).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  });
});
