import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildIntoSite } from './build-into-site.js';

const CONFIG = fileURLToPath(new URL('../../examples/vite-shop/agentshelf.config.json', import.meta.url));
const PAGE = (title: string) => `<!doctype html><html><head><title>${title}</title></head><body>${title}</body></html>\n`;

describe('buildIntoSite', () => {
  let dir: string;
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'agentshelf-build-into-site-'));
  });
  afterAll(() => rm(dir, { recursive: true, force: true }));

  async function site(name: string): Promise<string> {
    const root = join(dir, name);
    await mkdir(join(root, 'products/linen-apron'), { recursive: true });
    await writeFile(join(root, 'index.html'), PAGE('Home'));
    await writeFile(join(root, 'products/linen-apron/index.html'), PAGE('Linen Work Apron'));
    return root;
  }

  it('publishes into the site, injects the JSON-LD, and says so in one line', async () => {
    const root = await site('ok');
    const lines: string[] = [];
    const result = await buildIntoSite({ config: CONFIG, site: root, log: (line) => lines.push(line) });
    expect(result).toMatchObject({ ok: true, site: root, products: { published: 3, leftOut: 0 }, variants: { published: 4 }, diagnostics: { error: 0 } });
    expect(result.inject).toMatchObject({ pages: 2, injected: 2, unmatched: 0 });
    expect(result.inject.diagnostics.map((d) => d.ruleId)).toEqual(['inject/product-without-page', 'inject/product-without-page']);
    expect(lines[0]).toMatch(/^agentshelf: 3 products \(4 variants\) published into .*; JSON-LD in 2 of 2 pages/);
    expect(await readFile(join(root, 'products/linen-apron/index.html'), 'utf8')).toContain('<script type="application/ld+json" data-agentshelf>');
  });

  it('prints nothing when quiet', async () => {
    const root = await site('quiet');
    const lines: string[] = [];
    await buildIntoSite({ config: CONFIG, site: root, quiet: true, log: (line) => lines.push(line) });
    expect(lines).toEqual([]);
  });

  it('throws with the reason and the first errors when the build publishes nothing', async () => {
    const root = await site('broken');
    const catalog = join(dir, 'broken-catalog.json');
    await writeFile(catalog, JSON.stringify({ products: [{ id: 'p1', title: 'No variants', url: 'https://broken.example/p1/' }] }));
    const config = join(dir, 'broken.config.json');
    await writeFile(config, JSON.stringify({ shop: { name: 'Broken', url: 'https://broken.example/', currency: 'USD', country: 'US', language: 'en' }, inputs: [catalog] }));
    const failure = buildIntoSite({ config, site: root, quiet: true });
    await expect(failure).rejects.toMatchObject({ code: 'E_PUBLISH_REFUSED', message: expect.stringMatching(/published nothing into .*broken: No product could be published[^]*\n {2}schema\/\S+ \(p1\)/) });
    // The site is as it was.
    expect(await readFile(join(root, 'index.html'), 'utf8')).toBe(PAGE('Home'));
  });
});
