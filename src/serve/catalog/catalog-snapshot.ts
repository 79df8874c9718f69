import MiniSearch from 'minisearch';
import {
  CATALOG_PRODUCTS_PATH,
  CATALOG_SEARCH_INDEX_PATH,
  SEARCH_INDEX_FORMAT,
  SEARCH_OPTIONS,
  type SearchDocument,
  type SearchFacts,
  type SearchIndexFile,
} from '../../formats/search-index/search-index-format.js';
import type { UcpDetailProduct, UcpLookupProduct, UcpProduct } from '../../formats/ucp/catalog-types.js';
import { CatalogError } from './errors.js';
import { detailProduct, lookupProduct } from './lookup.js';
import { RankedCache, searchLines, type CatalogSearchQuery } from './search.js';
import { TermScores } from './term-scores.js';

export interface CatalogSearchResult {
  products: UcpProduct[];
  nextCursor?: string;
  total: number;
  /** The price filter was left out for products in another currency than the query's. */
  priceFilterIgnored?: true;
}

export interface CatalogLookupResult {
  /** One entry per product some id resolved to, in the order of the first id that did. */
  products: UcpLookupProduct[];
  /** Ids that resolved to nothing (deduplicated, in request order): the lookup response's not_found messages. */
  notFound: string[];
}

/**
 * One published catalog, loaded: what the catalog API answers from until the next build is deployed. Immutable.
 * Product lines stay as text and are parsed when a product is returned, so the heap holds the index, the facts
 * and the file, not 33k parsed products.
 */
export interface CatalogSnapshot {
  /** SHA-256 (hex) over both files: changes exactly when what the API can answer changes. */
  readonly digest: string;
  /** A strong HTTP ETag for responses computed from this snapshot alone. */
  readonly etag: string;
  /** Number of products. */
  readonly size: number;
  /** The currency the catalog prices in: that of most products (the shop's when there are none). */
  readonly currency: string;
  search(q: CatalogSearchQuery): CatalogSearchResult;
  lookup(ids: readonly string[]): CatalogLookupResult;
  /** A product by product id, variant id or SKU, in detail; undefined when none has that id. */
  product(id: string): UcpDetailProduct | undefined;
}

async function sha256(text: string): Promise<string> {
  const bytes = new Uint8Array(await crypto.subtle.digest('SHA-256', new TextEncoder().encode(text)));
  return Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
}

function unreadable(message: string, cause?: unknown): CatalogError {
  return new CatalogError('E_CATALOG_UNREADABLE', `The catalog index (${CATALOG_SEARCH_INDEX_PATH}, ${CATALOG_PRODUCTS_PATH}) ${message}; rebuild it with \`agentshelf build\`.`, { cause });
}

/** Every id lookup and product resolve (product ids, variant ids, SKUs) → the lines that carry it. */
function idTable(facts: readonly SearchFacts[]): Map<string, number[]> {
  const table = new Map<string, number[]>();
  const add = (id: string, line: number) => {
    const lines = table.get(id);
    if (!lines) table.set(id, [line]);
    else if (lines[lines.length - 1] !== line) lines.push(line);
  };
  facts.forEach((f, line) => {
    add(f.id, line);
    for (const v of f.variants) add(v, line);
    for (const s of f.skus ?? []) add(s, line);
  });
  return table;
}

function mainCurrency(facts: readonly SearchFacts[]): string | undefined {
  const counts = new Map<string, number>();
  for (const f of facts) counts.set(f.currency, (counts.get(f.currency) ?? 0) + 1);
  let best: string | undefined;
  for (const [currency, n] of counts) if (best === undefined || n > counts.get(best)!) best = currency;
  return best;
}

/**
 * Loads the catalog index the catalog-index channel wrote at build time. `read` gives a file's text by its path
 * relative to the output root, so this runs wherever the files are (a folder, an object store, an edge
 * runtime's assets); see openCatalogDir for a folder.
 */
export async function openCatalog(read: (relativePath: string) => Promise<string>): Promise<CatalogSnapshot> {
  const [productsText, indexText] = await Promise.all([read(CATALOG_PRODUCTS_PATH), read(CATALOG_SEARCH_INDEX_PATH)]);
  let file: SearchIndexFile;
  try {
    file = JSON.parse(indexText) as SearchIndexFile;
  } catch (error) {
    throw unreadable('is not valid JSON', error);
  }
  if (file?.format !== SEARCH_INDEX_FORMAT) throw unreadable(`has format ${String(file?.format)}, and this server reads format ${SEARCH_INDEX_FORMAT}`);
  const lines = productsText.split('\n');
  if (lines[lines.length - 1] === '') lines.pop();
  if (lines.length !== file.products.length) throw unreadable(`disagree: ${lines.length} product lines, ${file.products.length} indexed products`);
  let index: MiniSearch<SearchDocument>;
  try {
    index = MiniSearch.loadJS(file.index as Parameters<typeof MiniSearch.loadJS>[0], SEARCH_OPTIONS);
  } catch (error) {
    throw unreadable('has an index MiniSearch cannot load', error);
  }
  const facts = file.products;
  const digest = await sha256(`${await sha256(productsText)}\n${await sha256(indexText)}`);
  const ids = idTable(facts);
  const currency = mainCurrency(facts) ?? file.currency;
  const parse = (line: number) => JSON.parse(lines[line]!) as UcpProduct;
  const cache = new RankedCache();
  const terms = new TermScores(index);
  return {
    digest,
    etag: `"${digest}"`,
    size: lines.length,
    currency,
    search(q) {
      const page = searchLines({ digest, facts, index, cache, terms }, q);
      const out: CatalogSearchResult = { products: page.lines.map(parse), total: page.total };
      if (page.nextCursor !== undefined) out.nextCursor = page.nextCursor;
      if (page.priceFilterIgnored) out.priceFilterIgnored = true;
      return out;
    },
    lookup(requested) {
      const wanted = [...new Set(requested)];
      const found = new Set<number>();
      const notFound: string[] = [];
      for (const id of wanted) {
        const at = ids.get(id);
        if (!at) notFound.push(id);
        else for (const line of at) found.add(line);
      }
      const products = [...found].flatMap((line) => lookupProduct(parse(line), wanted) ?? []);
      return { products, notFound };
    },
    product(id) {
      const at = ids.get(id);
      if (!at) return undefined;
      // A product id wins over the same string used as another product's variant id or SKU.
      const line = at.find((l) => facts[l]!.id === id) ?? at[0]!;
      return detailProduct(parse(line), id);
    },
  };
}
