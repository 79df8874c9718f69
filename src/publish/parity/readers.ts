import { createReadStream, readFileSync } from 'node:fs';
import { readdir, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { readLines } from '../read-lines.js';
import type { Availability } from '../../model/generated/product.js';
import { parseAmount } from '../../model/money.js';
import type { OfferFacts } from './offer-facts.js';

/** One output read back: where it is, and its variants' facts in file order. */
export interface OutputReader {
  /** The channel that wrote it. */
  channel: string;
  /** Its path relative to the output root, for messages. */
  path: string;
  read(root: string, now: number): AsyncGenerator<OfferFacts>;
}

async function exists(path: string): Promise<boolean> {
  return readdir(path).then(
    () => true,
    () => false,
  );
}

/** Whether a file is there, without reading it (an output can be gigabytes). */
async function isFile(path: string): Promise<boolean> {
  return stat(path).then(
    (s) => s.isFile(),
    () => false,
  );
}

function money(text: string | undefined): { minor: number; currency: string } | undefined {
  const match = text === undefined ? null : /^(\d+(?:\.\d+)?) ([A-Z]{3})$/.exec(text.trim());
  if (!match) return undefined;
  const parsed = parseAmount(match[1]!, match[2]!);
  return parsed.ok ? { minor: parsed.minor, currency: match[2]! } : undefined;
}

const SCHEMA_AVAILABILITY: Record<string, Availability> = {
  InStock: 'in_stock',
  OutOfStock: 'out_of_stock',
  PreOrder: 'preorder',
  BackOrder: 'backorder',
};

function lines(path: string, gzip: boolean): AsyncGenerator<string> {
  return readLines(path, { gzip });
}

/** XML 1.0's predefined entities and character references: all the Google channel writes into text. */
function decodeXmlText(text: string): string {
  if (text.startsWith('<![CDATA[') && text.endsWith(']]>')) return text.slice(9, -3);
  if (!text.includes('&')) return text;
  return text.replace(/&(?:#x([0-9a-fA-F]+)|#(\d+)|(amp|lt|gt|quot|apos));/g, (_m, hex: string, dec: string, name: string) => {
    if (hex) return String.fromCodePoint(parseInt(hex, 16));
    if (dec) return String.fromCodePoint(Number(dec));
    return ({ amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" } as Record<string, string>)[name]!;
  });
}

/** The text of an item's first <g:name> element, outside its shipping groups (which have a price of their own). */
function field(item: string, name: string): string | undefined {
  const open = `<g:${name}>`;
  const start = item.indexOf(open);
  if (start === -1) return undefined;
  const end = item.indexOf(`</g:${name}>`, start);
  return end === -1 ? undefined : decodeXmlText(item.slice(start + open.length, end).trim());
}

const SHIPPING = /<g:shipping>[\s\S]*?<\/g:shipping>/g;
const ITEM_OPEN = Buffer.from('<item>');
const ITEM_CLOSE = Buffer.from('</item>');

/**
 * The Google feed: items cut out of the stream one at a time, and the six fields parity needs read out of
 * each. A full XML parse of every item cost more than the rest of the check together (a 100k-variant
 * profile: 10 s of 12 s), and the feed's shape is agentshelf's own: flat g: elements, escaped text.
 */
export const googleReader: OutputReader = {
  channel: 'google',
  path: 'feeds/google/products.xml',
  async *read(root, now) {
    const file = join(root, this.path);
    if (!(await isFile(file))) return;
    // Bytes, not text: each item is decoded on its own, so no item string keeps a megabyte chunk alive
    // (reading a 1.8 GB feed back as text chunks grew the heap with the feed; see read-lines.ts).
    let pending = Buffer.alloc(0);
    for await (const chunk of createReadStream(file, { highWaterMark: 1 << 20 })) {
      const data = pending.length === 0 ? (chunk as Buffer) : Buffer.concat([pending, chunk as Buffer]);
      let start = 0;
      let open: number;
      let close: number;
      while ((open = data.indexOf(ITEM_OPEN, start)) !== -1 && (close = data.indexOf(ITEM_CLOSE, open)) !== -1) {
        start = close + ITEM_CLOSE.length;
        const raw = data.toString('utf8', open + ITEM_OPEN.length, close);
        const item = raw.includes('<g:shipping>') ? raw.replace(SHIPPING, '') : raw;
        const price = money(field(item, 'price'));
        const id = field(item, 'id');
        if (!price || id === undefined) continue;
        let current = price.minor;
        const sale = money(field(item, 'sale_price'));
        if (sale) {
          // A sale counts when its window holds "now" (or it has no window).
          const window = field(item, 'sale_price_effective_date')?.split('/');
          const on = !window || (Date.parse(window[0]!) <= now && now < Date.parse(window[1]!));
          if (on) current = sale.minor;
        }
        yield { variantId: id, regular: price.minor, current, currency: price.currency, availability: field(item, 'availability') as Availability, url: field(item, 'link') ?? '' };
      }
      pending = Buffer.from(data.subarray(start));
    }
  },
};

const OPENAI_AVAILABILITY: Record<string, Availability> = { in_stock: 'in_stock', out_of_stock: 'out_of_stock', pre_order: 'preorder', backorder: 'backorder' };

/** The OpenAI feed: every JSONL shard, in shard order. */
export const openaiReader: OutputReader = {
  channel: 'openai',
  path: 'feeds/openai',
  async *read(root) {
    const dir = join(root, this.path);
    if (!(await exists(dir))) return;
    const shards = (await readdir(dir)).filter((name) => name.endsWith('.jsonl.gz')).sort(shardOrder);
    for (const shard of shards) {
      for await (const line of lines(join(dir, shard), true)) {
        const row = JSON.parse(line) as Record<string, string>;
        const price = money(row.price);
        if (!price) continue;
        const sale = money(row.sale_price);
        yield { variantId: row.item_id!, regular: price.minor, current: sale?.minor ?? price.minor, currency: price.currency, availability: OPENAI_AVAILABILITY[row.availability!] ?? (row.availability as Availability), url: row.url! };
      }
    }
  },
};

/** products.jsonl.gz first, then its numbered shards in number order. */
function shardOrder(a: string, b: string): number {
  const n = (name: string) => Number(/(\d+)\.jsonl\.gz$/.exec(name)?.[1] ?? 0);
  return n(a) - n(b) || a.localeCompare(b);
}

/** The ACP feed: one product per line, with its variants. */
export const acpReader: OutputReader = {
  channel: 'acp',
  path: 'feeds/acp/products.jsonl',
  async *read(root) {
    const file = join(root, this.path);
    if (!(await isFile(file))) return;
    for await (const line of lines(file, false)) {
      const product = JSON.parse(line) as { variants?: Array<Record<string, any>> };
      for (const v of product.variants ?? []) {
        if (!v.price) continue;
        const status = v.availability?.status as string | undefined;
        yield { variantId: v.id, regular: (v.list_price ?? v.price).amount, current: v.price.amount, currency: v.price.currency, availability: status as Availability, url: v.url };
      }
    }
  },
};

/** The JSON-LD product documents; each item's node id names its variant (see variantNodeId). */
export const jsonldReader: OutputReader = {
  channel: 'jsonld',
  path: 'jsonld',
  async *read(root) {
    const dir = join(root, this.path);
    if (!(await exists(dir))) return;
    const names = (await readdir(dir)).filter((n) => n.endsWith('.jsonld') && n !== 'site.jsonld').sort();
    for (const name of names) {
      // Synchronous reads: many small files, where async reads cost twice as much (see publish/staging.ts).
      const doc = JSON.parse(readFileSync(join(dir, name), 'utf8')) as Record<string, any>;
      const items = doc['@type'] === 'ProductGroup' ? (doc.hasVariant as Array<Record<string, any>>) : [doc];
      for (const item of items) {
        const offer = item.offers as Record<string, any> | undefined;
        if (!offer) continue;
        const specs = ([] as Array<Record<string, any>>).concat(offer.priceSpecification ?? []);
        const struck = specs.find((s) => s.priceType === 'https://schema.org/StrikethroughPrice');
        const current = parseAmount(offer.price, offer.priceCurrency);
        const regular = struck ? parseAmount(struck.price, struck.priceCurrency) : current;
        if (!current.ok || !regular.ok) continue;
        const availability = SCHEMA_AVAILABILITY[String(offer.availability).replace(/^https?:\/\/schema\.org\//, '')] ?? offer.availability;
        yield { variantId: idOf(item), regular: regular.minor, current: current.minor, currency: offer.priceCurrency, availability, url: offer.url };
      }
    }
  },
};

function idOf(item: Record<string, any>): string {
  const match = /#variant-([^#]+)$/.exec(String(item['@id'] ?? ''));
  return match ? decodeURIComponent(match[1]!) : String(item['@id']);
}

export const OUTPUT_READERS: readonly OutputReader[] = [acpReader, googleReader, openaiReader, jsonldReader];
