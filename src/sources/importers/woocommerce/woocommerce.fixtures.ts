/** Test helpers for the WooCommerce importers: fixtures, a CSV builder, and the schema + resolve check. */
import { readFileSync } from 'node:fs';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Diagnostic } from '../../../model/diagnostic.js';
import { applyDefaults } from '../../../enrich/defaults.js';
import { ProductScope } from '../../../enrich/product-scope.js';
import { resolveCatalog, type CatalogEntry } from '../../../pipeline/resolve-catalog.js';
import { fromChunks } from '../../../test-support/chunks.js';
import { TEST_NOW, testConfig } from '../../../test-support/catalog-fixtures.js';
import { checkProductSchema } from '../../../validate/product-schema.js';
import type { RawRecord, SourceItem } from '../../source-item.js';
import type { StoreProduct } from './store-api-mapping.js';
import { readWooCommerceCsv, type WooCsvOptions } from './woocommerce-csv.js';

export const SHOP = { url: 'https://alder-and-pine.example/', currency: 'USD' };

export function fixture(name: string): string {
  return readFileSync(new URL(`./fixtures/${name}`, import.meta.url), 'utf8');
}

export function fixtureJson<T = unknown>(name: string): T {
  return JSON.parse(fixture(name)) as T;
}

export async function readCsv(text: string | readonly string[], options: WooCsvOptions = {}, file = 'wc-product-export.csv'): Promise<SourceItem[]> {
  const out: SourceItem[] = [];
  const chunks = typeof text === 'string' ? [text] : text;
  for await (const item of readWooCommerceCsv(fromChunks(chunks), file, options)) out.push(item);
  return out;
}

export const recordsOf = (items: readonly SourceItem[]): RawRecord[] => items.filter((i): i is RawRecord => i.type === 'record');

export const valueOf = (item: SourceItem | undefined): Record<string, unknown> => (item as RawRecord).value as Record<string, unknown>;

/** `line:id` for a record and `  line:ruleId` for each of its diagnostics; `line:ruleId` for an unreadable item. */
export const summary = (items: readonly SourceItem[]): string[] =>
  items.flatMap((item) =>
    item.type === 'record'
      ? [`${item.origin.line}:${(item.value as { id?: string }).id}`, ...(item.diagnostics ?? []).map((d) => `  ${d.origin?.line}:${d.ruleId}${d.pointer ? ` ${d.pointer}` : ''}`)]
      : [`${item.diagnostic.origin?.line}:${item.diagnostic.ruleId}`],
  );

/** The minimum header of a WooCommerce export plus the given columns, in the exporter's quoting. */
export const BASE_COLUMNS = ['ID', 'Type', 'SKU', 'Name', 'Published', 'In stock?', 'Stock', 'Backorders allowed?', 'Regular price', 'Sale price', 'Parent', 'Slug'];

export function csvText(rows: ReadonlyArray<Record<string, string>>, columns: readonly string[] = BASE_COLUMNS): string {
  const extra = [...new Set(rows.flatMap((r) => Object.keys(r)))].filter((c) => !columns.includes(c));
  const header = [...columns, ...extra];
  const cell = (v: string) => (/[",\n\r ]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v);
  return [header, ...rows.map((r) => header.map((h) => r[h] ?? ''))].map((r) => r.map(cell).join(',')).join('\n') + '\n';
}

/** A published simple product row with a price and a slug, to which a test adds what it is about. */
export function simpleRow(id: string, extra: Record<string, string> = {}): Record<string, string> {
  return { ID: id, Type: 'simple', SKU: `SKU-${id}`, Name: `Product ${id}`, Published: '1', 'In stock?': '1', 'Regular price': '10.00', Slug: `product-${id}`, ...extra };
}

export function parentRow(id: string, extra: Record<string, string> = {}): Record<string, string> {
  return { ID: id, Type: 'variable', SKU: `P-${id}`, Name: `Variable ${id}`, Published: '1', Slug: `variable-${id}`, 'Attribute 1 name': 'Size', 'Attribute 1 value(s)': 'S, M, L', 'Attribute 1 visible': '1', 'Attribute 1 global': '1', ...extra };
}

export function variationRow(id: string, parent: string, size: string, extra: Record<string, string> = {}): Record<string, string> {
  return { ID: id, Type: 'variation', SKU: `V-${id}`, Name: `Variation ${id}`, Published: '1', 'In stock?': '1', 'Regular price': '20.00', Parent: parent, 'Attribute 1 name': 'Size', 'Attribute 1 value(s)': size, 'Attribute 1 global': '1', ...extra };
}

export interface Checked {
  /** checkProductSchema's findings for every record. */
  schema: Diagnostic[];
  /** Error-severity findings of validation and resolution. */
  errors: Diagnostic[];
  entries: CatalogEntry[];
}

/**
 * The shop's product pages, as a merchant whose exports carry a slug column writes them in the config: the
 * export itself has no URLs (docs/importers/woocommerce-csv.md).
 */
export const WOO_URL_TEMPLATE = 'https://alder-and-pine.example/product/{slug}/';

/**
 * Validates every record against the canonical schema (after the config's defaults, as the pipeline applies
 * them) and resolves it the way the pipeline does.
 */
export async function checkRecords(items: readonly SourceItem[], defaults: Record<string, unknown> = { productUrl: WOO_URL_TEMPLATE }): Promise<Checked> {
  const config = testConfig({ defaults });
  const records = recordsOf(items);
  const schema = records.flatMap((r) => {
    const value = structuredClone(r.value) as Record<string, unknown>;
    applyDefaults(value, config.defaults, new ProductScope(undefined, r.origin));
    return checkProductSchema(value, { origin: r.origin });
  });
  async function* source(): AsyncGenerator<SourceItem> {
    yield* records;
  }
  const entries: CatalogEntry[] = [];
  for await (const entry of resolveCatalog(source(), { config, nowMs: Date.parse(TEST_NOW) })) entries.push(entry);
  const errors = entries.flatMap((e) => e.diagnostics).filter((d) => d.severity === 'error');
  return { schema, errors, entries };
}

export const PAGES = [1, 2, 3].map((n) => fixtureJson<StoreProduct[]>(`store-api/products-page-${n}.json`));
export const VARIATIONS = fixtureJson<StoreProduct[]>('store-api/variations-101.json');
export const CATEGORIES = fixtureJson<unknown[]>('store-api/categories.json');
export const STORE_API_PATH = '/wp-json/wc/store/v1/products';
const PATH = STORE_API_PATH;

/** Ends a response with a status (and a body); true, for handlers that say they answered. */
export function answer(res: ServerResponse, status: number, body = ''): true {
  res.statusCode = status;
  res.end(body);
  return true;
}

type Handler = (req: IncomingMessage, res: ServerResponse, url: URL) => boolean | void;

export interface ShopOptions {
  pages?: StoreProduct[][];
  variations?: Record<number, StoreProduct[][]>;
  /** Send X-WP-TotalPages (default true). */
  totalPages?: boolean;
  /** Runs first; returning true means it answered. */
  before?: Handler;
}

export function json(res: ServerResponse, body: unknown, pages?: { total: number; totalPages: number }): void {
  res.setHeader('content-type', 'application/json; charset=UTF-8');
  if (pages) {
    res.setHeader('x-wp-total', String(pages.total));
    res.setHeader('x-wp-totalpages', String(pages.totalPages));
  }
  res.end(JSON.stringify(body));
}

/** A Store API on 127.0.0.1 answering from the fixtures (the product pages as they are, whatever per_page says). */
export function storeApiHandler(options: ShopOptions = {}) {
  const pages = options.pages ?? PAGES;
  const variations = options.variations ?? { 101: [VARIATIONS] };
  return (req: IncomingMessage, res: ServerResponse) => {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    if (options.before?.(req, res, url)) return;
    const page = Number(url.searchParams.get('page') ?? '1');
    const headers = (all: unknown[][]) => (options.totalPages === false ? undefined : { total: all.flat().length, totalPages: all.length });
    if (url.pathname === `${PATH}/categories`) return json(res, CATEGORIES);
    if (url.pathname !== PATH) {
      res.statusCode = 404;
      return json(res, { code: 'rest_no_route', message: 'No route was found matching the URL and request method.', data: { status: 404 } });
    }
    if (url.searchParams.get('type') === 'variation') {
      const list = variations[Number(url.searchParams.get('parent'))] ?? [];
      return json(res, list[page - 1] ?? [], headers(list));
    }
    return json(res, pages[page - 1] ?? [], headers(pages));
  };
}

