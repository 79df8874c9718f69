import type { Availability } from '../../model/generated/product.js';
import type { OfferFacts } from '../../model/offer-facts.js';
import type { UcpProduct } from '../../formats/ucp/catalog-types.js';

/**
 * One products.jsonl line (a UCP product with its variants) back into offer facts for the parity check, so the
 * catalog API can never answer with a price or an availability the feeds do not publish: list_price is the
 * regular price (variant.json), unit_price the unit price.
 */
export function parseCatalogLine(line: string): OfferFacts[] {
  const product = JSON.parse(line) as UcpProduct;
  return product.variants.map((v) => ({
    variantId: v.id,
    regular: (v.list_price ?? v.price).amount,
    current: v.price.amount,
    currency: v.price.currency,
    availability: v.availability.status as Availability,
    url: v.url ?? '',
    unit: v.unit_price?.amount ?? null,
  }));
}
