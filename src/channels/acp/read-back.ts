import type { Availability } from '../../model/generated/product.js';
import type { OfferFacts } from '../../model/offer-facts.js';

/**
 * One products.jsonl line (a product with its variants) back into offer facts; list_price is the regular price,
 * and unit_price is compared with the model's unit price.
 */
export function parseAcpLine(line: string): OfferFacts[] {
  const product = JSON.parse(line) as { variants?: Array<Record<string, any>> };
  const out: OfferFacts[] = [];
  for (const v of product.variants ?? []) {
    if (!v.price) continue;
    out.push({ variantId: v.id, regular: (v.list_price ?? v.price).amount, current: v.price.amount, currency: v.price.currency, availability: v.availability?.status as Availability, url: v.url, unit: v.unit_price?.amount ?? null });
  }
  return out;
}
