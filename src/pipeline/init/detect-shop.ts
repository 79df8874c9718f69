import { HttpClient } from '../../sources/http/http-client.js';
import { readInput, type FileInput } from '../../sources/read-inputs.js';

/**
 * What an export says about the shop behind it, for `agentshelf init`: only what the data states. A value the
 * data does not state is left for the merchant to give (a flag, or a question on a terminal).
 */
export interface ShopFacts {
  /** The input format the export was read as. */
  format: string;
  /** Records read to learn these facts. */
  records: number;
  shopUrl?: { value: string; from: string };
  currency?: { value: string; from: string };
  /** Records without a product URL, and what a URL template could use for them. */
  withoutUrl: number;
  withPlatformId: number;
  withSlug: number;
  /** Records without a brand. */
  withoutBrand: number;
  /** Variants on backorder, or allowed to be sold past zero stock, whose date the export cannot state. */
  backorders: number;
}

/** Enough records to see an export's conventions; an export is uniform, and init should answer in seconds. */
export const DETECT_RECORDS = 5_000;

/**
 * The shop URL and currency placeholders the importers are read with while nothing is known: an importer
 * that must build a URL or price without a currency uses them, and they are never taken for facts. XXX is
 * ISO 4217's code for "no currency".
 */
const UNKNOWN_SHOP = 'https://shop.invalid/';
const NO_CURRENCY = 'XXX';

/** The WordPress site a media URL lives on: WordPress serves uploads from <site>/wp-content/uploads/. */
const WORDPRESS_UPLOAD = /^(https?:\/\/[^/?#]+(?:\/[^?#]*?)?)\/wp-content\/uploads\//i;

export async function detectShop(input: FileInput, options: { maxRecords?: number } = {}): Promise<ShopFacts> {
  const http = new HttpClient({});
  const facts: ShopFacts = { format: input.format ?? 'unknown', records: 0, withoutUrl: 0, withPlatformId: 0, withSlug: 0, withoutBrand: 0, backorders: 0 };
  const origins = new Tally();
  const wordpress = new Tally();
  const currencies = new Tally();
  const max = options.maxRecords ?? DETECT_RECORDS;
  try {
    const items = readInput(input, { shop: { url: UNKNOWN_SHOP, currency: NO_CURRENCY }, http, onFormat: (_name, format) => (facts.format = format) });
    for await (const item of items) {
      if (item.type !== 'record') continue;
      const record = item.value as Record<string, unknown>;
      facts.records++;
      const url = typeof record.url === 'string' ? record.url : undefined;
      if (url === undefined) facts.withoutUrl++;
      else if (!url.startsWith(UNKNOWN_SHOP)) origins.add(originOf(url));
      if (record.platformId !== undefined) facts.withPlatformId++;
      if (record.slug !== undefined) facts.withSlug++;
      if (typeof record.brand !== 'string' || record.brand.trim() === '') facts.withoutBrand++;
      for (const image of Array.isArray(record.images) ? record.images : []) {
        const site = typeof image === 'string' ? WORDPRESS_UPLOAD.exec(image)?.[1] : undefined;
        if (site) wordpress.add(`${site}/`);
      }
      const variants = Array.isArray(record.variants) ? (record.variants as Array<Record<string, unknown>>) : [];
      for (const variant of variants) {
        const currency = variant.currency ?? record.currency;
        if (typeof currency === 'string' && currency !== NO_CURRENCY) currencies.add(currency);
        if ((variant.availability === 'backorder' || variant.backorderPolicy === 'allow') && variant.availabilityDate === undefined) facts.backorders++;
      }
      if (facts.records >= max) break;
    }
  } finally {
    await http.close();
  }
  const origin = origins.top();
  const site = wordpress.top();
  if (origin) facts.shopUrl = { value: origin, from: 'the product links in the export' };
  else if (site) facts.shopUrl = { value: site, from: 'the WordPress upload URLs of the product images' };
  else if (/^https?:\/\//i.test(input.path)) facts.shopUrl = { value: storefrontRoot(input.path), from: 'the storefront URL you gave' };
  const currency = currencies.top();
  if (currency) facts.currency = { value: currency, from: 'the prices in the export' };
  return facts;
}

function originOf(url: string): string | undefined {
  try {
    return `${new URL(url).origin}/`;
  } catch {
    return undefined;
  }
}

/** A storefront API URL's shop: the part before /products.json or /wp-json/. */
function storefrontRoot(url: string): string {
  const parsed = new URL(url);
  const path = parsed.pathname.replace(/\/(products\.json|wp-json\/.*)$/i, '/');
  return `${parsed.origin}${path.endsWith('/') ? path : `${path}/`}`;
}

/** Counts values; the most frequent wins, the first seen on a tie. */
class Tally {
  private readonly counts = new Map<string, number>();
  add(value: string | undefined): void {
    if (value !== undefined) this.counts.set(value, (this.counts.get(value) ?? 0) + 1);
  }
  top(): string | undefined {
    let best: string | undefined;
    let count = 0;
    for (const [value, n] of this.counts) {
      if (n > count) {
        best = value;
        count = n;
      }
    }
    return best;
  }
}
