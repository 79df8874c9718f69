import type { IncomingMessage, ServerResponse } from 'node:http';
import { afterEach, describe, expect, it } from 'vitest';
import { startLocalServer, type LocalServer } from '../../../test-support/local-server.js';
import { testReadContext } from '../../../test-support/read-context.js';
import type { ReadContext } from '../../read-context.js';
import { checkProductSchema } from '../../../validate/product-schema.js';
import { firstPageUrl, readShopifyJson, shopifyJsonFormat } from './shopify-json.js';
import { collect, diagnosticsOf, fixture, records, resolveItems } from './shopify-test.fixtures.js';

const PAGES = [1, 2, 3].map((n) => fixture(`products-page-${n}.json`));
const EMPTY_PAGE = '{"products":[]}';
const HANDLES = [
  'trailhead-flannel-shirt',
  'cedar-camp-mug',
  'ridgeline-daypack-22l',
  'summit-down-vest',
  'alpine-merino-hiking-socks',
  'cascade-trail-guide-pdf',
  'campfire-blend-coffee',
];

const servers: LocalServer[] = [];
const contexts: ReadContext[] = [];
afterEach(async () => {
  await Promise.all(contexts.splice(0).map((c) => c.http.close()));
  await Promise.all(servers.splice(0).map((s) => s.close()));
});

const serve = async (handler: (req: IncomingMessage, res: ServerResponse, page: number) => unknown) => {
  const server = await startLocalServer((req, res) => handler(req, res, Number(new URL(req.url ?? '/', 'http://x').searchParams.get('page') ?? '1')));
  servers.push(server);
  return server;
};
const context = (options: Parameters<typeof testReadContext>[0] = {}) => {
  const c = testReadContext(options);
  contexts.push(c);
  return c;
};
const json = (res: ServerResponse, body: string, headers: Record<string, string> = {}) => {
  res.writeHead(200, { 'content-type': 'application/json; charset=utf-8', ...headers });
  res.end(body);
};
/** The storefront of the fixtures: pages 1-3, then empty pages. */
const storefront = (_req: IncomingMessage, res: ServerResponse, page: number) => json(res, PAGES[page - 1] ?? EMPTY_PAGE);
const paths = (server: LocalServer) => server.requests.map((r) => r.url);

describe('shopify-json over HTTP', () => {
  it('reads every page with ?limit=250&page=N until a page has no products', async () => {
    const server = await serve(storefront);
    const items = await collect(readShopifyJson(`${server.url}/products.json`, context()));
    expect(records(items).map((p) => p.id)).toEqual(HANDLES);
    expect(paths(server)).toEqual([1, 2, 3, 4].map((n) => `/products.json?limit=250&page=${n}`));
    expect(server.requests[0]!.headers.accept).toBe('application/json');
    expect(items.every((item) => item.type === 'record' && item.origin.file.startsWith(`${server.url}/products.json?limit=250&page=`))).toBe(true);
  });

  it('reads products.json under a bare shop URL', async () => {
    const server = await serve(storefront);
    await collect(readShopifyJson(`${server.url}/`, context()));
    await collect(readShopifyJson(`${server.url}/en-ca?ref=x`, context()));
    expect(paths(server).filter((p) => p!.endsWith('page=1'))).toEqual(['/products.json?limit=250&page=1', '/en-ca/products.json?limit=250&page=1']);
  });

  it('follows Link rel="next" when the storefront sends it, and stops where it stops', async () => {
    const server = await serve((req, res) => {
      const cursor = new URL(req.url!, 'http://x').searchParams.get('page_info');
      const index = cursor === null ? 0 : Number(cursor.replace('c', ''));
      const next = index < 2 ? `<${server.url}/products.json?limit=250&page_info=c${index + 1}>; rel="next"` : undefined;
      const previous = index > 0 ? `<${server.url}/products.json?limit=250&page_info=c${index - 1}>; rel="previous"` : undefined;
      json(res, PAGES[index]!, { ...(next || previous ? { link: [previous, next].filter(Boolean).join(', ') } : {}) });
    });
    const items = await collect(readShopifyJson(`${server.url}/products.json`, context()));
    expect(records(items).map((p) => p.id)).toEqual(HANDLES);
    expect(paths(server)).toEqual(['/products.json?limit=250&page=1', '/products.json?limit=250&page_info=c1', '/products.json?limit=250&page_info=c2']);
  });

  it('waits out a 429 with Retry-After, then goes on', async () => {
    let limited = false;
    const server = await serve((req, res, page) => {
      if (page === 2 && !limited) {
        limited = true;
        res.writeHead(429, { 'retry-after': '2' });
        res.end();
        return;
      }
      storefront(req, res, page);
    });
    const items = await collect(readShopifyJson(`${server.url}/products.json`, context()));
    expect(records(items).map((p) => p.id)).toEqual(HANDLES);
    expect(paths(server).filter((p) => p!.endsWith('page=2'))).toHaveLength(2);
  });

  it('retries a 500, then goes on', async () => {
    let failures = 0;
    const server = await serve((req, res, page) => {
      if (page === 1 && failures < 2) {
        failures++;
        res.statusCode = 500;
        res.end('Internal Server Error');
        return;
      }
      storefront(req, res, page);
    });
    expect(records(await collect(readShopifyJson(`${server.url}/products.json`, context()))).map((p) => p.id)).toEqual(HANDLES);
    expect(paths(server).filter((p) => p!.endsWith('page=1'))).toHaveLength(3);
  });

  it('fails with E_HTTP when a page times out after its retries, after the pages before it', async () => {
    const server = await serve((req, res, page) => (page === 2 ? new Promise(() => undefined) : storefront(req, res, page)));
    const seen: string[] = [];
    const run = async () => {
      for await (const item of readShopifyJson(`${server.url}/products.json`, context({ readTimeoutMs: 100, retries: 1 }))) {
        if (item.type === 'record') seen.push((item.value as { id: string }).id);
      }
    };
    await expect(run()).rejects.toMatchObject({ code: 'E_HTTP', message: expect.stringContaining('page=2') });
    expect(seen).toEqual(HANDLES.slice(0, 3));
    expect(paths(server).filter((p) => p!.endsWith('page=2'))).toHaveLength(2);
  });

  it.each([
    ['an HTML page (a password-protected storefront)', '<!doctype html><html><body>Opening soon</body></html>'],
    ['JSON without a products array', '{"errors":"Not Found"}'],
    ['a JSON array', '[]'],
    ['JSON cut short', PAGES[1]!.slice(0, 300)],
  ])('fails the whole read with E_SOURCE_MALFORMED on %s, naming the URL and page', async (_name, body) => {
    const server = await serve((req, res, page) => (page === 2 ? json(res, body) : storefront(req, res, page)));
    let yielded = 0;
    const run = async () => {
      for await (const _item of readShopifyJson(`${server.url}/products.json`, context())) yielded++;
    };
    const failure = expect(run()).rejects;
    await failure.toMatchObject({ code: 'E_SOURCE_MALFORMED' });
    await failure.toThrow(`Page 2 of the storefront catalog (${server.url}/products.json?limit=250&page=2)`);
    expect(yielded).toBe(3);
  });

  it('fails with E_SOURCE_MALFORMED when the storefront ignores the page parameter', async () => {
    const server = await serve((_req, res) => json(res, PAGES[0]!));
    await expect(collect(readShopifyJson(`${server.url}/products.json`, context()))).rejects.toMatchObject({ code: 'E_SOURCE_MALFORMED', message: expect.stringContaining('repeats the previous page') });
    expect(server.requests).toHaveLength(2);
  });

  it('fails with E_SOURCE_EMPTY when the storefront lists no product at all', async () => {
    const server = await serve((_req, res) => json(res, EMPTY_PAGE));
    await expect(collect(readShopifyJson(`${server.url}/products.json`, context()))).rejects.toMatchObject({ code: 'E_SOURCE_EMPTY' });
  });

  it('skips an entry that is not a product, with shopify/unreadable-product, and reads the rest', async () => {
    const page = JSON.parse(PAGES[2]!) as { products: unknown[] };
    page.products.unshift({ id: 1, title: 'No handle' }, 'not an object');
    const server = await serve((_req, res, n) => json(res, n === 1 ? JSON.stringify(page) : EMPTY_PAGE));
    const items = await collect(readShopifyJson(`${server.url}/products.json`, context()));
    expect(items.map((i) => (i.type === 'record' ? (i.value as { id: string }).id : i.diagnostic.ruleId))).toEqual(['shopify/unreadable-product', 'shopify/unreadable-product', 'campfire-blend-coffee']);
  });
});

describe('shopify-json mapping', () => {
  const readFixtures = async () => {
    const server = await serve(storefront);
    return collect(readShopifyJson(`${server.url}/products.json`, context()));
  };

  it('maps availability, the sale price, the variant URL with Shopify\'s variant id, and ids from SKUs or option values', async () => {
    const products = records(await readFixtures());
    const byId = new Map(products.map((p) => [p.id, p]));
    expect(byId.get('alpine-merino-hiking-socks')!.variants.map((v) => [v.id, v.availability])).toEqual([
      ['KK-AMS-M', 'out_of_stock'],
      ['KK-AMS-L', 'in_stock'],
      ['KK-AMS-XL', 'in_stock'],
    ]);
    expect(byId.get('summit-down-vest')!.variants[0]).toMatchObject({ price: '189.00', salePrice: '149.00' });
    expect(byId.get('campfire-blend-coffee')!.variants.map((v) => [v.id, v.url])).toEqual([
      ['campfire-blend-coffee/340 g', 'https://alder-and-pine.example/products/campfire-blend-coffee?variant=44123456789017'],
      ['campfire-blend-coffee/1 kg', 'https://alder-and-pine.example/products/campfire-blend-coffee?variant=44123456789018'],
    ]);
    expect(byId.get('cedar-camp-mug')!.variants).toEqual([
      {
        id: 'AP-CCM-12',
        sku: 'AP-CCM-12',
        price: '24.00',
        availability: 'in_stock',
        weight: { value: 310, unit: 'g' },
        images: ['https://cdn.shopify.com/s/files/1/0712/4530/8821/files/cedar-camp-mug.jpg?v=1717430000'],
        url: 'https://alder-and-pine.example/products/cedar-camp-mug?variant=44123456789006',
      },
    ]);
  });

  it.each<[string, Record<string, unknown>, Record<string, unknown>, string[]]>([
    ['a numeric price (older payloads)', { price: 25, compare_at_price: 30.5 }, { price: '30.5', salePrice: '25' }, []],
    ['no available flag', { available: undefined }, { availability: undefined }, ['shopify/no-stock-count']],
    ['a price that is not a number', { price: 'free' }, { price: undefined }, ['shopify/invalid-number']],
    ['a barcode, when a storefront lists one', { barcode: '0012345678905' }, { gtin: '0012345678905' }, []],
    ['a variant image given only through images[].variant_ids', { featured_image: null, id: 777 }, { images: ['https://cdn.example/tee-red.jpg'] }, []],
  ])('maps %s', async (_name, overrides, expected, rules) => {
    const product = {
      id: 1,
      handle: 'trail-tee',
      title: 'Trail Tee',
      options: [{ name: 'Color', position: 1, values: ['Red'] }],
      images: [{ id: 9, position: 1, variant_ids: [777], src: 'https://cdn.example/tee-red.jpg' }],
      variants: [{ id: 5, option1: 'Red', option2: null, option3: null, sku: 'TT-R', price: '25.00', compare_at_price: null, available: true, grams: 0, requires_shipping: true, featured_image: null, ...overrides }],
    };
    const server = await serve((_req, res, n) => json(res, n === 1 ? JSON.stringify({ products: [product] }) : EMPTY_PAGE));
    const items = await collect(readShopifyJson(`${server.url}/products.json`, context()));
    const variant = records(items)[0]!.variants[0] as unknown as Record<string, unknown>;
    for (const [key, value] of Object.entries(expected)) expect(variant[key], key).toEqual(value);
    expect(diagnosticsOf(items).map((d) => d.ruleId)).toEqual(rules);
  });

  it('produces records that pass the canonical schema and resolve without errors', async () => {
    const items = await readFixtures();
    for (const product of records(items)) expect(checkProductSchema(product, { origin: { file: 'products.json' } }), product.id).toEqual([]);
    const entries = await resolveItems(items);
    expect(entries.flatMap((e) => e.diagnostics).filter((d) => d.severity === 'error')).toEqual([]);
    expect(entries.map((e) => e.product?.id)).toEqual(HANDLES);
  });
});

describe('shopify-json detection', () => {
  it.each([
    ['https://shop.example/products.json', true],
    ['https://shop.example/products.json?limit=50', true],
    ['https://shop.example/collections/sale/products.json', true],
    ['https://shop.example/', false],
    ['https://shop.example/products/trail-tee.json', false],
    ['https://shop.example/feeds/products.xml', false],
  ])('matchesUrl(%s) → %s', (url, expected) => {
    expect(shopifyJsonFormat.matchesUrl(new URL(url))).toBe(expected);
  });

  it.each([
    ['https://shop.example', 'https://shop.example/products.json?limit=250&page=1'],
    ['https://shop.example/products.json?limit=10&page=4', 'https://shop.example/products.json?limit=250&page=1'],
    ['https://shop.example/fr/', 'https://shop.example/fr/products.json?limit=250&page=1'],
  ])('starts %s at %s', (url, first) => {
    expect(firstPageUrl(url).href).toBe(first);
  });
});
