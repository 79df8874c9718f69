import type { FoundUrl } from '../channel.js';
import type { Availability } from '../../model/generated/product.js';
import { parseAmount } from '../../model/money.js';
import type { OfferFacts } from '../../model/offer-facts.js';

const SCHEMA_AVAILABILITY: Readonly<Record<string, Availability>> = { InStock: 'in_stock', OutOfStock: 'out_of_stock', PreOrder: 'preorder', BackOrder: 'backorder' };

/**
 * One product document back into offer facts, one per offer: a Product, or each variant of a ProductGroup.
 * The regular price is the strikethrough price specification while a sale is on; each node's id names its
 * variant (variantNodeId).
 */
export function parseJsonLdDocument(text: string): OfferFacts[] {
  const doc = JSON.parse(text) as Record<string, any>;
  const items = doc['@type'] === 'ProductGroup' ? (doc.hasVariant as Array<Record<string, any>>) : [doc];
  const out: OfferFacts[] = [];
  for (const item of items) {
    const offer = item.offers as Record<string, any> | undefined;
    if (!offer) continue;
    const specs = ([] as Array<Record<string, any>>).concat(offer.priceSpecification ?? []);
    const struck = specs.find((s) => s.priceType === 'https://schema.org/StrikethroughPrice');
    const current = parseAmount(offer.price, offer.priceCurrency);
    const regular = struck ? parseAmount(struck.price, struck.priceCurrency) : current;
    if (!current.ok || !regular.ok) continue;
    const availability = SCHEMA_AVAILABILITY[String(offer.availability).replace(/^https?:\/\/schema\.org\//, '')] ?? offer.availability;
    out.push({ variantId: idOf(item), regular: regular.minor, current: current.minor, currency: offer.priceCurrency, availability, url: offer.url });
  }
  return out;
}

function idOf(item: Record<string, any>): string {
  const match = /#variant-([^#]+)$/.exec(String(item['@id'] ?? ''));
  return match ? decodeURIComponent(match[1]!) : String(item['@id']);
}

/**
 * One product document's pages and images for the link check. Variants first, so a page is reported with the
 * variant that names it; the variant's id comes back out of its node id (variantNodeId).
 */
export function jsonLdDocumentUrls(text: string): FoundUrl[] {
  const doc = JSON.parse(text) as Record<string, any>;
  const productId: string | undefined = doc.productGroupID ?? undefined;
  const product = productId ? { productId } : {};
  const items: Array<Record<string, any>> = doc['@type'] === 'ProductGroup' ? doc.hasVariant : [doc];
  const out: FoundUrl[] = [];
  for (const item of items) {
    const fromId = /#variant-([^#]+)$/.exec(String(item['@id'] ?? ''))?.[1];
    const ids = { ...product, ...(fromId ? { variantId: decodeURIComponent(fromId) } : {}) };
    for (const url of [item.url, item.offers?.url].filter(Boolean)) out.push({ url, kind: 'page', ...ids });
    for (const image of ([] as string[]).concat(item.image ?? [])) out.push({ url: image, kind: 'image', ...ids });
  }
  for (const url of [doc.url].filter(Boolean)) out.push({ url, kind: 'page', ...product });
  for (const image of ([] as string[]).concat(doc.image ?? [])) out.push({ url: image, kind: 'image', ...product });
  return out;
}
