import { describe, expect, it } from 'vitest';
import type { ResolvedMarket, ResolvedShippingRate } from '../model/resolved-config.js';
import type { ResolvedVariant } from '../model/resolved.js';
import { marketPrices, marketShippingRates } from './markets.js';

const GB: ResolvedMarket = { country: 'GB', currency: 'GBP', rate: '0.79' };
const JP: ResolvedMarket = { country: 'JP', currency: 'JPY', rate: '151.5' };
const usd = (minor: number) => ({ minor, currency: 'USD' });

describe('marketPrices', () => {
  const variant = { price: usd(14900), currentPrice: usd(11900), sale: { price: usd(11900), active: true, window: { kind: 'open' } } } as unknown as ResolvedVariant;

  it('converts the regular, current and sale price into each market, by its exponent', () => {
    expect(marketPrices(variant, [GB, JP], 'USD')).toEqual([
      { country: 'GB', price: { minor: 11771, currency: 'GBP' }, currentPrice: { minor: 9401, currency: 'GBP' }, salePrice: { minor: 9401, currency: 'GBP' } },
      // 149.00 × 151.5 = 22573.5 yen, rounded half up to whole yen (JPY has no minor unit).
      { country: 'JP', price: { minor: 22574, currency: 'JPY' }, currentPrice: { minor: 18029, currency: 'JPY' }, salePrice: { minor: 18029, currency: 'JPY' } },
    ]);
  });

  it('leaves a variant priced in another currency alone: the rates are quoted against the shop currency', () => {
    expect(marketPrices({ ...variant, price: { minor: 100, currency: 'EUR' } }, [GB], 'USD')).toBeUndefined();
  });

  it('gives nothing when the config has no markets', () => {
    expect(marketPrices(variant, [], 'USD')).toBeUndefined();
  });
});

describe('marketShippingRates', () => {
  const rates: ResolvedShippingRate[] = [
    { country: 'US', service: 'Ground', price: usd(500) },
    { country: 'GB', service: 'Standard', price: usd(1000) },
    { country: 'GB', service: 'Express', price: { minor: 1200, currency: 'GBP' } },
  ];

  it("keeps the market's country only and converts the rates stated in the shop currency", () => {
    expect(marketShippingRates(rates, GB, 'USD')).toEqual([
      { country: 'GB', service: 'Standard', price: { minor: 790, currency: 'GBP' } },
      { country: 'GB', service: 'Express', price: { minor: 1200, currency: 'GBP' } },
    ]);
  });

  it('gives none for a market no rate ships to', () => {
    expect(marketShippingRates(rates, JP, 'USD')).toEqual([]);
  });
});
