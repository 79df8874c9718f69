import { describe, expect, it } from 'vitest';
import { compareDecimal, readDecimal } from './decimal.js';

describe('readDecimal', () => {
  it.each([
    ['24.00', { value: '24.00' }],
    [' 24.00 ', { value: '24.00' }],
    [24, { value: '24' }],
    [19.9, { value: '19.9' }],
    ['', {}],
    [null, {}],
    [undefined, {}],
    ['$24', { invalid: true }],
    ['1,299.00', { invalid: true }],
    ['-5.00', { invalid: true }],
    [Number.NaN, { invalid: true }],
    [true, { invalid: true }],
  ])('%j → %j', (raw, expected) => {
    expect(readDecimal(raw)).toEqual(expected);
  });
});

describe('compareDecimal', () => {
  it.each([
    ['189.00', '149.00', 1],
    ['10', '9.50', 1],
    ['9.5', '9.50', 0],
    ['009.50', '9.5', 0],
    ['0.99', '1', -1],
    ['100.00', '99.99', 1],
    ['12345678901234567890.01', '12345678901234567890.001', 1],
  ])('%s vs %s → %i', (a, b, expected) => {
    expect(compareDecimal(a, b)).toBe(expected);
    expect(compareDecimal(b, a)).toBe(-expected || 0);
  });
});
