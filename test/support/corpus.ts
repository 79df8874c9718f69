// The corpus of real public exports (test/corpus, with SOURCES.json) and an independent reading of each: what
// a shop that exported it sells, counted with csv-parse and fast-xml-parser and the platforms' documented
// rules, not with agentshelf's importers. A build must publish exactly these variants.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { XMLParser } from 'fast-xml-parser';
import { ROOT } from './run-cli.js';

export const CORPUS_DIR = join(ROOT, 'test/corpus');

export interface CorpusEntry {
  file: string;
  repository: string;
  path: string;
  commit: string;
  license: string;
  sha256: string;
  notes: string;
}

export const CORPUS: readonly CorpusEntry[] = JSON.parse(readFileSync(join(CORPUS_DIR, 'SOURCES.json'), 'utf8')) as CorpusEntry[];

export type Platform = 'shopify-csv' | 'woocommerce-csv' | 'gmc-xml' | 'gmc-tsv';

export function platformOf(entry: CorpusEntry): Platform {
  return entry.file.split('/')[0] as Platform;
}

/**
 * What init needs beyond the data, by platform: a Shopify export states neither its shop URL (images are on
 * Shopify's CDN) nor its currency, a WooCommerce export no currency; a Merchant feed states both.
 */
export function initFlags(entry: CorpusEntry): string[] {
  const shop = ['--name', 'Corpus Shop', '--country', 'US', '--language', 'en'];
  switch (platformOf(entry)) {
    case 'shopify-csv':
      return [...shop, '--url', 'https://shop.example/', '--currency', 'USD'];
    case 'woocommerce-csv':
      // Classic Commerce's images sit under wp-content/downloads, not WordPress's uploads: no shop URL is stated.
      return [...shop, '--currency', entry.file.includes('russian') ? 'RUB' : 'USD', ...(entry.file.includes('classic-commerce') ? ['--url', 'https://classiccommerce.cc/'] : [])];
    default:
      return shop;
  }
}

/** A price as exports write it: digits with "." (".5", "1." included), a "," only where WooCommerce writes one. */
function isPrice(raw: string | undefined, decimalComma = false): boolean {
  const text = (raw ?? '').trim().replace(decimalComma ? /^(\d*),(\d*)$/ : /^$/, '$1.$2');
  return /^(\d+\.?\d*|\.\d+)$/.test(text);
}

const isInteger = (raw: string | undefined) => /^-?\d+(\.0*)?$/.test((raw ?? '').trim());

/**
 * Cells by lower-cased header, so each reader can name columns as the platform's documentation does. A row
 * with another number of fields than the header is not read: its cells cannot be told apart (RFC 4180 §2.4,
 * "each line should contain the same number of fields"), as Shopify's own 2025 template shows.
 */
function rowsOf(text: string, delimiter: ',' | '\t'): Array<Record<string, string>> {
  const rows = parse(text, { delimiter, bom: true, relax_column_count: true, skip_empty_lines: true, relax_quotes: true }) as string[][];
  const header = rows[0]!.map((h) => h.replace(/^[\s\ufeff]+/, '').trim().toLowerCase());
  return rows
    .slice(1)
    .filter((cells) => cells.length === header.length)
    .map((cells) => Object.fromEntries(header.map((h, i) => [h, cells[i] ?? ''])));
}

/**
 * Shopify (https://help.shopify.com/en/manual/products/import-export/using-csv): rows sharing a Handle are one
 * product; a product is on sale when its Status (where the column exists) is active and Published is not FALSE;
 * a row with an option value, price or SKU is a variant; a variant is publishable with a price and a known
 * stock state: inventory not tracked (empty tracker: Shopify sells it without limit) or a tracked quantity.
 * A handle that comes back after another product is a second product with a taken id: left out.
 */
function shopifyVariants(text: string): number {
  const rows = rowsOf(text, ',');
  const col = (row: Record<string, string>, ...names: string[]) => names.map((n) => row[n]).find((v) => v !== undefined);
  const hasTracker = rows.length > 0 && (col(rows[0]!, 'variant inventory tracker', 'inventory tracker') !== undefined);
  const seen = new Set<string>();
  let count = 0;
  let handle: string | undefined;
  let onSale = false;
  for (const row of rows) {
    const h = (col(row, 'handle', 'url handle') ?? '').trim();
    if (h !== handle) {
      handle = h;
      const status = (col(row, 'status') ?? 'active').trim().toLowerCase();
      const published = (col(row, 'published', 'published on online store') ?? '').trim().toLowerCase();
      onSale = !seen.has(h) && h !== '' && (row.title ?? '').trim() !== '' && (status === 'active' || status === '') && published !== 'false';
      seen.add(h);
    }
    if (!onSale) continue;
    const price = col(row, 'variant price', 'price');
    const isVariant = [col(row, 'option1 value'), price, col(row, 'variant sku', 'sku')].some((v) => (v ?? '').trim() !== '');
    if (!isVariant || !isPrice(price)) continue;
    const tracker = (col(row, 'variant inventory tracker', 'inventory tracker') ?? '').trim();
    const known = hasTracker && (tracker === '' || isInteger(col(row, 'variant inventory qty', 'variant inventory quantity', 'inventory quantity')));
    if (known) count++;
  }
  return count;
}

/** WooCommerce's English headers and the ru_RU ones of the corpus's Russian export, to the columns read here. */
const WOO_HEADERS: Readonly<Record<string, string>> = { тип: 'type', артикул: 'sku', имя: 'name', опубликован: 'published', 'в наличии?': 'in stock?', 'базовая цена': 'regular price' };

/**
 * WooCommerce (https://github.com/woocommerce/woocommerce/wiki/Product-CSV-Import-Schema): Published 1 is on
 * sale (0 private, -1 draft, which older exporters wrote '-1 with their formula escape); simple products are one variant;
 * a variable product's variations name it in Parent (id:<ID> or its SKU); a variant is publishable with a
 * regular price and a stock state ("In stock?" 1, 0 or backorder, or a Stock count); a product page is reached
 * by its post ID, so a product needs its ID.
 */
function woocommerceVariants(text: string): number {
  const rows = rowsOf(text, ',').map((row) => Object.fromEntries(Object.entries(row).map(([k, v]) => [WOO_HEADERS[k] ?? k, v.trim().replace(/^'(?=[-=+@])/, '')])));
  const published = (row: Record<string, string>) => row.published === undefined || row.published === '1';
  const sellable = (row: Record<string, string>) => isPrice(row['regular price'], true) && (['1', '0', 'backorder'].includes(row['in stock?'] ?? '') || isInteger(row.stock));
  const type = (row: Record<string, string>) => (row.type ?? '').split(',').map((t) => t.trim()).find((t) => t !== 'virtual' && t !== 'downloadable') ?? 'simple';
  const parents = new Set<string>();
  let count = 0;
  for (const row of rows) {
    if (!published(row) || (row.name ?? '') === '' || (row.id ?? '') === '') continue;
    if (type(row) === 'simple' && sellable(row)) count++;
    if (type(row) === 'variable') {
      parents.add(`id:${row.id}`);
      if (row.sku) parents.add(row.sku);
    }
  }
  for (const row of rows) if (type(row) === 'variation' && published(row) && parents.has(row.parent ?? '') && sellable(row)) count++;
  return count;
}

/** Google (https://support.google.com/merchants/answer/7052112): an item with an id, title, link, a price and a known availability. */
function googleItemPublishable(get: (name: string) => string | undefined): boolean {
  const availability = (get('availability') ?? '').trim().toLowerCase().replace(/[\s-]+/g, '_');
  const price = (get('price') ?? '').trim().replace(/\s*[A-Za-z]{3}$/, '').replace(/^[A-Za-z]{3}\s*/, '');
  return ['id', 'title', 'link'].every((n) => (get(n) ?? '').trim() !== '') && isPrice(price) && ['in_stock', 'out_of_stock', 'preorder', 'backorder'].includes(availability);
}

function gmcXmlVariants(text: string): number {
  const parser = new XMLParser({ ignoreAttributes: true, parseTagValue: false, isArray: (name) => name === 'item' || name === 'entry' });
  const doc = parser.parse(text) as { rss?: { channel?: { item?: unknown[] } }; feed?: { entry?: unknown[] } };
  const items = (doc.rss?.channel?.item ?? doc.feed?.entry ?? []) as Array<Record<string, unknown>>;
  const ids = new Set<string>();
  let count = 0;
  for (const item of items) {
    const get = (name: string) => {
      const value = item[`g:${name}`] ?? item[name];
      return typeof value === 'string' ? value : typeof value === 'object' && value !== null && '#text' in value ? String((value as { '#text': unknown })['#text']) : undefined;
    };
    const id = get('id')?.trim();
    if (id === undefined || ids.has(id)) continue;
    ids.add(id);
    if (googleItemPublishable(get)) count++;
  }
  return count;
}

function gmcTsvVariants(text: string): number {
  const ids = new Set<string>();
  let count = 0;
  for (const row of rowsOf(text, '\t')) {
    const id = row.id?.trim();
    if (!id || ids.has(id)) continue;
    ids.add(id);
    if (googleItemPublishable((n) => row[n])) count++;
  }
  return count;
}

/** The variants a shop that exported this file sells, as the platform's rules read it. */
export function expectedVariants(entry: CorpusEntry): number {
  const text = readFileSync(join(CORPUS_DIR, entry.file), 'utf8');
  switch (platformOf(entry)) {
    case 'shopify-csv':
      return shopifyVariants(text);
    case 'woocommerce-csv':
      return woocommerceVariants(text);
    case 'gmc-xml':
      return gmcXmlVariants(text);
    case 'gmc-tsv':
      return gmcTsvVariants(text);
  }
}
