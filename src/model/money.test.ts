import { describe, expect, it } from 'vitest';
import { CURRENCY_CODES, currencyExponent } from './currencies.js';
import { formatAmount, formatMoney, parseAmount } from './money.js';

const MAX = Number.MAX_SAFE_INTEGER; // 9007199254740991

describe('parseAmount: accepted', () => {
  it.each<[string | number, string, number]>([
    ['15', 'USD', 1500],
    ['15.5', 'USD', 1550],
    ['15.50', 'USD', 1550],
    ['0.99', 'USD', 99],
    ['1234567.89', 'USD', 123456789],
    ['0', 'USD', 0],
    ['0.00', 'USD', 0],
    ['007.50', 'USD', 750],
    ['15.000', 'USD', 1500], // extra fractional digits are fine when they are zeros
    ['15.5000000', 'EUR', 1550],
    ['1500', 'JPY', 1500],
    ['1500.0', 'JPY', 1500],
    ['1.234', 'KWD', 1234],
    ['1.5', 'KWD', 1500],
    ['0.001', 'BHD', 1],
    ['1.2345', 'CLF', 12345],
    ['0.0001', 'CLF', 1],
    ['1', 'CLF', 10000],
    ['1.5', 'UYW', 15000],
    ['10000', 'IDR', 1000000], // ISO says IDR has 2 minor digits even though nobody writes them
    // Numbers, as JSON.parse hands them over; String(n) gives the shortest exact decimal.
    [15, 'USD', 1500],
    [19.99, 'USD', 1999], // 19.99 * 100 would be 1998.9999999999998
    [0.3, 'USD', 30],
    [1.1, 'USD', 110], // 1.1 * 100 would be 110.00000000000001
    [4.35, 'USD', 435], // 4.35 * 100 would be 434.99999999999994
    [0.07, 'USD', 7], // 0.07 * 100 would be 7.000000000000001
    [1500, 'JPY', 1500],
    [1.234, 'KWD', 1234],
    [0, 'USD', 0],
    [-0, 'USD', 0],
    [1234567.89, 'USD', 123456789],
  ])('%j %s → %i', (input, currency, minor) => {
    expect(parseAmount(input, currency)).toEqual({ ok: true, minor });
  });
});

describe('parseAmount: refused', () => {
  it.each<[string | number, string, string]>([
    ['abc', 'USD', 'format'],
    ['', 'USD', 'format'],
    ['1,000.00', 'USD', 'format'],
    ['1 000', 'USD', 'format'],
    [' 5', 'USD', 'format'],
    ['5 ', 'USD', 'format'],
    ['5.', 'USD', 'format'], // decided: a dangling point is not a price
    ['.5', 'USD', 'format'], // decided: nor is a missing whole part
    ['+5', 'USD', 'format'],
    ['1e3', 'USD', 'format'],
    ['1.5.0', 'USD', 'format'],
    ['15,50', 'EUR', 'format'],
    ['15.50 USD', 'USD', 'format'],
    ['$15', 'USD', 'format'],
    ['１５', 'USD', 'format'], // full-width digits
    ['Infinity', 'USD', 'format'],
    ['NaN', 'USD', 'format'],
    [Number.NaN, 'USD', 'format'],
    [Number.POSITIVE_INFINITY, 'USD', 'format'],
    [1e-7, 'USD', 'format'], // String(1e-7) is "1e-7"
    ['-5', 'USD', 'negative'],
    ['-0.01', 'USD', 'negative'],
    [-5, 'USD', 'negative'],
    [Number.NEGATIVE_INFINITY, 'USD', 'format'],
    ['15.005', 'USD', 'precision'],
    ['0.001', 'USD', 'precision'],
    ['1500.5', 'JPY', 'precision'],
    ['1.2345', 'KWD', 'precision'],
    ['1.23456', 'CLF', 'precision'],
    [0.1 + 0.2, 'USD', 'precision'], // String(0.1 + 0.2) is "0.30000000000000004"
    [15.005, 'USD', 'precision'],
    [1e21, 'USD', 'range'], // String(1e21) is "1e+21"
    ['15', 'usd', 'currency'],
    ['15', 'XXX', 'currency'],
    ['15', 'XAU', 'currency'],
    ['15', 'HRK', 'currency'],
    ['15', '', 'currency'],
    ['15', 'ABC', 'currency'],
  ])('%j %s → %s', (input, currency, reason) => {
    const result = parseAmount(input, currency);
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.reason).toBe(reason);
      expect(result.message.length).toBeGreaterThan(0);
    }
  });

  it('names the replacement of a withdrawn currency and the case fix of a lower-case one', () => {
    const withdrawn = parseAmount('15', 'HRK');
    expect(!withdrawn.ok && withdrawn.message).toContain('EUR');
    const lower = parseAmount('15', 'usd');
    expect(!lower.ok && lower.message).toContain('USD');
  });

  it('checks the currency before the amount', () => {
    expect(parseAmount('abc', 'ABC')).toMatchObject({ ok: false, reason: 'currency' });
  });
});

describe('parseAmount: the safe-integer boundary', () => {
  it.each<[string | number, string, number | string]>([
    ['9007199254740991', 'JPY', MAX],
    ['0009007199254740991', 'JPY', MAX],
    ['9007199254740991.000', 'JPY', MAX],
    ['9007199254740992', 'JPY', 'range'],
    ['9999999999999999', 'JPY', 'range'],
    ['10000000000000000', 'JPY', 'range'],
    ['90071992547409.91', 'USD', MAX],
    ['90071992547409.92', 'USD', 'range'],
    ['90071992547409.91', 'KWD', 'range'], // 90071992547409910 minor units
    ['900719925474.0991', 'CLF', MAX],
    ['900719925474.0992', 'CLF', 'range'],
    [MAX, 'JPY', MAX], // a safe integer is exact as a number
    [MAX + 1, 'JPY', 'range'],
    [1e20, 'JPY', 'range'], // String(1e20) is a plain 21-digit string
    [MAX, 'USD', 'range'], // too many minor units once scaled
    // A JSON number with more than 15 significant digits may have been rounded by JSON.parse already.
    // 90071992547409.91 arrives as the double printed "90071992547409.9": the cent is already gone.
    [90071992547409.91, 'USD', 'range'],
    [12345678901234.56, 'USD', 'range'],
    [1000000000000.001, 'KWD', 'range'],
    [1234567890123.45, 'USD', 123456789012345], // 15 significant digits: exact
    [9999999999999.99, 'USD', 999999999999999],
    [90071992547409, 'USD', 9007199254740900], // an integer number is exact, so 16 digits of minor units are fine
  ])('%j %s → %s', (input, currency, expected) => {
    const result = parseAmount(input, currency);
    if (typeof expected === 'number') expect(result).toEqual({ ok: true, minor: expected });
    else expect(result).toMatchObject({ ok: false, reason: expected });
  });
});

describe('formatAmount and formatMoney', () => {
  it.each<[number, string, string]>([
    [1500, 'USD', '15.00'],
    [1550, 'USD', '15.50'],
    [99, 'USD', '0.99'],
    [5, 'USD', '0.05'],
    [0, 'USD', '0.00'],
    [1500, 'JPY', '1500'],
    [0, 'JPY', '0'],
    [1500, 'KWD', '1.500'],
    [1, 'KWD', '0.001'],
    [12345, 'CLF', '1.2345'],
    [1, 'CLF', '0.0001'],
    [MAX, 'USD', '90071992547409.91'],
    [MAX, 'JPY', '9007199254740991'],
  ])('%i %s → %s', (minor, currency, text) => {
    expect(formatAmount(minor, currency)).toBe(text);
    expect(formatMoney(minor, currency)).toBe(`${text} ${currency}`);
  });

  it('writes the Google Merchant Center price format', () => {
    expect(formatMoney(1500, 'USD')).toBe('15.00 USD');
  });

  it.each<[number, string]>([
    [-1, 'USD'],
    [1.5, 'USD'],
    [MAX + 1, 'USD'],
    [Number.NaN, 'USD'],
    [100, 'XXX'],
    [100, 'usd'],
  ])('refuses %j %s', (minor, currency) => {
    expect(() => formatAmount(minor, currency)).toThrow(RangeError);
  });
});

describe('round trip', () => {
  const samples = [0, 1, 5, 9, 10, 99, 100, 101, 999, 1000, 1999, 12345, 100000, 123456789, 4294967296, MAX - 1, MAX];

  it('parse(format(x)) = x for every currency and many amounts', () => {
    for (const currency of CURRENCY_CODES) {
      for (const minor of samples) {
        expect(parseAmount(formatAmount(minor, currency), currency)).toEqual({ ok: true, minor });
      }
    }
  });

  it('parse(format(x)) = x for a deterministic spread of amounts', () => {
    // A linear congruential generator instead of Math.random, so a failure reproduces.
    let seed = 20261122;
    for (let i = 0; i < 2000; i++) {
      seed = (seed * 1103515245 + 12345) % 2147483648;
      const minor = seed * ((i % 7) + 1) * 1000 + i; // up to ~1.5e13, still a safe integer
      for (const currency of ['USD', 'JPY', 'KWD', 'CLF']) {
        expect(parseAmount(formatAmount(minor, currency), currency)).toEqual({ ok: true, minor });
      }
    }
  });

  it('format always writes exactly the ISO exponent of fraction digits', () => {
    for (const currency of CURRENCY_CODES) {
      const exponent = currencyExponent(currency) ?? -1;
      const fraction = formatAmount(7, currency).split('.')[1] ?? '';
      expect(fraction.length).toBe(exponent);
    }
  });
});
