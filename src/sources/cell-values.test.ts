import { describe, expect, it } from 'vitest';
import { parseBoolean, parseDecimal, parseInteger } from './cell-values.js';

describe('parseDecimal', () => {
  it.each([
    ['15.00', '15.00'],
    ['.5', '0.5'],
    ['1.', '1'],
    [' 2.50 ', '2.50'],
    ['007.5', '7.5'],
    ['0', '0'],
    ['000', '0'],
    ['0.000', '0.000'],
  ])('reads %j as %j', (raw, expected) => expect(parseDecimal(raw)).toEqual({ ok: true, value: expected }));

  it.each(['', '.', '-1', '+1', '1,299.00', '1 299', '1e3', 'NaN', 'Infinity', 'abc', '1.2.3', '19,99', '0.5 kg', '$5'])('refuses %j', (raw) => {
    expect(parseDecimal(raw).ok).toBe(false);
  });

  it('reads a decimal comma only where the platform writes one', () => {
    expect(parseDecimal('19,99', { decimalComma: true })).toEqual({ ok: true, value: '19.99' });
    expect(parseDecimal(',5', { decimalComma: true })).toEqual({ ok: true, value: '0.5' });
    expect(parseDecimal('1,299.00', { decimalComma: true }).ok).toBe(false);
    expect(parseDecimal('1,2,3', { decimalComma: true }).ok).toBe(false);
  });

  it.each([
    ['0.5 kg', ['kg'], '0.5'],
    ['.5kg', ['kg'], '0.5'],
    ['2 LBS', ['lbs', 'lb'], '2'],
    ['3', ['cm'], '3'],
  ])('reads %j with the header unit %j', (raw, units, expected) => expect(parseDecimal(raw, { units })).toEqual({ ok: true, value: expected }));

  it('refuses a unit the header does not name', () => {
    expect(parseDecimal('0.5 lb', { units: ['kg'] }).ok).toBe(false);
    expect(parseDecimal('kg', { units: ['kg'] }).ok).toBe(false);
  });
});

describe('parseInteger', () => {
  it.each([
    ['5', 5],
    [' 12 ', 12],
    ['-3', -3],
    ['5.0', 5],
    ['5.', 5],
    ['-0', 0],
    ['007', 7],
  ])('reads %j as %j', (raw, expected) => expect(parseInteger(raw)).toEqual({ ok: true, value: expected }));

  it.each(['', '+4', '5.5', '1,000', '1e3', 'ten', '99999999999999999999', 'NaN'])('refuses %j', (raw) => expect(parseInteger(raw).ok).toBe(false));
});

describe('parseBoolean', () => {
  it.each([
    ['1', true],
    ['TRUE', true],
    ['True', true],
    ['yes', true],
    [' Yes ', true],
    ['0', false],
    ['FALSE', false],
    ['no', false],
  ])('reads %j as %j', (raw, expected) => expect(parseBoolean(raw)).toEqual({ ok: true, value: expected }));

  it.each(['', '2', 'maybe', 'on', 'y', 'n', '-1'])('refuses %j', (raw) => expect(parseBoolean(raw).ok).toBe(false));
});
