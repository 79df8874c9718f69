import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { acpChannel } from '../../channels/acp/index.js';
import { jsonldChannel } from '../../channels/jsonld/index.js';
import type { Product } from '../../model/generated/product.js';
import { resolveAll, testConfig, TEST_NOW } from '../../test-support/catalog-fixtures.js';
import { startLocalServer, type LocalServer } from '../../test-support/local-server.js';
import { StagingFolder } from '../staging.js';
import { checkLinks } from './check-links.js';

/** A small site: good pages and images, and each kind of broken link. */
function site(): Parameters<typeof startLocalServer>[0] {
  return (req, res) => {
    const path = req.url ?? '/';
    const send = (status: number, type: string, headers: Record<string, string> = {}) => {
      res.writeHead(status, { 'content-type': type, ...headers });
      res.end(req.method === 'HEAD' ? undefined : 'x');
    };
    if (path.startsWith('/products/ok')) return send(200, 'text/html; charset=utf-8');
    if (path === '/products/gone') return send(404, 'text/html');
    if (path === '/products/broken') return send(500, 'text/html');
    if (path === '/products/hop1') return send(301, 'text/html', { location: '/products/hop2' });
    if (path === '/products/hop2') return send(302, 'text/html', { location: '/products/ok-final' });
    if (path === '/products/no-head') return req.method === 'HEAD' ? send(405, 'text/plain') : send(200, 'text/html');
    if (path === '/images/ok.jpg') return send(200, 'image/jpeg');
    if (path === '/images/page.jpg') return send(200, 'text/html');
    return send(404, 'text/html');
  };
}

const product = (id: string, path: string, image: string): Product => ({
  id,
  title: `Product ${id}`,
  description: 'A product.',
  url: path,
  images: [image],
  variants: [{ id: id.toUpperCase(), price: '10.00', availability: 'in_stock', mpn: `M-${id}` }],
});

describe('checkLinks against a real server on 127.0.0.1', () => {
  let server: LocalServer;
  let root: string;
  let cacheFile: string;

  beforeAll(async () => {
    server = await startLocalServer(site());
    root = await mkdtemp(join(tmpdir(), 'agentshelf-links-'));
    cacheFile = join(root, 'cache', 'links.json');
    const config = testConfig({ shop: { name: 'Local', url: `${server.url}/`, currency: 'USD', country: 'US', language: 'en' } });
    const { products } = resolveAll(
      [
        product('ok', '/products/ok', '/images/ok.jpg'),
        product('gone', '/products/gone', '/images/ok.jpg'),
        product('broken', '/products/broken', '/images/ok.jpg'),
        product('chain', '/products/hop1', '/images/ok.jpg'),
        product('nohead', '/products/no-head', '/images/page.jpg'),
      ],
      config,
    );
    // The ACP feed where URLs are read from (it names products), and the JSON-LD for the fallback test.
    const out = new StagingFolder(join(root, 'out'));
    const jsonOnly = new StagingFolder(join(root, 'jsonld-only'));
    for (const [channel, folder] of [[acpChannel, out], [jsonldChannel, out], [jsonldChannel, jsonOnly]] as const) {
      const run = channel.open({ links: () => [], config, assets: {}, channels: new Set(['jsonld', 'acp']), now: { iso: TEST_NOW, epochMs: Date.parse(TEST_NOW) }, out: folder, diagnostics: { report: () => undefined } });
      for (const p of products) await run.add(p);
      await run.close();
    }
  });
  afterAll(async () => {
    await server.close();
    await rm(root, { recursive: true, force: true });
  });

  const links = { concurrency: 4, perHost: 2, timeoutMs: 2000, cacheHours: 24, maxUrls: 100 };

  it('reports 4xx, 5xx, redirect chains and wrong content types, and falls back to GET when HEAD is refused', async () => {
    const result = await checkLinks({ root: join(root, 'out'), links, cacheFile, now: Date.parse(TEST_NOW) });
    const findings = result.diagnostics.map((d) => [d.ruleId, String(d.actual).replace(server.url, '')]);
    expect(findings).toEqual(
      expect.arrayContaining([
        ['links/client-error', '/products/gone'],
        ['links/server-error', '/products/broken'],
        ['links/redirect-chain', '/products/hop1'],
        ['links/content-type', '/images/page.jpg'],
      ]),
    );
    expect(findings.filter(([, url]) => String(url).startsWith('/products/ok') || url === '/products/no-head' || url === '/images/ok.jpg')).toEqual([]);
    expect(result.diagnostics.find((d) => d.ruleId === 'links/client-error')).toMatchObject({ productId: 'gone', channel: 'links', severity: 'error' });
    expect(server.requests.filter((r) => r.url === '/products/no-head').map((r) => r.method)).toEqual(['HEAD', 'GET']);
    expect(result.checked).toBe(result.urls);
  });

  it('reads the URLs from the JSON-LD when there is no ACP feed, naming the variant', async () => {
    const result = await checkLinks({ root: join(root, 'jsonld-only'), links, cacheFile: join(root, 'other-cache.json'), now: Date.parse(TEST_NOW) });
    expect(result.diagnostics.find((d) => d.ruleId === 'links/client-error')).toMatchObject({ variantId: 'GONE' });
  });

  it('reuses cached results on the next run instead of asking again', async () => {
    const before = server.requests.length;
    const result = await checkLinks({ root: join(root, 'out'), links, cacheFile, now: Date.parse(TEST_NOW) + 60_000 });
    expect(server.requests.length).toBe(before);
    expect(result.fromCache).toBe(result.urls);
    expect(result.diagnostics.map((d) => d.ruleId)).toContain('links/client-error');
  });

  it('checks again once the cached results are older than cacheHours, and caps the URLs per run', async () => {
    const before = server.requests.length;
    const result = await checkLinks({ root: join(root, 'out'), links: { ...links, maxUrls: 3 }, cacheFile, now: Date.parse(TEST_NOW) + 25 * 3_600_000 });
    expect(server.requests.length).toBeGreaterThan(before);
    expect(result.notChecked).toBe(result.urls - 3);
    expect(result.diagnostics.map((d) => d.ruleId)).toContain('links/not-checked');
  });

  it('reports an unreachable host', async () => {
    const closed = await startLocalServer(() => undefined);
    const url = closed.url;
    await closed.close();
    const dir = await mkdtemp(join(tmpdir(), 'agentshelf-links-down-'));
    try {
      const config = testConfig({ shop: { name: 'Down', url: `${url}/`, currency: 'USD', country: 'US', language: 'en' } });
      const { products } = resolveAll([product('down', '/products/x', '/images/x.jpg')], config);
      const out = new StagingFolder(dir);
      const run = jsonldChannel.open({ links: () => [], config, assets: {}, channels: new Set(['jsonld']), now: { iso: TEST_NOW, epochMs: Date.parse(TEST_NOW) }, out, diagnostics: { report: () => undefined } });
      for (const p of products) await run.add(p);
      await run.close();
      const result = await checkLinks({ root: dir, links: { ...links, timeoutMs: 500 }, cacheFile: join(dir, 'c.json'), now: Date.parse(TEST_NOW) });
      expect(result.diagnostics.map((d) => d.ruleId)).toEqual(['links/unreachable', 'links/unreachable']);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});
