import { describe, expect, it } from 'vitest';
import { parseDecimal, parseInteger } from '../../cell-values.js';
import { addDays, categoryPath, decodeDescription, readWooDate, saleEnd, saleStart, shiftDecimal, splitList, unescapeCell } from './csv-cells.js';

describe('WooCommerce CSV cells', () => {
  it.each([
    ["'=SUM(A1)", '=SUM(A1)'],
    ["'-sale-", '-sale-'],
    ["'@home", '@home'],
    ["it's", "it's"],
    ["'quoted'", "'quoted'"],
  ])('un-escapes the exporter’s formula guard: %s', (cell, value) => {
    expect(unescapeCell(cell)).toBe(value);
  });

  it.each([
    ['Red, Blue', ['Red', 'Blue']],
    ['Red\\, dark, Blue', ['Red, dark', 'Blue']],
    [' a ,, b ', ['a', 'b']],
    ['', []],
  ])('splits the list %j', (cell, list) => {
    expect(splitList(cell)).toEqual(list);
  });

  it.each([
    ['<p>a</p>\\n<p>b</p>', '<p>a</p>\n<p>b</p>'],
    ['C:\\\\new folder', 'C:\\new folder'],
    ['real\nbreak', 'real\nbreak'],
  ])('decodes the description %j', (cell, text) => {
    expect(decodeDescription(cell)).toBe(text);
  });

  it.each([
    ['Clothing > Hoodies', 'Clothing > Hoodies'],
    ['Clothing>Hoodies >Zip', 'Clothing > Hoodies > Zip'],
    ['Sale', 'Sale'],
  ])('normalizes the category path %j', (cell, path) => {
    expect(categoryPath(cell)).toBe(path);
  });

  it.each([
    ['19.99', '19.99'],
    ['19,99', '19.99'],
    ['20', '20'],
    ['0', '0'],
    ['1,234.50', undefined],
    ['-5', undefined],
    ['12 EUR', undefined],
    ['.5', '0.5'],
  ])('reads the price %j as WooCommerce writes it (decimal comma allowed)', (cell, decimal) => {
    const parsed = parseDecimal(cell, { decimalComma: true });
    expect(parsed.ok ? parsed.value : undefined).toBe(decimal);
  });

  it.each([
    ['42', 42],
    ['-3', -3],
    ['parent', undefined],
    ['2.5', undefined],
  ])('reads the stock %j', (cell, quantity) => {
    const parsed = parseInteger(cell);
    expect(parsed.ok ? parsed.value : undefined).toBe(quantity);
  });

  it.each([
    ['2026-11-20', { date: '2026-11-20' }],
    ['2026-11-20 0:00:00', { date: '2026-11-20', seconds: 0 }],
    ['2026-11-30 23:59:59', { date: '2026-11-30', seconds: 86399 }],
    ['2026-11-20T09:30', { date: '2026-11-20', seconds: 34200 }],
    ['2026-02-30', undefined],
    ['20/11/2026', undefined],
    ['2026-11-20 24:00:00', undefined],
  ])('reads the date %j', (cell, date) => {
    expect(readWooDate(cell)).toEqual(date);
  });

  it.each([
    ['2026-11-20', { value: '2026-11-20', rounded: false }, { value: '2026-11-21', rounded: false }],
    ['2026-11-20 0:00:00', { value: '2026-11-20', rounded: false }, { value: '2026-11-20', rounded: true }],
    ['2026-11-30 23:59:59', { value: '2026-12-01', rounded: true }, { value: '2026-12-01', rounded: false }],
    ['2026-12-31 12:00:00', { value: '2027-01-01', rounded: true }, { value: '2026-12-31', rounded: true }],
  ])('bounds a sale at %j as a start and as an end', (cell, start, end) => {
    const date = readWooDate(cell)!;
    expect(saleStart(date)).toEqual(start);
    expect(saleEnd(date)).toEqual(end);
  });

  it('adds days across months and leap years', () => {
    expect(addDays('2028-02-28', 1)).toBe('2028-02-29');
    expect(addDays('2026-12-31', 1)).toBe('2027-01-01');
  });

  it.each([
    ['1.5', 2, 150],
    ['0.1', 2, 10],
    ['35', 0, 35],
    ['25', -1, 2.5],
    ['5', -1, 0.5],
    ['0.05', -1, 0.005],
  ])('moves the decimal point of %s by %i places', (value, places, out) => {
    expect(shiftDecimal(value, places)).toBe(out);
  });
});
