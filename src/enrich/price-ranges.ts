import type { Money, ResolvedPriceRange, ResolvedVariant } from '../model/resolved.js';

/**
 * The lowest and highest current and regular prices of a product's variants, per currency, in the order the
 * currencies first appear. Amounts are compared as integer minor units; a range never mixes currencies.
 */
export function priceRanges(variants: readonly ResolvedVariant[]): ResolvedPriceRange[] {
  const ranges = new Map<string, ResolvedPriceRange>();
  for (const variant of variants) {
    const { currency } = variant.currentPrice;
    const onSale = variant.sale?.active === true ? 1 : 0;
    const range = ranges.get(currency);
    if (!range) {
      ranges.set(currency, { currency, current: { min: variant.currentPrice, max: variant.currentPrice }, regular: { min: variant.price, max: variant.price }, variants: 1, onSale });
      continue;
    }
    range.current = widen(range.current, variant.currentPrice);
    range.regular = widen(range.regular, variant.price);
    range.variants++;
    range.onSale += onSale;
  }
  return [...ranges.values()];
}

function widen(range: { min: Money; max: Money }, money: Money): { min: Money; max: Money } {
  return { min: money.minor < range.min.minor ? money : range.min, max: money.minor > range.max.minor ? money : range.max };
}
