import { describe, expect, it } from 'vitest';
import { minorUnitsToDecimal } from './minor-units.js';

describe('minorUnitsToDecimal', () => {
  it.each([
    ['USD price', '1999', 2, '19.99'],
    ['USD sale price', '1450', 2, '14.50'],
    ['USD cents only', '5', 2, '0.05'],
    ['USD zero', '0', 2, '0.00'],
    ['JPY (minor unit 0)', '1500', 0, '1500'],
    ['JPY zero', '0', 0, '0'],
    ['KWD (minor unit 3)', '12345', 3, '12.345'],
    ['KWD fils only', '7', 3, '0.007'],
    ['leading zeros', '000123', 2, '1.23'],
    ['a large amount, no float rounding', '123456789012345678', 2, '1234567890123456.78'],
  ])('%s: %s with %i decimals is %s', (_name, amount, minor, decimal) => {
    expect(minorUnitsToDecimal(amount, minor)).toBe(decimal);
  });

  it.each([
    ['a decimal string', '19.99', 2],
    ['a negative amount', '-100', 2],
    ['an empty string', '', 2],
    ['a fractional minor unit', '100', 1.5],
    ['a negative minor unit', '100', -1],
    ['an absurd minor unit', '100', 12],
  ])('refuses %s', (_name, amount, minor) => {
    expect(minorUnitsToDecimal(amount, minor)).toBeUndefined();
  });
});
