import { afterEach, describe, expect, it } from 'vitest';
import { isAgentshelfError } from '../../../model/errors.js';
import { startLocalServer, type LocalServer } from '../../../test-support/local-server.js';
import { HttpClient, type HttpClientOptions } from '../../http/http-client.js';
import type { ReadContext } from '../../read-context.js';
import type { SourceItem } from '../../source-item.js';
import { readWooCommerceStoreApi } from './store-api.js';
import type { StoreProduct } from './store-api-mapping.js';
import { answer, CATEGORIES, checkRecords, json, PAGES, SHOP, STORE_API_PATH as PATH, storeApiHandler, VARIATIONS } from './woocommerce.fixtures.js';

describe('readWooCommerceStoreApi against a real server on 127.0.0.1', () => {
  const servers: LocalServer[] = [];
  const clients: HttpClient[] = [];
  const waits: number[] = [];
  const serve = async (handler: Parameters<typeof startLocalServer>[0]) => {
    const server = await startLocalServer(handler);
    servers.push(server);
    return server;
  };
  const context = (options: HttpClientOptions = {}): ReadContext => {
    const http = new HttpClient({ retryBaseMs: 1, sleep: async (ms) => void waits.push(ms), ...options });
    clients.push(http);
    return { shop: SHOP, http };
  };
  afterEach(async () => {
    await Promise.all(clients.splice(0).map((c) => c.close()));
    await Promise.all(servers.splice(0).map((s) => s.close()));
    waits.length = 0;
  });

  async function read(server: LocalServer, ctx: ReadContext = context(), path = PATH): Promise<{ items: SourceItem[]; error?: unknown }> {
    const items: SourceItem[] = [];
    try {
      for await (const item of readWooCommerceStoreApi(`${server.url}${path}`, ctx)) items.push(item);
      return { items };
    } catch (error) {
      return { items, error };
    }
  }
  const ids = (items: SourceItem[]) => items.map((i) => (i.type === 'record' ? (i.value as { id: string }).id : i.diagnostic.ruleId));
  const codeOf = (error: unknown) => (isAgentshelfError(error) ? error.code : String(error));

  it('reads every page up to X-WP-TotalPages, with the variations of the variable product', async () => {
    const server = await serve(storeApiHandler());
    const { items, error } = await read(server);
    expect(error).toBeUndefined();
    expect(ids(items)).toEqual(['AP-HOODIE', 'AP-BOTTLE-750', 'AP-MUG-ENAMEL', 'AP-BEANIE-WOOL', 'woocommerce/skipped-product-type', 'AP-COURSE-NAV', 'woocommerce/skipped-product-type']);
    const requests = server.requests.map((r) => r.url).sort();
    expect(requests).toEqual(
      [
        `${PATH}/categories`,
        `${PATH}?per_page=100&page=1&orderby=id&order=asc`,
        `${PATH}?per_page=100&page=2&orderby=id&order=asc`,
        `${PATH}?per_page=100&page=3&orderby=id&order=asc`,
        `${PATH}?type=variation&parent=101&per_page=100&page=1&orderby=id&order=asc`,
      ].sort(),
    );
    expect(items.find((i) => i.type === 'record')?.origin).toEqual({ file: `${server.url}${PATH}?per_page=100&page=1&orderby=id&order=asc` });
  });

  it('gives records that pass the canonical schema and resolve without errors', async () => {
    const server = await serve(storeApiHandler());
    const { items } = await read(server);
    const checked = await checkRecords(items);
    expect(checked.schema).toEqual([]);
    expect(checked.errors).toEqual([]);
    expect(checked.entries.map((e) => [e.productId, e.product?.variants.length])).toEqual([
      ['AP-HOODIE', 6],
      ['AP-BOTTLE-750', 1],
      ['AP-MUG-ENAMEL', 1],
      ['AP-BEANIE-WOOL', 1],
      ['AP-COURSE-NAV', 1],
    ]);
  });

  it('reads a variable product’s variations over several pages', async () => {
    const server = await serve(storeApiHandler({ pages: [[PAGES[0]![0]!]], variations: { 101: [VARIATIONS.slice(0, 4), VARIATIONS.slice(4)] } }));
    const { items } = await read(server);
    expect(((items[0] as { value: { variants: Array<{ id: string }> } }).value.variants).map((v) => v.id)).toEqual(['AP-HOODIE-GRN-S', 'AP-HOODIE-GRN-M', 'AP-HOODIE-GRN-L', 'AP-HOODIE-GRY-S', 'AP-HOODIE-GRY-M', '125']);
  });

  it('waits as a 429’s Retry-After asks, then reads on', async () => {
    let limited = false;
    const server = await serve(
      storeApiHandler({
        before: (_req, res, url) => {
          if (url.searchParams.get('page') !== '2' || url.searchParams.has('type') || limited) return false;
          limited = true;
          res.statusCode = 429;
          res.setHeader('retry-after', '3');
          res.end('{"code":"rate_limit_exceeded","message":"Too many requests.","data":{"status":429}}');
          return true;
        },
      }),
    );
    const { items, error } = await read(server);
    expect(error).toBeUndefined();
    expect(ids(items).filter((id) => !id.startsWith('woocommerce/'))).toHaveLength(5);
    expect(waits).toEqual([3000]);
  });

  it('retries a 500, then reads on', async () => {
    let failed = false;
    const server = await serve(
      storeApiHandler({
        before: (_req, res, url) => {
          if (url.pathname !== PATH || url.searchParams.get('page') !== '1' || url.searchParams.has('type') || failed) return false;
          failed = true;
          res.statusCode = 500;
          res.end('<html><body>Error establishing a database connection</body></html>');
          return true;
        },
      }),
    );
    const { items, error } = await read(server);
    expect(error).toBeUndefined();
    expect(ids(items)[0]).toBe('AP-HOODIE');
    expect(waits).toHaveLength(1);
  });

  it('fails with E_HTTP when a page keeps failing', async () => {
    const server = await serve(storeApiHandler({ before: (_req, res, url) => (url.searchParams.get('page') === '2' && !url.searchParams.has('type') ? answer(res, 503) : false) }));
    const { items, error } = await read(server, context({ retries: 2 }));
    expect(codeOf(error)).toBe('E_HTTP');
    expect(ids(items)).toEqual(['AP-HOODIE', 'AP-BOTTLE-750', 'AP-MUG-ENAMEL']);
  });

  it('fails with E_HTTP when a page times out', async () => {
    const server = await serve(storeApiHandler({ before: (_req, _res, url) => url.searchParams.get('page') === '2' && !url.searchParams.has('type') }));
    const { error } = await read(server, context({ readTimeoutMs: 150, retries: 1 }));
    expect(codeOf(error)).toBe('E_HTTP');
    expect((error as Error).message).toMatch(/no response headers in time/);
  });

  it('fails with E_HTTP when a variation list fails', async () => {
    const server = await serve(storeApiHandler({ before: (_req, res, url) => (url.searchParams.get('type') === 'variation' ? answer(res, 502) : false) }));
    const { items, error } = await read(server, context({ retries: 1 }));
    expect(codeOf(error)).toBe('E_HTTP');
    expect(items).toEqual([]);
  });

  it.each([
    ['an HTML page', 'text/html', '<!DOCTYPE html><html><head><title>Maintenance</title></head></html>'],
    ['a JSON object', 'application/json', '{"code":"rest_no_route","message":"No route"}'],
    ['an array with a non-product', 'application/json', '[{"id":112,"name":"Merino Trail Beanie"},"oops"]'],
    ['truncated JSON', 'application/json', '[{"id":112,"name":"Merino'],
  ])('fails with E_SOURCE_MALFORMED when page 2 is %s', async (_name, type, body) => {
    const server = await serve(
      storeApiHandler({
        before: (_req, res, url) => {
          if (url.searchParams.get('page') !== '2' || url.searchParams.has('type')) return false;
          res.setHeader('content-type', type);
          res.end(body);
          return true;
        },
      }),
    );
    const { items, error } = await read(server);
    expect(codeOf(error)).toBe('E_SOURCE_MALFORMED');
    expect(ids(items)).toEqual(['AP-HOODIE', 'AP-BOTTLE-750', 'AP-MUG-ENAMEL']);
  });

  it.each([
    ['no product at all', [[]] as StoreProduct[][], []],
    ['only products the shop does not sell itself', [[PAGES[1]![1]!, PAGES[2]![0]!]], ['woocommerce/skipped-product-type', 'woocommerce/skipped-product-type']],
  ])('fails with E_SOURCE_EMPTY when there is %s', async (_name, pages, seen) => {
    const server = await serve(storeApiHandler({ pages }));
    const { items, error } = await read(server);
    expect(codeOf(error)).toBe('E_SOURCE_EMPTY');
    expect(ids(items)).toEqual(seen);
  });

  it('without X-WP-TotalPages, stops after a short page', async () => {
    const server = await serve(storeApiHandler({ totalPages: false }));
    const { items } = await read(server);
    expect(ids(items)).toEqual(['AP-HOODIE', 'AP-BOTTLE-750', 'AP-MUG-ENAMEL']);
    expect(server.requests.filter((r) => !r.url.includes('type=variation') && !r.url.includes('categories'))).toHaveLength(1);
  });

  it('fails with E_SOURCE_MALFORMED when the server ignores page= (no header, full pages)', async () => {
    const full = Array.from({ length: 100 }, (_, i) => ({ ...PAGES[0]![2]!, id: 1000 + i, sku: `MUG-${i}` }));
    const server = await serve(storeApiHandler({ totalPages: false, before: (_req, res, url) => (url.pathname === PATH && !url.searchParams.has('type') ? (json(res, full), true) : false) }));
    const { items, error } = await read(server);
    expect(codeOf(error)).toBe('E_SOURCE_MALFORMED');
    expect(items).toHaveLength(100);
  });

  it('falls back to the leaf category name when the category list cannot be read', async () => {
    const server = await serve(storeApiHandler({ pages: [[PAGES[0]![1]!]], before: (_req, res, url) => (url.pathname.endsWith('/categories') ? answer(res, 404, '{}') : false) }));
    const { items } = await read(server);
    const [item] = items as Array<{ value: { productType: string }; diagnostics: Array<{ ruleId: string; pointer: string }> }>;
    expect(item!.value.productType).toBe('Hydration');
    expect(item!.diagnostics.map((d) => [d.ruleId, d.pointer])).toEqual([['woocommerce/category-path-unavailable', '/productType']]);
  });

  it('reads through rest_route on a site without pretty permalinks', async () => {
    const server = await serve((req, res) => {
      const url = new URL(req.url ?? '/', 'http://127.0.0.1');
      const route = url.searchParams.get('rest_route');
      if (route === '/wc/store/v1/products/categories') return json(res, CATEGORIES);
      if (route !== '/wc/store/v1/products') return answer(res, 404);
      return json(res, url.searchParams.get('page') === '1' ? [PAGES[0]![2]!] : [], { total: 1, totalPages: 1 });
    });
    const { items, error } = await read(server, context(), '/?rest_route=/wc/store/v1/products');
    expect(error).toBeUndefined();
    expect(ids(items)).toEqual(['AP-MUG-ENAMEL']);
  });
});
