import { AgentshelfError, isAgentshelfError } from '../../../model/errors.js';
import type { HttpClient } from '../../http/http-client.js';
import type { ReadContext } from '../../read-context.js';
import type { SourceItem } from '../../source-item.js';
import { wooSkippedProductType } from './rules/skipped-product-type.js';
import { mapStoreProduct, storeText, type StoreProduct, type StoreTerm } from './store-api-mapping.js';
import { PER_PAGE, storeApiEndpoint, type StoreApiEndpoint } from './store-api-urls.js';

interface Page {
  items: StoreProduct[];
  /** X-WP-TotalPages, when the response has it. */
  totalPages?: number;
}

function malformed(url: string, problem: string): AgentshelfError {
  return new AgentshelfError('E_SOURCE_MALFORMED', `GET ${url} did not return the Store API's product list: ${problem}. The run stops rather than publish part of the catalog.`);
}

/** One page of a product list. Failures after the client's retries are thrown by the client (E_HTTP). */
async function fetchPage(http: HttpClient, url: string): Promise<Page> {
  const response = await http.get(url, { accept: 'application/json' });
  const body = await response.text();
  let data: unknown;
  try {
    data = JSON.parse(body);
  } catch {
    throw malformed(url, `the body is not JSON (${JSON.stringify(body.slice(0, 60))})`);
  }
  if (!Array.isArray(data)) throw malformed(url, 'the body is not a JSON array');
  data.forEach((item, index) => {
    if (item === null || typeof item !== 'object' || Array.isArray(item) || typeof (item as { id?: unknown }).id !== 'number') {
      throw malformed(url, `item ${index} is not a product object with a numeric id`);
    }
  });
  const header = response.headers['x-wp-totalpages'];
  const totalPages = header !== undefined && /^\d+$/.test(header.trim()) ? Number(header.trim()) : undefined;
  return totalPages === undefined ? { items: data as StoreProduct[] } : { items: data as StoreProduct[], totalPages };
}

/**
 * Every page of a list: up to X-WP-TotalPages (Store API README, Pagination), or, without that header,
 * until a page comes back short.
 */
async function* pages(http: HttpClient, pageUrl: (page: number) => string): AsyncGenerator<{ url: string; items: StoreProduct[] }> {
  let total: number | undefined;
  let previous = '';
  for (let page = 1; total === undefined || page <= total; page++) {
    const url = pageUrl(page);
    const { items, totalPages } = await fetchPage(http, url);
    if (totalPages !== undefined) total = totalPages;
    if (items.length === 0) return;
    // A server (or cache in front of it) that ignores page= would be read forever without this.
    const key = items.map((item) => item.id).join(',');
    if (key === previous) throw malformed(url, 'it repeats the previous page, as if page= were ignored');
    previous = key;
    yield { url, items };
    if (totalPages === undefined && items.length < PER_PAGE) return;
  }
}

async function fetchVariations(http: HttpClient, endpoint: StoreApiEndpoint, parentId: number): Promise<StoreProduct[]> {
  const out: StoreProduct[] = [];
  for await (const page of pages(http, (n) => endpoint.variationsPage(parentId, n))) out.push(...page.items);
  return out;
}

interface CategoryIndex {
  path(category: StoreTerm): string | undefined;
}

/** GET /products/categories lists every category with its parent's id, so a product's leaf category gets its full path. */
async function fetchCategories(http: HttpClient, url: string): Promise<CategoryIndex | undefined> {
  let data: unknown;
  try {
    data = JSON.parse(await (await http.get(url, { accept: 'application/json' })).text());
  } catch (error) {
    // Without the list a product type is its leaf category; the record says so. Only our own failures are
    // absorbed (E_HTTP, bad JSON); anything else is a bug and propagates.
    if (isAgentshelfError(error) || error instanceof SyntaxError) return undefined;
    throw error;
  }
  if (!Array.isArray(data)) return undefined;
  const byId = new Map<number, { name: string; parent: number }>();
  for (const item of data as Array<{ id?: unknown; name?: unknown; parent?: unknown }>) {
    if (typeof item?.id === 'number' && typeof item.name === 'string') byId.set(item.id, { name: storeText(item.name) ?? item.name, parent: typeof item.parent === 'number' ? item.parent : 0 });
  }
  return {
    path(category) {
      if (typeof category.id !== 'number' || !byId.has(category.id)) return undefined;
      const names: string[] = [];
      // A depth bound guards against a cycle in broken data.
      for (let id = category.id, depth = 0; id !== 0 && depth < 64; depth++) {
        const entry = byId.get(id);
        if (!entry) break;
        names.unshift(entry.name);
        id = entry.parent;
      }
      return names.join(' > ');
    },
  };
}

const OFFERED_TYPES = new Set(['simple', 'variable']);

/**
 * Reads a shop's products from the WooCommerce Store API, page by page (per_page=100, the maximum, and
 * page=N up to X-WP-TotalPages).
 *
 * Variations: a variable product lists its variations as ids and attribute values only; their prices and
 * stock come from GET /products?type=variation&parent=<id> (one request per 100 variations, instead of one
 * per variation with /products/<id>). For each page, the variation lists of its variable products are
 * requested together, and context.http bounds how many run at once (per host and in all); products are
 * still yielded in page order. Memory holds one page of products and their variations.
 *
 * Failures: a request that still fails after the client's retries throws E_HTTP; a page that is not a JSON
 * array of products throws E_SOURCE_MALFORMED; no product at all throws E_SOURCE_EMPTY. A partial catalog
 * is never published.
 */
export async function* readWooCommerceStoreApi(url: string, context: ReadContext): AsyncGenerator<SourceItem> {
  const endpoint = storeApiEndpoint(url);
  const http = context.http;
  let categories: Promise<CategoryIndex | undefined> | undefined;
  let records = 0;
  for await (const page of pages(http, (n) => endpoint.productsPage(n))) {
    const variations = page.items.map((product) => {
      if (product.type !== 'variable') return undefined;
      const pending = fetchVariations(http, endpoint, product.id);
      // Awaited in order below; a rejection of a later one must not go unhandled meanwhile.
      pending.catch(() => undefined);
      return pending;
    });
    if (!categories && page.items.some((p) => (p.categories?.length ?? 0) > 0)) categories = fetchCategories(http, endpoint.categories());
    const index = categories ? await categories : undefined;
    for (const [i, product] of page.items.entries()) {
      const type = typeof product.type === 'string' ? product.type : 'simple';
      if (!OFFERED_TYPES.has(type)) {
        yield {
          type: 'skipped',
          diagnostic: wooSkippedProductType.diagnostic(
            { productId: product.sku || String(product.id), origin: { file: page.url } },
            { message: `A product of type "${type}" is not an offer of this shop; it is left out.`, actual: type, expected: ['simple', 'variable'] },
          ),
        };
        continue;
      }
      const mapped = mapStoreProduct(product, await variations[i], {
        file: page.url,
        shopCurrency: context.shop.currency,
        categoryPath: (category) => index?.path(category),
        categoriesUnavailable: categories !== undefined && index === undefined,
      });
      const item: SourceItem = { type: 'record', value: mapped.value, origin: { file: page.url } };
      if (mapped.diagnostics.length > 0) item.diagnostics = mapped.diagnostics;
      records++;
      yield item;
    }
  }
  if (records === 0) {
    throw new AgentshelfError('E_SOURCE_EMPTY', `${url} lists no product this shop offers; an empty catalog is not published.`);
  }
}
