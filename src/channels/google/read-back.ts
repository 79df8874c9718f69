import type { Availability } from '../../model/generated/product.js';
import { parseFormattedMoney } from '../../model/money.js';
import type { OfferFacts } from '../../model/offer-facts.js';
import { allElementTexts, firstElementText } from '../../model/xml-text.js';
import { oneOrNone, type FoundUrl, type ReadBack } from '../channel.js';

/** The text of an item's first <g:name> element. */
export function itemField(item: string, name: string): string | undefined {
  return firstElementText(item, `g:${name}`);
}

const SHIPPING = /<g:shipping>[\s\S]*?<\/g:shipping>/g;

/**
 * One item of this channel's feed back into offer facts. The feed's shape is agentshelf's own (flat g:
 * elements, escaped text), so the fields are found by their tags: a full XML parse of every item cost more
 * than the rest of the parity check together (a 100k-variant profile: 10 s of 12 s). Shipping groups are
 * dropped first, as they carry prices of their own.
 */
export function parseGoogleItem(raw: string, now: number): OfferFacts | undefined {
  const item = raw.includes('<g:shipping>') ? raw.replace(SHIPPING, '') : raw;
  const price = parseFormattedMoney(itemField(item, 'price'));
  const id = itemField(item, 'id');
  if (!price || id === undefined) return undefined;
  let current = price.minor;
  const sale = parseFormattedMoney(itemField(item, 'sale_price'));
  if (sale) {
    // A sale counts when its window holds "now" (or it has no window).
    const window = itemField(item, 'sale_price_effective_date')?.split('/');
    const on = !window || (Date.parse(window[0]!) <= now && now < Date.parse(window[1]!));
    if (on) current = sale.minor;
  }
  return { variantId: id, regular: price.minor, current, currency: price.currency, availability: itemField(item, 'availability') as Availability, url: itemField(item, 'link') ?? '' };
}

export function googleReadBack(path: string): ReadBack {
  return { kind: 'items', path, open: '<item>', close: '</item>', parse: (item, now) => oneOrNone(parseGoogleItem(item, now)) };
}

/** One item's page and images for the link check, with its variant and its group (or itself) as the product. */
export function googleItemUrls(item: string): FoundUrl[] {
  const variantId = itemField(item, 'id');
  const productId = itemField(item, 'item_group_id') ?? variantId;
  const ids = { ...(productId ? { productId } : {}), ...(variantId ? { variantId } : {}) };
  return [
    ...allElementTexts(item, 'g:link').map((url): FoundUrl => ({ url, kind: 'page', ...ids })),
    ...[...allElementTexts(item, 'g:image_link'), ...allElementTexts(item, 'g:additional_image_link')].map((url): FoundUrl => ({ url, kind: 'image', ...ids })),
  ];
}
