import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startLocalServer, type LocalServer } from '../../src/test-support/local-server.js';
import { DEMO_NOW, ROOT, runCli, tempDir } from '../support/run-cli.js';
import { CHANNELS, channelIds } from '../../src/channels/registry.js';

const FIXTURES = join(ROOT, 'src/sources/importers');

interface Report {
  ok: boolean;
  summary: { products: { read: number; published: number }; skippedRecords: number; channels: Array<{ id: string; items: number }>; parity?: { findings: number; outputs: unknown[] } };
  diagnostics: Array<{ ruleId: string; severity: string }>;
}

describe('platform exports in, every output out', () => {
  let dir: { path: string; remove(): Promise<void> };
  let server: LocalServer;
  let config: string;

  beforeAll(async () => {
    dir = await tempDir();
    // A storefront serving Shopify's /products.json pages from the fixtures.
    server = await startLocalServer((req, res) => {
      const url = new URL(req.url ?? '/', 'http://x');
      const page = Number(url.searchParams.get('page') ?? '1');
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end(page <= 3 ? readFileSync(join(FIXTURES, `shopify/fixtures/products-page-${page}.json`)) : '{"products":[]}');
    });
    config = join(dir.path, 'shop.config.json');
    writeFileSync(
      config,
      JSON.stringify({
        shop: { name: 'Import Test', url: 'https://shop.example/', currency: 'USD', country: 'US', language: 'en' },
        policies: { privacy: 'https://shop.example/privacy', terms: 'https://shop.example/terms' },
        agent: { catalog: { rest: 'https://shop.example/api/ucp' } },
        // WooCommerce CSV exports carry no product URLs: the merchant states the pattern of their pages.
        defaults: { productUrl: 'product/{slug}/' },
      }),
    );
  });
  afterAll(async () => {
    await server.close();
    await dir.remove();
  });

  async function build(name: string, input: string, extra: string[] = []): Promise<Report> {
    const report = join(dir.path, `${name}.json`);
    const result = await runCli(['build', '-c', config, '-i', input, '-o', join(dir.path, name), '--report', report, '--now', DEMO_NOW, ...extra]);
    expect(result.code, result.stderr).toBe(0);
    return JSON.parse(readFileSync(report, 'utf8')) as Report;
  }

  it.each([
    ['shopify-csv', join(FIXTURES, 'shopify/fixtures/products_export.csv')],
    ['woocommerce-csv', join(FIXTURES, 'woocommerce/fixtures/wc-product-export.csv')],
    ['gmc-xml', join(FIXTURES, 'gmc/fixtures/feed.rss.xml')],
    ['gmc-atom', join(FIXTURES, 'gmc/fixtures/feed.atom.xml')],
    ['gmc-tsv', join(FIXTURES, 'gmc/fixtures/feed.tsv')],
  ])('%s: detected without --format, built into every channel, outputs in parity', async (name, input) => {
    const report = await build(name, input);
    expect(report.summary.products.published).toBeGreaterThan(3);
    expect(report.summary.channels.map((c) => c.id)).toEqual(channelIds());
    expect(report.summary.parity?.findings).toBe(0);
    // The WooCommerce export names no brand, which OpenAI and Meta require, so those two feeds are empty.
    const offerOutputs = CHANNELS.filter((c) => c.readBack).length;
    expect(report.summary.parity?.outputs.length).toBe(name === 'woocommerce-csv' ? offerOutputs - 2 : offerOutputs);
  });

  it('reads a Shopify storefront over HTTP, page by page, from its products.json URL', async () => {
    const report = await build('shopify-json', `${server.url}/products.json`);
    expect(report.summary.products.read).toBe(7);
    expect(report.summary.products.published).toBe(7);
    expect(server.requests.filter((r) => r.url.startsWith('/products.json')).length).toBeGreaterThanOrEqual(3);
  });

  it('counts a Shopify draft as skipped, not as unreadable', async () => {
    const report = await build('shopify-skips', join(FIXTURES, 'shopify/fixtures/products_export.csv'));
    expect(report.summary.skippedRecords).toBe(1);
  });

  it('fails the run, publishing nothing, when a storefront answers with an empty catalog', async () => {
    const empty = await startLocalServer((_req, res) => {
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end('{"products":[]}');
    });
    try {
      const result = await runCli(['build', '-c', config, '-i', `${empty.url}/products.json`, '-o', join(dir.path, 'empty'), '--report', join(dir.path, 'empty.json')]);
      expect(result.code).toBe(1);
      expect(result.stderr).toContain('E_SOURCE_EMPTY');
    } finally {
      await empty.close();
    }
  });
});
