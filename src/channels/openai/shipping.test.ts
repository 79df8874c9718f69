import { describe, expect, it } from 'vitest';
import type { ResolvedShippingRate } from '../../model/resolved-config.js';
import type { Diagnostic } from '../../model/diagnostic.js';
import { ShippingCells, shippingTuple } from './shipping.js';

const usd = (minor: number) => ({ minor, currency: 'USD' });

describe('shippingTuple', () => {
  it.each([
    ['four positions, empty region', { country: 'US', service: 'Standard', price: usd(500) }, 'US::Standard:5.00 USD'],
    ['a region', { country: 'US', region: 'CA', service: 'Overnight', price: usd(1600) }, 'US:CA:Overnight:16.00 USD'],
    ['free shipping', { country: 'US', service: 'Standard', price: usd(0) }, 'US::Standard:0.00 USD'],
    ['handling and transit days', { country: 'US', region: 'CA', service: 'Overnight', price: usd(1600), handlingDays: { min: 1, max: 2 }, transitDays: { min: 1, max: 3 } }, 'US:CA:Overnight:16.00 USD:1:2:1:3'],
    ['transit days only', { country: 'CA', service: 'Standard', price: usd(1200), transitDays: { min: 5, max: 9 } }, 'CA::Standard:12.00 USD:::5:9'],
    ['handling days only', { country: 'CA', service: 'Standard', price: usd(1200), handlingDays: { min: 0, max: 1 } }, 'CA::Standard:12.00 USD:0:1::'],
    ['a currency without decimals', { country: 'JP', service: 'Standard', price: { minor: 800, currency: 'JPY' } }, 'JP::Standard:800 JPY'],
  ] as Array<[string, ResolvedShippingRate, string]>)('%s', (_name, rate, tuple) => {
    expect(shippingTuple(rate)).toBe(tuple);
  });

  it.each([
    ['a colon in the service', { country: 'US', service: 'Express: next day', price: usd(1900) }],
    ['a comma in the service', { country: 'US', service: 'Ground, insured', price: usd(900) }],
    ['a colon in the region', { country: 'US', region: 'C:A', service: 'Standard', price: usd(900) }],
  ] as Array<[string, ResolvedShippingRate]>)('cannot write %s', (_name, rate) => {
    expect(shippingTuple(rate)).toBeUndefined();
  });
});

describe('ShippingCells', () => {
  it('joins the rates of a currency and reports other currencies once per currency', () => {
    const found: Diagnostic[] = [];
    const cells = new ShippingCells(
      [
        { country: 'US', service: 'Standard', price: usd(595) },
        { country: 'CA', service: 'Standard', price: { minor: 1500, currency: 'CAD' } },
        { country: 'US', service: 'Express', price: usd(1495) },
      ],
      (d) => found.push(d),
    );
    expect(cells.cell('USD')).toBe('US::Standard:5.95 USD,US::Express:14.95 USD');
    expect(cells.cell('USD')).toBe('US::Standard:5.95 USD,US::Express:14.95 USD');
    expect(cells.cell('EUR')).toBeUndefined();
    expect(found.map((d) => [d.ruleId, d.expected])).toEqual([
      ['openai/shipping-currency', 'USD'],
      ['openai/shipping-currency', 'EUR'],
    ]);
  });
});
