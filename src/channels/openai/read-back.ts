import type { Availability } from '../../model/generated/product.js';
import { parseFormattedMoney } from '../../model/money.js';
import type { OfferFacts } from '../../model/offer-facts.js';
import type { ReadBack } from '../channel.js';
import { OPENAI_FEED_DIR } from './shards.js';

const AVAILABILITY: Readonly<Record<string, Availability>> = { in_stock: 'in_stock', out_of_stock: 'out_of_stock', pre_order: 'preorder', backorder: 'backorder' };

/** products.jsonl.gz first, then its numbered shards in number order. */
export function shardOrder(a: string, b: string): number {
  const n = (name: string) => Number(/(\d+)\.jsonl\.gz$/.exec(name)?.[1] ?? 0);
  return n(a) - n(b) || a.localeCompare(b);
}

/** One JSON Lines row back into offer facts: the price is what a buyer pays unless a sale price is given. */
export function parseOpenAiLine(line: string): OfferFacts[] {
  const row = JSON.parse(line) as Record<string, string>;
  const price = parseFormattedMoney(row.price);
  if (!price) return [];
  const sale = parseFormattedMoney(row.sale_price);
  return [{ variantId: row.item_id!, regular: price.minor, current: sale?.minor ?? price.minor, currency: price.currency, availability: AVAILABILITY[row.availability!] ?? (row.availability as Availability), url: row.url! }];
}

/** Every JSON Lines shard, in shard order. */
export const openaiReadBack: ReadBack = { kind: 'shards', dir: OPENAI_FEED_DIR, suffix: '.jsonl.gz', gzip: true, order: shardOrder, parser: () => parseOpenAiLine };
