import type { Availability } from '../../model/generated/product.js';
import { formatAmount, formatMoney } from '../../model/money.js';
import type { ResolvedProduct, ResolvedVariant } from '../../model/resolved.js';

/**
 * Plain-English phrases for prices and availability, made from the resolved model's values only: the current
 * price, the sale and the availability are read, never recomputed. The phrases are data-free apart from
 * amounts and dates, so they need no Markdown escaping beyond what the callers apply.
 */

/** The model's availability values (schemas/product.schema.json, after Google's list: https://support.google.com/merchants/answer/6324448). */
const AVAILABILITY_TEXT: Record<Availability, string> = {
  in_stock: 'in stock',
  out_of_stock: 'out of stock',
  preorder: 'pre-order',
  backorder: 'backorder',
};

const AVAILABILITY_ORDER: readonly Availability[] = ['in_stock', 'preorder', 'backorder', 'out_of_stock'];

export function availabilityText(variant: ResolvedVariant): string {
  const text = AVAILABILITY_TEXT[variant.availability];
  return variant.availabilityDate && variant.availability !== 'in_stock' ? `${text}, available from ${variant.availabilityDate}` : text;
}

/** "179.00 USD (sale until 2026-12-02T23:59:59-05:00, regular price 229.00 USD)" or "229.00 USD". */
export function variantPriceText(variant: ResolvedVariant): string {
  const current = formatMoney(variant.currentPrice.minor, variant.currentPrice.currency);
  const sale = variant.sale;
  if (!sale?.active) return current;
  const regular = formatMoney(variant.price.minor, variant.price.currency);
  return sale.endsAt ? `${current} (sale until ${sale.endsAt}, regular price ${regular})` : `${current} (sale, regular price ${regular})`;
}

/**
 * The price a product line shows: the variant's own phrase for a single variant, else the range of current
 * prices per currency ("179.00–229.00 USD, some on sale"; "on sale" when every variant is), from the model's ranges.
 */
export function productPriceText(product: ResolvedProduct): string {
  const [only] = product.variants;
  if (product.variants.length === 1 && only) return variantPriceText(only);
  const text = product.priceRanges.map(({ current: { min, max } }) =>
    min.minor === max.minor ? formatMoney(min.minor, min.currency) : `${formatAmount(min.minor, min.currency)}–${formatMoney(max.minor, max.currency)}`,
  );
  const onSale = product.priceRanges.reduce((sum, range) => sum + range.onSale, 0);
  const sale = onSale === 0 ? '' : onSale === product.variants.length ? ', on sale' : ', some on sale';
  return `${text.join(', ')}${sale}`;
}

/** "in stock", "3 of 8 variants in stock", or the distinct states when none is in stock ("pre-order, backorder"). */
export function productAvailabilityText(product: ResolvedProduct): string {
  const [only] = product.variants;
  if (product.variants.length === 1 && only) return availabilityText(only);
  const counts = new Map<Availability, number>();
  for (const v of product.variants) counts.set(v.availability, (counts.get(v.availability) ?? 0) + 1);
  if (counts.size === 1) return AVAILABILITY_TEXT[product.variants[0]!.availability];
  const inStock = counts.get('in_stock') ?? 0;
  if (inStock > 0) return `${inStock} of ${product.variants.length} variants in stock`;
  return AVAILABILITY_ORDER.filter((a) => counts.has(a)).map((a) => AVAILABILITY_TEXT[a]).join(', ');
}

/** Whether a buyer can order some variant for delivery now: what ranks a product as "key" in llms.txt. */
export function hasStock(product: ResolvedProduct): boolean {
  return product.variants.some((v) => v.availability === 'in_stock');
}
