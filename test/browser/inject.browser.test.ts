/// <reference lib="dom" />
// Injected JSON-LD, read back by a real browser: the DOM holds one block per page that parses to the published
// document, and a product whose text tries to close the script element runs no script.
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { dirname, join, normalize } from 'node:path';
import { chromium, type Browser } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { CHROMIUM, CHROMIUM_ARGS, describeWithChromium } from '../support/chromium.js';
import { DEMO_CONFIG, DEMO_NOW, runCli, tempDir } from '../support/run-cli.js';

const HOSTILE = '</script><script>alert(1)</script>';

describeWithChromium('injected JSON-LD in headless Chromium', () => {
  let dir: { path: string; remove(): Promise<void> };
  let server: Server;
  let base: string;
  let browser: Browser;
  /** URL path of each page → the JSON of the file injected into it. */
  const pages = new Map<string, unknown>();

  /** A site whose pages sit at the products' URL paths, injected from the build in `out`. */
  const buildSite = async (name: string, config: string) => {
    const out = join(dir.path, `${name}-out`);
    const site = join(dir.path, 'site', name);
    const build = await runCli(['build', '-c', config, '-o', out, '--report', join(dir.path, `${name}.json`), '--now', DEMO_NOW, '-q']);
    expect(build.code, build.stderr).toBe(0);
    for (const file of readdirSync(join(out, 'jsonld')).filter((f) => f !== 'site.jsonld')) {
      const doc = JSON.parse(readFileSync(join(out, 'jsonld', file), 'utf8')) as { url: string };
      const path = new URL(doc.url).pathname;
      mkdirSync(dirname(join(site, `${path}.html`)), { recursive: true });
      writeFileSync(join(site, `${path}.html`), '<!doctype html><html><head><meta charset="utf-8"><title>p</title></head><body><p id="after">after</p></body></html>');
      pages.set(`/${name}${path}.html`, doc);
    }
    const inject = await runCli(['inject', '--site', site, '--outputs', out, '-q']);
    expect(inject.code, inject.stderr).toBe(0);
  };

  beforeAll(async () => {
    dir = await tempDir();
    await buildSite('demo', DEMO_CONFIG);
    writeFileSync(
      join(dir.path, 'hostile.ndjson'),
      `${JSON.stringify({ id: 'hostile', title: `Mug ${HOSTILE}`, description: `A mug. ${HOSTILE} & more`, url: '/products/hostile', images: ['/images/mug.jpg'], brand: 'Alder & Pine', variants: [{ id: 'H-1', price: '20.00', availability: 'in_stock', mpn: 'M-1' }] })}\n`,
    );
    const config = join(dir.path, 'hostile.config.json');
    writeFileSync(config, JSON.stringify({ shop: { name: 'Hostile', url: 'https://hostile.example/', currency: 'USD', country: 'US', language: 'en' }, inputs: ['hostile.ndjson'] }));
    await buildSite('hostile', config);
    const root = join(dir.path, 'site');
    server = createServer((req, res) => {
      const path = normalize(decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname));
      let body: Buffer | undefined;
      try {
        body = path.includes('..') ? undefined : readFileSync(join(root, path));
      } catch {
        body = undefined;
      }
      res.writeHead(body ? 200 : 404, { 'content-type': 'text/html; charset=utf-8' });
      res.end(body ?? 'not found');
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
  });

  afterAll(async () => {
    await browser?.close();
    await new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve()));
    await dir?.remove();
  });

  it('has one data-agentshelf block per page, parsing to the published document, and runs no injected script', async () => {
    expect(pages.size).toBeGreaterThan(40);
    const page = await browser.newPage();
    const dialogs: string[] = [];
    page.on('dialog', (dialog) => {
      dialogs.push(dialog.message());
      void dialog.dismiss();
    });
    for (const [path, doc] of pages) {
      const response = await page.goto(`${base}${path}`);
      expect(response?.status(), path).toBe(200);
      const seen = await page.evaluate(() => ({
        blocks: Array.from(document.querySelectorAll('script[type="application/ld+json"][data-agentshelf]'), (s) => s.textContent ?? ''),
        scripts: document.querySelectorAll('script').length,
        after: document.getElementById('after')?.textContent ?? null,
      }));
      expect(seen.blocks, path).toHaveLength(1);
      expect(seen.scripts, path).toBe(1);
      expect(seen.after, path).toBe('after');
      expect(JSON.parse(seen.blocks[0]!), path).toEqual(doc);
    }
    const hostile = pages.get('/hostile/products/hostile.html') as { name: string; description: string };
    expect(hostile.name).toBe(`Mug ${HOSTILE}`);
    await page.goto(`${base}/hostile/products/hostile.html`);
    const name = await page.evaluate(() => (JSON.parse(document.querySelector('script[data-agentshelf]')!.textContent!) as { name: string }).name);
    expect(name).toBe(`Mug ${HOSTILE}`);
    expect(dialogs).toEqual([]);
    await page.close();
  });
});
