import type { Availability } from '../../model/generated/product.js';
import { parseFormattedMoney } from '../../model/money.js';
import type { OfferFacts } from '../../model/offer-facts.js';
import { oneOrNone, type ReadBack } from '../channel.js';
import { decodeXmlText } from '../google/read-back.js';
import { MODEL_AVAILABILITY } from './limits.js';

/** The text of an item's first <g:name> element. */
function field(item: string, name: string): string | undefined {
  const open = `<g:${name}>`;
  const start = item.indexOf(open);
  if (start === -1) return undefined;
  const end = item.indexOf(`</g:${name}>`, start);
  return end === -1 ? undefined : decodeXmlText(item.slice(start + open.length, end).trim());
}

const SHIPPING = /<g:shipping>[\s\S]*?<\/g:shipping>/g;

/**
 * One item of this channel's feed back into offer facts. The feed's shape is agentshelf's own (flat elements,
 * escaped text), so fields are found by their tags, as the Google reader does. Shipping groups are dropped
 * first, as they carry prices of their own. Availability goes back into the model's words; a value this channel
 * never writes is passed on as it is, so the parity check names it.
 */
export function parseMetaItem(raw: string, now: number): OfferFacts | undefined {
  const item = raw.includes('<g:shipping>') ? raw.replace(SHIPPING, '') : raw;
  const price = parseFormattedMoney(field(item, 'price'));
  const id = field(item, 'id');
  if (!price || id === undefined) return undefined;
  let current = price.minor;
  const sale = parseFormattedMoney(field(item, 'sale_price'));
  if (sale) {
    // A sale counts when its window holds "now", or when it has no window (Meta keeps it on until removed).
    const window = field(item, 'sale_price_effective_date')?.split('/');
    const on = !window || (Date.parse(window[0]!) <= now && now < Date.parse(window[1]!));
    if (on) current = sale.minor;
  }
  const availability = field(item, 'availability') ?? '';
  return {
    variantId: id,
    regular: price.minor,
    current,
    currency: price.currency,
    availability: MODEL_AVAILABILITY[availability] ?? (availability as Availability),
    url: field(item, 'link') ?? '',
  };
}

export function metaReadBack(path: string): ReadBack {
  return { kind: 'items', path, open: '<item>', close: '</item>', parse: (item, now) => oneOrNone(parseMetaItem(item, now)) };
}
