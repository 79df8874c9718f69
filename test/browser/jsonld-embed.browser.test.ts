/// <reference lib="dom" />
// JSON-LD must be safe to paste into <script type="application/ld+json">: checked in a real browser, which is the
// only judge of where a script element ends.
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { chromium, type Browser } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { jsonldChannel } from '../../src/channels/jsonld/index.js';
import type { Product } from '../../src/model/generated/product.js';
import { FIXTURE_PRODUCTS, resolveAll, runChannel } from '../../src/test-support/catalog-fixtures.js';
import { CHROMIUM, CHROMIUM_ARGS, describeWithChromium } from '../support/chromium.js';

const HOSTILE: Product[] = [
  '</script><script>window.__pwned = 1</script>',
  '</SCRIPT ><img src=x onerror="window.__pwned=2">',
  '<!--<script>window.__pwned = 3</script>-->',
  'Line\u2028and paragraph\u2029separators & "quotes" \\ backslash',
].map((title, i) => ({ ...FIXTURE_PRODUCTS[1]!, id: `hostile-${i}`, title, description: `${title} in the description`, variants: [{ ...FIXTURE_PRODUCTS[1]!.variants[0], id: `H-${i}` }] }));

describeWithChromium('JSON-LD embedded in a page, in headless Chromium', () => {
  let server: Server;
  let base: string;
  let browser: Browser;
  const pages = new Map<string, { html: string; doc: unknown }>();

  beforeAll(async () => {
    const { products } = resolveAll([...FIXTURE_PRODUCTS, ...HOSTILE]);
    const { out } = await runChannel(jsonldChannel, products);
    for (const [path, text] of out.files) {
      const html = `<!doctype html><html><head><title>t</title><script type="application/ld+json">${text}</script></head><body><p id="after">after</p></body></html>`;
      pages.set(`/${path.replace('jsonld/', '').replace('.jsonld', '')}`, { html, doc: JSON.parse(text) });
    }
    server = createServer((req, res) => {
      const page = pages.get(req.url ?? '');
      res.writeHead(page ? 200 : 404, { 'content-type': 'text/html; charset=utf-8' });
      res.end(page?.html ?? 'not found');
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
  });

  afterAll(async () => {
    await browser?.close();
    await new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve()));
  });

  it('keeps every document inside its one script element, parsing back to the same value', async () => {
    expect(pages.size).toBe(FIXTURE_PRODUCTS.length + HOSTILE.length + 1);
    const page = await browser.newPage();
    for (const [path, { doc }] of pages) {
      await page.goto(`${base}${path}`);
      const seen = await page.evaluate(() => ({
        pwned: (window as unknown as { __pwned?: number }).__pwned ?? null,
        scripts: document.querySelectorAll('script').length,
        json: document.querySelector('script[type="application/ld+json"]')?.textContent ?? '',
        after: document.getElementById('after')?.textContent ?? null,
        images: document.querySelectorAll('img').length,
      }));
      expect(seen.pwned, path).toBeNull();
      expect(seen.scripts, path).toBe(1);
      expect(seen.images, path).toBe(0);
      expect(seen.after, path).toBe('after');
      expect(JSON.parse(seen.json), path).toEqual(doc);
    }
    await page.close();
  });
});
