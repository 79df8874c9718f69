import { describe, expect, it } from 'vitest';
import type { Measure } from '../model/generated/product.js';
import { computeUnitPrice, decimalFraction, roundHalfUp } from './unit-price.js';

const usd = (minor: number) => ({ minor, currency: 'USD' });
const m = (value: number, unit: Measure['unit']): Measure => ({ value, unit });

describe('computeUnitPrice', () => {
  it.each([
    // price (minor), measure, base measure, expected amount
    ['same unit', 1650, m(340, 'g'), m(100, 'g'), 485], // 485.29…
    ['same unit, exact', 1980, m(200, 'g'), m(100, 'g'), 990],
    ['half rounds up', 5, m(2, 'item'), m(1, 'item'), 3], // 2.5
    ['decimal measure', 1000, m(0.75, 'l'), m(1, 'l'), 1333], // 1333.33…
    ['decimal measure, many places', 999, m(13.6, 'oz'), m(1, 'oz'), 73], // 73.45…
    ['kg to g', 1299, m(1, 'kg'), m(100, 'g'), 130], // 129.9
    ['ml to l', 1600, m(88, 'ml'), m(1, 'l'), 18182], // 18181.81…
    ['cl to ml', 999, m(75, 'cl'), m(100, 'ml'), 133], // 133.2
    ['lb to oz (16 oz per lb exactly)', 1600, m(1, 'lb'), m(1, 'oz'), 100],
    ['oz to g (28.349523125 g exactly)', 2835, m(1, 'oz'), m(100, 'g'), 10000], // 10000.16…
    ['lb to kg', 45359237, m(1, 'lb'), m(1, 'kg'), 100000000], // exact
    ['in to cm', 254, m(1, 'in'), m(1, 'cm'), 100],
    ['ft to m', 3048, m(1, 'ft'), m(1, 'm'), 10000],
    ['sqft to sqm (0.09290304 sqm exactly)', 929, m(1, 'sqft'), m(1, 'sqm'), 10000], // 9999.67…
    ['qt to pt', 500, m(1, 'qt'), m(1, 'pt'), 250],
    ['gal to qt', 1200, m(1, 'gal'), m(1, 'qt'), 300],
    // A quart sold per pint: the case where ACP once said 500 and the UCP catalog said nothing.
    ['qt per pt', 1000, m(1, 'qt'), m(1, 'pt'), 500],
    ['ounces per pound (avoirdupois, exact)', 1200, m(12, 'oz'), m(1, 'lb'), 1600],
    ['millilitres per litre', 1299, m(750, 'ml'), m(1, 'l'), 1732],
    ['a free item', 0, m(340, 'g'), m(100, 'g'), 0],
  ])('%s', (_, minor, measure, baseMeasure, amount) => {
    const result = computeUnitPrice(usd(minor), { measure, baseMeasure });
    expect(result).toMatchObject({ ok: true, unitPrice: { price: { minor: amount, currency: 'USD' }, measure, reference: baseMeasure } });
  });

  it.each([
    ['dimension', m(340, 'g'), m(100, 'ml')],
    ['dimension', m(1, 'm'), m(1, 'sqm')],
    ['no-exact-conversion', m(12, 'floz'), m(100, 'ml')],
    ['no-exact-conversion', m(16, 'floz'), m(1, 'pt')],
    ['no-exact-conversion', m(1, 'gal'), m(1, 'l')],
    ['no-exact-conversion', m(10, 'sheet'), m(1, 'item')],
    ['reference-not-integer', m(750, 'ml'), m(0.5, 'l')],
    ['measure-format', m(1e-7, 'kg'), m(1, 'kg')],
    ['measure-format', m(0, 'kg'), m(1, 'kg')],
  ])('leaves the unit price out: %s (%o per %o)', (reason, measure, baseMeasure) => {
    expect(computeUnitPrice(usd(1000), { measure, baseMeasure })).toMatchObject({ ok: false, reason });
  });

  it('works in a currency without minor units', () => {
    expect(computeUnitPrice({ minor: 398, currency: 'JPY' }, { measure: m(88, 'ml'), baseMeasure: m(100, 'ml') })).toMatchObject({ ok: true, unitPrice: { price: { minor: 452, currency: 'JPY' } } });
  });

  it('uses integer arithmetic only: no float drift on awkward decimals', () => {
    // 0.1 + 0.2 style values: as floats 1999 * 100 / 0.3 would not be exact.
    const result = computeUnitPrice(usd(1999), { measure: m(0.3, 'kg'), baseMeasure: m(1, 'kg') });
    expect(result).toMatchObject({ ok: true, unitPrice: { price: { minor: 6663 } } }); // 6663.33…
  });
});

describe('roundHalfUp', () => {
  it.each([
    [0n, 1n, 0n],
    [1n, 2n, 1n],
    [3n, 2n, 2n],
    [5n, 2n, 3n],
    [4n, 3n, 1n],
    [5n, 3n, 2n],
    [10n, 4n, 3n],
  ])('%i / %i = %i', (n, d, expected) => {
    expect(roundHalfUp(n, d)).toBe(expected);
  });
});

describe('decimalFraction', () => {
  it.each([
    [340, [340n, 1n]],
    [13.6, [136n, 10n]],
    [0.75, [75n, 100n]],
    [1e-7, undefined],
    [1e21, undefined],
    [-1, undefined],
    [Number.NaN, undefined],
  ])('%d', (value, expected) => {
    expect(decimalFraction(value)).toEqual(expected);
  });
});
