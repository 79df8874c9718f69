import { connect } from 'node:net';
import { cpSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { Client } from '@modelcontextprotocol/sdk/client/index.js';
import { StreamableHTTPClientTransport } from '@modelcontextprotocol/sdk/client/streamableHttp.js';
import { request } from 'undici';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createAgentHandler, openCatalog, PlatformProfiles, UCP_VERSIONS } from '../../src/serve/index.js';
import { serveFolder, type RunningServer } from '../../src/serve/node/serve-folder.js';
import { startLocalServer, type LocalServer } from '../../src/test-support/local-server.js';
import { loadUcpSchemas, type UcpSchemas } from '../conformance/support/ucp-schemas.js';
import { DEMO_CONFIG, DEMO_NOW, ROOT, runCli, tempDir } from '../support/run-cli.js';

/** The official schemas of each served version, with the places of the catalog bodies in them. */
const VERSIONS = [
  { version: '2026-08-25', schemas: () => loadUcpSchemas('2026-08-25-pre'), error: 'schemas/common/types/error_response.json' },
  { version: '2026-04-08', schemas: () => loadUcpSchemas('v2026-04-08'), error: 'schemas/shopping/types/error_response.json' },
] as const;

interface Answer {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: any;
}

describe('agentshelf serve: the published folder and its UCP catalog API', () => {
  let dir: { path: string; remove(): Promise<void> };
  let platforms: LocalServer;
  let server: RunningServer;
  let out: string;
  const schemas = new Map<string, UcpSchemas>();
  const logged: string[] = [];
  const profile = (version: string) => `profile="${platforms.url}/${version}/.well-known/ucp"`;

  beforeAll(async () => {
    dir = await tempDir();
    out = join(dir.path, 'public');
    const built = await runCli(['build', '-c', DEMO_CONFIG, '-o', out, '--now', DEMO_NOW, '-q', '--report', join(dir.path, 'report.json')]);
    expect(built.code, built.stderr).toBe(0);
    // Platforms (agents) publish their own profiles; the version of a request is the version of its profile.
    platforms = await startLocalServer((req, res) => {
      const version = /^\/([^/]+)\/\.well-known\/ucp$/.exec(req.url ?? '')?.[1];
      if (req.url === '/redirect/.well-known/ucp') {
        res.writeHead(302, { location: '/2026-08-25/.well-known/ucp' }).end();
      } else if (req.url === '/broken/.well-known/ucp') {
        res.writeHead(200, { 'content-type': 'application/json' }).end('{"not":"a profile"}');
      } else if (version) {
        res.writeHead(200, { 'content-type': 'application/json', 'cache-control': 'public, max-age=60' }).end(JSON.stringify({ ucp: { version, services: {}, payment_handlers: {} } }));
      } else res.writeHead(404).end();
    });
    server = await serveFolder({ dir: out, port: 0, reloadIntervalMs: 100, headersTimeoutMs: 1_000, requestTimeoutMs: 2_000, log: (line) => logged.push(line) });
    for (const v of VERSIONS) schemas.set(v.version, v.schemas());
  }, 120_000);
  afterAll(async () => {
    await server?.close();
    await platforms?.close();
    await dir?.remove();
  });

  const post = async (path: string, body: unknown, headers: Record<string, string> = {}): Promise<Answer> => {
    const response = await request(`${server.url}${path}`, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: typeof body === 'string' ? body : JSON.stringify(body) });
    const text = await response.body.text();
    return { status: response.statusCode, headers: response.headers, body: text ? JSON.parse(text) : undefined };
  };
  const catalog = (operation: string, body: unknown, version: string = '2026-08-25') => post(`/api/ucp/catalog/${operation}`, body, { 'ucp-agent': profile(version), 'request-id': '0b9b1a52-6b7a-4bb2-9d0f-3c1c5b1f5a10' });
  const valid = (version: string, value: unknown, file: string, pointer?: string) => expect(schemas.get(version)!.check(value, file, pointer)).toEqual([]);

  describe.each(VERSIONS)('REST in $version', ({ version, error }) => {
    it('searches with ranked full text, prefixes and typos, and answers in the version asked for', async () => {
      for (const query of ['down jacket', 'jack', 'jaket']) {
        const answer = await catalog('search', { query }, version);
        expect(answer.status, JSON.stringify(answer.body)).toBe(200);
        valid(version, answer.body, 'schemas/shopping/catalog_search.json', '/$defs/search_response');
        expect(answer.body.ucp.version).toBe(version);
        expect(answer.body.products.length, query).toBeGreaterThan(0);
        expect(answer.body.products[0].title, query).toMatch(/jacket/i);
      }
    });

    it('pages with a cursor through every match, without repeats', async () => {
      const seen: string[] = [];
      let cursor: string | undefined;
      for (let page = 0; page < 50; page++) {
        const answer = await catalog('search', { filters: { price: { min: 0 } }, pagination: { limit: 7, ...(cursor ? { cursor } : {}) } }, version);
        valid(version, answer.body, 'schemas/shopping/catalog_search.json', '/$defs/search_response');
        seen.push(...answer.body.products.map((p: { id: string }) => p.id));
        if (!answer.body.pagination.has_next_page) break;
        cursor = answer.body.pagination.cursor;
      }
      expect(new Set(seen).size).toBe(seen.length);
      expect(seen).toHaveLength(49);
    });

    it('looks up products and variants, and names the ids it does not know', async () => {
      const answer = await catalog('lookup', { ids: ['ap-summit-down-jacket', 'AP-TOT-HGR-M', 'no-such-id'] }, version);
      expect(answer.status).toBe(200);
      valid(version, answer.body, 'schemas/shopping/catalog_lookup.json', '/$defs/lookup_response');
      expect(answer.body.products.map((p: { id: string }) => p.id).sort()).toEqual(['ap-summit-down-jacket', 'ap-trailhead-organic-tee']);
      expect(answer.body.messages).toEqual([expect.objectContaining({ type: 'info', code: 'not_found', content: 'no-such-id' })]);
    });

    it('gets one product, and answers an unknown one with the version\'s error response', async () => {
      const found = await catalog('product', { id: 'ap-summit-down-jacket' }, version);
      valid(version, found.body, 'schemas/shopping/catalog_lookup.json', '/$defs/get_product_response');
      const missing = await catalog('product', { id: 'no-such-id' }, version);
      expect(missing.status).toBe(200);
      valid(version, missing.body, error);
      expect(missing.body.messages[0]).toMatchObject({ type: 'error', code: 'not_found', severity: 'unrecoverable' });
    });
  });

  it('states the same prices and availability as the published feeds', async () => {
    const feed = new Map<string, { price: unknown; availability: unknown }>();
    for (const line of readFileSync(join(out, 'feeds/acp/products.jsonl'), 'utf8').split('\n').filter(Boolean)) {
      for (const variant of JSON.parse(line).variants) feed.set(variant.id, { price: variant.price, availability: variant.availability });
    }
    let compared = 0;
    let cursor: string | undefined;
    do {
      const answer = await catalog('search', { filters: { price: { min: 0 } }, pagination: { limit: 20, ...(cursor ? { cursor } : {}) } });
      for (const product of answer.body.products) {
        for (const variant of product.variants) {
          expect({ price: variant.price, availability: variant.availability }, variant.id).toEqual(feed.get(variant.id));
          compared++;
        }
      }
      cursor = answer.body.pagination.has_next_page ? answer.body.pagination.cursor : undefined;
    } while (cursor);
    expect(compared).toBe(feed.size);
  });

  it.each([
    ['malformed JSON', '{"query": ', 400, 'invalid_request'],
    ['an unknown field', { query: 'tent', colour: 'red' }, 400, 'invalid_request'],
    ['a wrong type', { query: 42 }, 400, 'invalid_request'],
    ['a negative limit', { query: 'tent', pagination: { limit: -1 } }, 400, 'invalid_request'],
    ['a cursor of another query', { query: 'tent', pagination: { cursor: 'bm90LWEtY3Vyc29y' } }, 400, 'invalid_cursor'],
    ['an empty search', {}, 400, 'invalid_request'],
    ['a body over the cap', JSON.stringify({ query: 'x'.repeat(100_000) }), 413, 'request_too_large'],
  ])('refuses %s with the error body, never a crash', async (_, body, status, code) => {
    const answer = await catalog('search', body);
    expect(answer.status).toBe(status);
    expect(answer.body).toMatchObject({ code, content: expect.any(String), continue_url: 'https://alder-and-pine.example/' });
  });

  it('refuses an oversized lookup batch and clamps a huge limit', async () => {
    const batch = await catalog('lookup', { ids: Array.from({ length: 51 }, (_, i) => `id-${i}`) });
    expect(batch).toMatchObject({ status: 400, body: { code: 'request_too_large' } });
    const clamped = await catalog('search', { filters: { price: { min: 0 } }, pagination: { limit: 1_000_000 } });
    expect(clamped.status).toBe(200);
    expect(clamped.body.messages).toContainEqual(expect.objectContaining({ code: 'limit_clamped' }));
  });

  it.each([
    ['no UCP-Agent', {}, 400, 'invalid_profile_url'],
    ['a version it does not serve', { 'ucp-agent': 'profile="PLATFORMS/2025-01-01/.well-known/ucp"' }, 422, 'version_unsupported'],
    ['a profile that is not one', { 'ucp-agent': 'profile="PLATFORMS/broken/.well-known/ucp"' }, 422, 'profile_malformed'],
    ['a profile behind a redirect', { 'ucp-agent': 'profile="PLATFORMS/redirect/.well-known/ucp"' }, 424, 'profile_unreachable'],
  ])('negotiates the version: %s', async (_, headers, status, code) => {
    const withUrl = Object.fromEntries(Object.entries(headers).map(([k, v]) => [k, v.replace('PLATFORMS', platforms.url)]));
    const answer = await post('/api/ucp/catalog/search', { query: 'tent' }, withUrl);
    expect(answer.status).toBe(status);
    expect(answer.body.code).toBe(code);
  });

  it('serves .well-known/ucp as UCP requires, with validators and compression', async () => {
    const response = await request(`${server.url}/.well-known/ucp`);
    const text = await response.body.text();
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toBe('application/json');
    expect(response.headers['cache-control']).toMatch(/^public, max-age=(\d+)$/);
    expect(Number(/max-age=(\d+)/.exec(String(response.headers['cache-control']))![1])).toBeGreaterThanOrEqual(60);
    expect(JSON.parse(text).ucp.version).toBe('2026-08-25');
    const etag = String(response.headers.etag);
    const again = await request(`${server.url}/.well-known/ucp`, { headers: { 'if-none-match': etag } });
    await again.body.dump();
    expect(again.statusCode).toBe(304);
    const gz = await request(`${server.url}/llms-full.txt`, { headers: { 'accept-encoding': 'gzip' } });
    expect(gz.headers['content-encoding']).toBe('gzip');
    expect(gunzipSync(Buffer.from(await gz.body.arrayBuffer())).toString('utf8')).toBe(readFileSync(join(out, 'llms-full.txt'), 'utf8'));
    const traversal = await request(`${server.url}/..%2f..%2fetc%2fpasswd`);
    await traversal.body.dump();
    expect(traversal.statusCode).toBe(404);
  });

  describe.each(VERSIONS)('MCP in $version', ({ version, error }) => {
    it('lists the catalog tools and answers as REST does', async () => {
      const client = new Client({ name: 'agentshelf-test', version: '1.0.0' });
      await client.connect(new StreamableHTTPClientTransport(new URL(`${server.url}/api/mcp`)));
      try {
        const tools = await client.listTools();
        expect(tools.tools.map((t) => t.name).sort()).toEqual(['get_product', 'lookup_catalog', 'search_catalog']);
        const meta = { 'ucp-agent': { profile: `${platforms.url}/${version}/.well-known/ucp` } };
        const result = await client.callTool({ name: 'search_catalog', arguments: { meta, catalog: { query: 'down jacket' } } });
        valid(version, result.structuredContent, 'schemas/shopping/catalog_search.json', '/$defs/search_response');
        const rest = await catalog('search', { query: 'down jacket' }, version);
        expect(result.structuredContent).toEqual(rest.body);
        const lookup = await client.callTool({ name: 'lookup_catalog', arguments: { meta, catalog: { ids: ['ap-summit-down-jacket'] } } });
        valid(version, lookup.structuredContent, 'schemas/shopping/catalog_lookup.json', '/$defs/lookup_response');
        const product = await client.callTool({ name: 'get_product', arguments: { meta, catalog: { id: 'ap-summit-down-jacket' } } });
        valid(version, product.structuredContent, 'schemas/shopping/catalog_lookup.json', '/$defs/get_product_response');
        expect(product.structuredContent).toEqual((await catalog('product', { id: 'ap-summit-down-jacket' }, version)).body);
        const missing = await client.callTool({ name: 'get_product', arguments: { meta, catalog: { id: 'no-such-id' } } });
        valid(version, missing.structuredContent, error);
        await expect(client.callTool({ name: 'search_catalog', arguments: { meta: { 'ucp-agent': { profile: `${platforms.url}/2025-01-01/.well-known/ucp` } }, catalog: { query: 'x' } } })).rejects.toMatchObject({ code: -32001 });
        await expect(client.callTool({ name: 'lookup_catalog', arguments: { meta, catalog: { ids: Array.from({ length: 51 }, (_, i) => `x${i}`) } } })).rejects.toMatchObject({ code: -32602 });
      } finally {
        await client.close();
      }
    });
  });

  it('cuts off a client that sends its headers too slowly', async () => {
    const url = new URL(server.url);
    const socket = connect(Number(url.port), url.hostname);
    let answer = '';
    socket.setEncoding('utf8').on('data', (d: string) => (answer += d));
    socket.write('POST /api/ucp/catalog/search HTTP/1.1\r\nHost: x\r\n');
    const started = Date.now();
    await new Promise((resolve) => socket.on('close', resolve));
    expect(Date.now() - started).toBeLessThan(10_000);
    expect(answer).toMatch(/^HTTP\/1\.1 408 /);
  });

  it('cuts off a client that never finishes its body', async () => {
    const url = new URL(server.url);
    const socket = connect(Number(url.port), url.hostname);
    let answer = '';
    socket.setEncoding('utf8').on('data', (d: string) => (answer += d));
    socket.write(`POST /api/ucp/catalog/search HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nUCP-Agent: ${profile('2026-08-25')}\r\nContent-Length: 100\r\n\r\n{"query":`);
    const started = Date.now();
    await new Promise((resolve) => socket.on('close', resolve));
    expect(Date.now() - started).toBeLessThan(10_000);
    expect(answer).toMatch(/^HTTP\/1\.1 (408|400) /);
  });

  it('loads a new build while serving, each answer whole from one build', async () => {
    const demo = JSON.parse(readFileSync(join(ROOT, 'examples/demo-shop/catalog.json'), 'utf8')) as { products: Array<{ variants: Array<{ price: string; salePrice?: string }> }> };
    const dearer = join(dir.path, 'dearer.json');
    writeFileSync(dearer, JSON.stringify({ products: demo.products.map((p) => ({ ...p, variants: p.variants.map((v) => ({ ...v, price: (Number(v.price) + 1).toFixed(2), ...(v.salePrice ? { salePrice: (Number(v.salePrice) + 1).toFixed(2) } : {}) })) })) }));
    const before = (await catalog('product', { id: 'ap-summit-down-jacket' })).body.product.variants[0].price.amount;
    // Requests keep running through the swap; each answer comes whole from one build.
    let stop = false;
    const answers: number[][] = [];
    const load = (async () => {
      while (!stop) {
        const answer = await catalog('lookup', { ids: ['ap-summit-down-jacket', 'ap-trailhead-organic-tee'] });
        answers.push(answer.body.products.map((p: any) => p.variants[0].price.amount));
      }
    })();
    const rebuilt = await runCli(['build', '-c', DEMO_CONFIG, '-i', dearer, '-o', out, '--now', DEMO_NOW, '-q', '--report', join(dir.path, 'r2.json')]);
    expect(rebuilt.code, rebuilt.stderr).toBe(0);
    for (let i = 0; i < 100 && server.loads() < 2; i++) await new Promise((r) => setTimeout(r, 100));
    stop = true;
    await load;
    expect(server.loads()).toBe(2);
    const after = (await catalog('product', { id: 'ap-summit-down-jacket' })).body.product.variants[0].price.amount;
    expect(after).toBe(before + 100);
    const [first] = answers;
    expect(answers.length).toBeGreaterThan(0);
    for (const prices of answers) expect(prices.every((p, i) => p === first![i] || p === first![i]! + 100)).toBe(true);
  });

  it('keeps serving the last good build when a new one cannot be loaded, and says why', async () => {
    const before = (await catalog('product', { id: 'ap-summit-down-jacket' })).body;
    // A folder swapped in by hand with a damaged catalog index (a build never publishes one).
    const broken = join(dir.path, 'broken');
    cpSync(out, broken, { recursive: true });
    writeFileSync(join(broken, 'agent/catalog/products.jsonl'), '{"truncated": ');
    renameSync(out, join(dir.path, 'previous'));
    renameSync(broken, out);
    for (let i = 0; i < 50 && !logged.some((l) => l.includes('could not be loaded')); i++) await new Promise((r) => setTimeout(r, 100));
    expect(logged.find((l) => l.includes('could not be loaded'))).toMatch(/previous one keeps serving/);
    expect((await catalog('product', { id: 'ap-summit-down-jacket' })).body).toEqual(before);
  });

  it('runs as a plain fetch handler, with no Node server: files read by a function, profiles fetched by another', async () => {
    const previous = join(dir.path, 'previous');
    const catalog = await openCatalog(async (path) => readFileSync(join(previous, path), 'utf8'));
    const fetched: string[] = [];
    const profiles = new PlatformProfiles({
      fetch: async (url) => {
        fetched.push(url);
        return { status: 200, body: JSON.stringify({ ucp: { version: '2026-04-08' } }) };
      },
    });
    const handler = createAgentHandler({ profiles, site: () => ({ catalog, restPath: '/api/ucp', continueUrl: 'https://shop.example/', versions: UCP_VERSIONS }) });
    const response = await handler(
      new Request('https://shop.example/api/ucp/catalog/search', {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'ucp-agent': 'profile="https://agent.example/.well-known/ucp"' },
        body: JSON.stringify({ query: 'down jacket' }),
      }),
    );
    expect(response.status).toBe(200);
    const body = await response.json();
    valid('2026-04-08', body, 'schemas/shopping/catalog_search.json', '/$defs/search_response');
    expect(body.ucp.version).toBe('2026-04-08');
    expect(fetched).toEqual(['https://agent.example/.well-known/ucp']);
    expect((await handler(new Request('https://shop.example/api/ucp/catalog/search'))).status).toBe(405);
    expect((await handler(new Request('https://shop.example/llms.txt'))).status).toBe(404);
  });
});
