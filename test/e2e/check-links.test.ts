import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startLocalServer, type LocalServer } from '../../src/test-support/local-server.js';
import { DEMO_NOW, runCli, tempDir } from '../support/run-cli.js';

describe('agentshelf check-links and build --check-links', () => {
  let server: LocalServer;
  let dir: { path: string; remove(): Promise<void> };
  let config: string;

  beforeAll(async () => {
    server = await startLocalServer((req, res) => {
      const ok = req.url === '/products/tent' || req.url === '/products/mug';
      const image = req.url?.startsWith('/images/');
      res.writeHead(ok || image ? 200 : 404, { 'content-type': image ? 'image/jpeg' : 'text/html' });
      res.end();
    });
    dir = await tempDir();
    const catalog = ['tent', 'mug', 'lamp'].map((id) =>
      JSON.stringify({ id, title: `Camp ${id}`, description: `A camp ${id}.`, url: `/products/${id}`, images: [`/images/${id}.jpg`], brand: 'Alder & Pine', variants: [{ id: id.toUpperCase(), price: '20.00', availability: 'in_stock', mpn: `M-${id}` }] }),
    );
    writeFileSync(join(dir.path, 'catalog.ndjson'), `${catalog.join('\n')}\n`);
    config = join(dir.path, 'shop.config.json');
    writeFileSync(
      config,
      JSON.stringify({ shop: { name: 'Local Camp', url: `${server.url}/`, currency: 'USD', country: 'US', language: 'en' }, inputs: ['catalog.ndjson'], links: { timeoutMs: 2000 } }),
    );
  });
  afterAll(async () => {
    await server.close();
    await dir.remove();
  });

  it('build --check-links --strict refuses to publish a catalog with a broken product page', async () => {
    const out = join(dir.path, 'strict-out');
    const result = await runCli(['build', '-c', config, '-o', out, '--report', join(dir.path, 'strict.json'), '--check-links', '--strict', '--now', DEMO_NOW]);
    expect(result.code).toBe(1);
    expect(existsSync(out)).toBe(false);
    const report = JSON.parse(readFileSync(join(dir.path, 'strict.json'), 'utf8'));
    expect(report.diagnostics.filter((d: { ruleId: string }) => d.ruleId === 'links/client-error').map((d: { productId: string }) => d.productId)).toEqual(['lamp']);
    expect(report.summary.links.urls).toBe(6);
  });

  it('build --check-links publishes with the findings when not strict, and check-links reports them later', async () => {
    const out = join(dir.path, 'out');
    const build = await runCli(['build', '-c', config, '-o', out, '--report', join(dir.path, 'build.json'), '--check-links', '--now', DEMO_NOW]);
    expect(build.code, build.stderr).toBe(0);
    expect(build.stderr).toContain('links/client-error');
    const check = await runCli(['check-links', '-o', out, '-c', config, '--report', join(dir.path, 'check.json')]);
    expect(check.code).toBe(1);
    expect(check.stderr).toContain('from the cache');
  });
});
