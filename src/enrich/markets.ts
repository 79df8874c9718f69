import type { ResolvedMarket, ResolvedShippingRate } from '../model/resolved-config.js';
import { convertMoney } from '../model/convert-money.js';
import type { ResolvedMarketPrice, ResolvedVariant } from '../model/resolved.js';

/**
 * A variant's prices in each extra market, by the config's fixed rates. Only prices in the shop currency are
 * converted: a product priced in another currency already states its own price, and converting it by a rate
 * quoted against the shop currency would be wrong.
 */
export function marketPrices(variant: ResolvedVariant, markets: readonly ResolvedMarket[], shopCurrency: string): ResolvedMarketPrice[] | undefined {
  if (markets.length === 0 || variant.price.currency !== shopCurrency) return undefined;
  return markets.map((market) => {
    const out: ResolvedMarketPrice = {
      country: market.country,
      price: convertMoney(variant.price, market),
      currentPrice: convertMoney(variant.currentPrice, market),
    };
    if (variant.sale) out.salePrice = convertMoney(variant.sale.price, market);
    return out;
  });
}

/**
 * The shipping rates a market's feed carries: those that ship to its country, converted by the market's rate
 * when they are in the shop currency (a rate the config states in another currency is already that market's).
 */
export function marketShippingRates(shipping: readonly ResolvedShippingRate[], market: ResolvedMarket, shopCurrency: string): ResolvedShippingRate[] {
  return shipping.filter((rate) => rate.country === market.country).map((rate) => (rate.price.currency === shopCurrency ? { ...rate, price: convertMoney(rate.price, market) } : rate));
}
