import { describe, expect, it } from 'vitest';
import type { Measure } from '../../model/generated/product.js';
import { ucpUnitPrice } from './ucp-unit-price.js';

const m = (value: number, unit: Measure['unit']): Measure => ({ value, unit });

describe('ucpUnitPrice', () => {
  it.each<[string, number, string, Measure, Measure, number]>([
    ['same unit, rounded half up', 1650, 'USD', m(340, 'g'), m(100, 'g'), 485],
    ['kilograms per 100 g', 800, 'USD', m(1, 'kg'), m(100, 'g'), 80],
    ['millilitres per litre', 1299, 'EUR', m(750, 'ml'), m(1, 'l'), 1732],
    ['a decimal package size', 499, 'EUR', m(0.75, 'l'), m(1, 'l'), 665],
    ['ounces per pound (avoirdupois, exact)', 1200, 'USD', m(12, 'oz'), m(1, 'lb'), 1600],
    ['a yen price', 398, 'JPY', m(88, 'ml'), m(100, 'ml'), 452],
    ['exactly half a minor unit rounds up', 1, 'USD', m(2, 'item'), m(1, 'item'), 1],
    ['a free item', 0, 'USD', m(340, 'g'), m(100, 'g'), 0],
  ])('works out %s', (_name, minor, currency, measure, reference, amount) => {
    expect(ucpUnitPrice({ minor, currency }, measure, reference)).toEqual({ amount, currency, measure, reference });
  });

  it.each<[string, Measure, Measure]>([
    ['mass against volume', m(340, 'g'), m(100, 'ml')],
    ['US fluid measures, which differ from imperial ones', m(1, 'qt'), m(1, 'floz')],
    ['counts of different things', m(10, 'sheet'), m(1, 'item')],
    ['a reference quantity that is not whole', m(340, 'g'), m(0.5, 'kg')],
  ])('gives none for %s', (_name, measure, reference) => {
    expect(ucpUnitPrice({ minor: 1000, currency: 'USD' }, measure, reference)).toBeUndefined();
  });
});
