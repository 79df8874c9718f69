import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import { pathToFileURL } from 'node:url';
import { DomUtils, parseDocument } from 'htmlparser2';
import { afterAll, beforeAll, describe, expect, it, onTestFinished } from 'vitest';
import type { agentshelf as viteIntegration } from '../../src/integrations/vite.js';
import { productFileName } from '../../src/model/file-name.js';
import { ROOT } from '../support/run-cli.js';

/**
 * The framework integrations, each building its example project with the framework's real package: the
 * framework's pages, agentshelf's outputs at the site's root, and each product's JSON-LD in its page. The
 * integrations are loaded from the built package (dist/), as a project that installed agentshelf loads them.
 */

const BUILT = join(ROOT, 'dist/integrations');
const example = (name: string) => join(ROOT, 'examples', name);

/** Every file under a folder, relative to it with "/" separators. */
function filesUnder(dir: string): string[] {
  const out: string[] = [];
  const walk = (d: string) => {
    for (const entry of readdirSync(d, { withFileTypes: true })) {
      const path = join(d, entry.name);
      if (entry.isDirectory()) walk(path);
      else out.push(relative(dir, path).split(sep).join('/'));
    }
  };
  walk(dir);
  return out.sort();
}

/** The agentshelf JSON-LD blocks of a page, parsed, and how many JSON-LD blocks it has in all. */
function agentshelfBlocks(html: string): { ours: unknown[]; all: number } {
  const scripts = DomUtils.getElementsByTagName('script', parseDocument(html).children, true).filter((s) => s.attribs.type === 'application/ld+json');
  return { ours: scripts.filter((s) => 'data-agentshelf' in s.attribs).map((s) => JSON.parse(DomUtils.textContent(s))), all: scripts.length };
}

/** The product URLs of an example's catalog, with the page each one is shown on. */
function productPages(name: string): { id: string; page: string }[] {
  const catalog = JSON.parse(readFileSync(join(example(name), 'catalog.json'), 'utf8')) as { products: { id: string; url: string }[] };
  return catalog.products.map((p) => ({ id: p.id, page: `${new URL(p.url).pathname.slice(1)}index.html` }));
}

/** What every integration must leave in the built site. */
function expectShopSite(name: string, site: string): void {
  const pages = productPages(name);
  expect(pages.length).toBeGreaterThanOrEqual(2);
  // The framework's pages, and no other.
  expect(filesUnder(site).filter((path) => path.endsWith('.html'))).toEqual(['index.html', ...pages.map((p) => p.page)].sort());
  // agentshelf's outputs, at the site's root.
  for (const output of ['llms.txt', 'feeds/google/products.xml', 'agentshelf.json', 'jsonld/site.jsonld']) expect(existsSync(join(site, output)), output).toBe(true);
  expect(statSync(join(site, 'jsonld')).isDirectory()).toBe(true);
  // Each product page holds exactly one agentshelf block: the product's published JSON-LD.
  for (const { id, page } of pages) {
    const blocks = agentshelfBlocks(readFileSync(join(site, page), 'utf8'));
    expect(blocks.ours, page).toHaveLength(1);
    expect(blocks.ours[0], page).toEqual(JSON.parse(readFileSync(join(site, 'jsonld', `${productFileName(id)}.jsonld`), 'utf8')));
  }
  // The home page holds the site's (Organization and WebSite).
  const home = agentshelfBlocks(readFileSync(join(site, 'index.html'), 'utf8'));
  expect(home.ours).toEqual([JSON.parse(readFileSync(join(site, 'jsonld/site.jsonld'), 'utf8'))]);
  // Every file agentshelf did not write is the site's, and the manifest says so.
  const manifest = JSON.parse(readFileSync(join(site, 'agentshelf.json'), 'utf8')) as { notOurs: string[] };
  const ours = new Set(['agentshelf.json', 'agentshelf-files.tsv', ...readFileSync(join(site, 'agentshelf-files.tsv'), 'utf8').split('\n').filter(Boolean).map((line) => line.split('\t').slice(2).join('\t'))]);
  const sites = filesUnder(site).filter((path) => !ours.has(path));
  expect([...manifest.notOurs].sort()).toEqual(sites);
  for (const page of ['index.html', ...pages.map((p) => p.page)]) expect(manifest.notOurs, page).toContain(page);
}

describe('framework integrations build their example sites with agentshelf inside', () => {
  let dir: { path: string; remove(): Promise<void> };
  const logged: string[] = [];
  beforeAll(async () => {
    if (!existsSync(join(BUILT, 'vite.js'))) throw new Error('dist/integrations/ is missing: run `npm run build` before these tests.');
    // Under the repository (git ignores .vitest-tmp/): Astro imports the pages it prerenders from its output
    // folder, and their imports (astro's own packages) resolve only where node_modules is above it.
    await mkdir(join(ROOT, '.vitest-tmp'), { recursive: true });
    const path = await mkdtemp(join(ROOT, '.vitest-tmp', 'integrations-'));
    dir = { path, remove: () => rm(path, { recursive: true, force: true }) };
    process.env.ASTRO_TELEMETRY_DISABLED = '1';
  });
  afterAll(() => dir?.remove());

  it('Vite: the plugin runs after `vite build` and writes into build.outDir', { timeout: 120_000 }, async () => {
    const { build } = await import('vite');
    const site = join(dir.path, 'vite');
    await build({ root: example('vite-shop'), configFile: join(example('vite-shop'), 'vite.config.js'), logLevel: 'silent', build: { outDir: site, emptyOutDir: true } });
    expectShopSite('vite-shop', site);
    // Vite's own files (the bundled script and style) are the site's.
    const manifest = JSON.parse(readFileSync(join(site, 'agentshelf.json'), 'utf8')) as { notOurs: string[] };
    expect(manifest.notOurs.filter((p) => p.startsWith('assets/')).map((p) => p.replace(/-[\w-]+\./, '.')).sort()).toEqual(['assets/main.css', 'assets/main.js']);
  });

  it('Vite: a catalog that cannot be published fails the build, with the reason', { timeout: 120_000 }, async () => {
    const { build } = await import('vite');
    const { agentshelf } = (await import(pathToFileURL(join(BUILT, 'vite.js')).href)) as { agentshelf: typeof viteIntegration };
    const root = join(dir.path, 'broken-project');
    await mkdir(root, { recursive: true });
    await writeFile(join(root, 'index.html'), '<!doctype html><title>Broken</title>\n');
    await writeFile(join(root, 'catalog.json'), JSON.stringify({ products: [{ id: 'no-variants', title: 'No variants', url: 'https://broken.example/p/x/' }] }));
    await writeFile(join(root, 'agentshelf.config.json'), JSON.stringify({ shop: { name: 'Broken', url: 'https://broken.example/', currency: 'USD', country: 'US', language: 'en' }, inputs: ['catalog.json'] }));
    const built = build({ root, configFile: false, logLevel: 'silent', build: { outDir: join(root, 'dist') }, plugins: [agentshelf({ config: 'agentshelf.config.json', log: (line) => logged.push(line) })] });
    await expect(built).rejects.toThrow(/agentshelf published nothing into .*dist: No product could be published/);
    expect(existsSync(join(root, 'dist/agentshelf.json'))).toBe(false);
  });

  it('Eleventy: the plugin runs on eleventy.after and writes into the output folder, also on a second build', { timeout: 120_000 }, async () => {
    // Eleventy ships no types: the module is named through a variable so TypeScript takes it as it is.
    const ELEVENTY = '@11ty/eleventy';
    const { Eleventy } = (await import(ELEVENTY)) as { Eleventy: new (input: string, output: string, options: object) => { write(): Promise<unknown> } };
    const site = join(dir.path, 'eleventy');
    const eleventy = () => new Eleventy(example('eleventy-shop'), site, { configPath: join(example('eleventy-shop'), 'eleventy.config.js'), quietMode: true });
    await eleventy().write();
    expectShopSite('eleventy-shop', site);
    // Eleventy writes over its pages and keeps the rest of the folder: agentshelf's outputs of the last build are its own.
    await eleventy().write();
    expectShopSite('eleventy-shop', site);
  });

  it('Astro: the integration runs on astro:build:done and writes into the built site', { timeout: 180_000 }, async () => {
    const { build } = await import('astro');
    const site = join(dir.path, 'astro');
    // Astro writes its generated types (.astro/) and caches (node_modules/) into the project: removed afterwards
    // when this build made them, so the repository is left as it was.
    const made = ['.astro', 'node_modules'].map((name) => join(example('astro-shop'), name)).filter((path) => !existsSync(path));
    onTestFinished(() => Promise.all(made.map((path) => rm(path, { recursive: true, force: true }))).then(() => undefined));
    // Astro 5 stages a static build in outDir only when outDir is under the working directory (else in .astro/ of
    // the working directory, where it fails when root is elsewhere): the repository root is the working directory.
    expect(site.startsWith(process.cwd())).toBe(true);
    await build({ root: example('astro-shop'), outDir: site, logLevel: 'error', cacheDir: join(dir.path, 'astro-cache') });
    expectShopSite('astro-shop', site);
  });
});
