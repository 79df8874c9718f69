import type { FoundUrl } from '../channel.js';
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

/** One products.jsonl line's pages and images for the link check, each with the product and variant that name it. */
export function acpLineUrls(line: string): FoundUrl[] {
  const product = JSON.parse(line) as { id: string; url?: string; media?: Array<{ url: string }>; variants?: Array<{ id: string; url?: string; media?: Array<{ url: string }> }> };
  const productId = product.id;
  const out: FoundUrl[] = [];
  if (product.url) out.push({ url: product.url, kind: 'page', productId });
  for (const m of product.media ?? []) out.push({ url: m.url, kind: 'image', productId });
  for (const v of product.variants ?? []) {
    if (v.url) out.push({ url: v.url, kind: 'page', productId, variantId: v.id });
    for (const m of v.media ?? []) out.push({ url: m.url, kind: 'image', productId, variantId: v.id });
  }
  return out;
}
