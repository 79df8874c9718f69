import type { Availability } from '../../model/generated/product.js';
import { parseFormattedMoney } from '../../model/money.js';
import type { OfferFacts } from '../../model/offer-facts.js';
import { oneOrNone, type ReadBack } from '../channel.js';
import { firstElementText } from '../../model/xml-text.js';
import { MODEL_AVAILABILITY } from './limits.js';

const SHIPPING = /<g:shipping>[\s\S]*?<\/g:shipping>/g;

/**
 * One item of this channel's feed back into offer facts. The feed's shape is agentshelf's own (flat elements,
 * escaped text), so fields are found by their tags, as the Google reader does. Shipping groups are dropped
 * first, as they carry prices of their own. Availability goes back into the model's words; a value this channel
 * never writes is passed on as it is, so the parity check names it.
 */
export function parseMetaItem(raw: string, now: number): OfferFacts | undefined {
  const item = raw.includes('<g:shipping>') ? raw.replace(SHIPPING, '') : raw;
  const price = parseFormattedMoney(firstElementText(item, 'g:price'));
  const id = firstElementText(item, 'g:id');
  if (!price || id === undefined) return undefined;
  let current = price.minor;
  const sale = parseFormattedMoney(firstElementText(item, 'g:sale_price'));
  if (sale) {
    // A sale counts when its window holds "now", or when it has no window (Meta keeps it on until removed).
    const window = firstElementText(item, 'g:sale_price_effective_date')?.split('/');
    const on = !window || (Date.parse(window[0]!) <= now && now < Date.parse(window[1]!));
    if (on) current = sale.minor;
  }
  const availability = firstElementText(item, 'g:availability') ?? '';
  return {
    variantId: id,
    regular: price.minor,
    current,
    currency: price.currency,
    availability: MODEL_AVAILABILITY[availability] ?? (availability as Availability),
    url: firstElementText(item, 'g:link') ?? '',
  };
}

export function metaReadBack(path: string): ReadBack {
  return { kind: 'items', path, open: '<item>', close: '</item>', parse: (item, now) => oneOrNone(parseMetaItem(item, now)) };
}
