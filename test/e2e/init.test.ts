import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_NOW, ROOT, runCli, tempDir } from '../support/run-cli.js';

const FIXTURES = join(ROOT, 'src/sources/importers');

describe('agentshelf init, then build', () => {
  let dir: { path: string; remove(): Promise<void> };
  beforeAll(async () => {
    dir = await tempDir();
  });
  afterAll(() => dir.remove());

  it('asks, by flag, for what a Shopify export does not state, and writes nothing then', async () => {
    const result = await runCli(['init', '--from', join(FIXTURES, 'shopify/fixtures/products_export.csv'), '--config', join(dir.path, 'none.json')], { cwd: dir.path });
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('give --name (shop name), --url (shop url (https://…/)), --currency');
    expect(result.stderr).toContain('--country');
    expect(() => readFileSync(join(dir.path, 'none.json'))).toThrow();
  });

  it.each([
    ['shopify-csv', 'shopify/fixtures/products_export.csv', ['--name', 'Alder & Pine', '--url', 'https://alder-and-pine.example/', '--currency', 'USD', '--country', 'US', '--language', 'en']],
    ['woocommerce-csv', 'woocommerce/fixtures/wc-product-export.csv', ['--name', 'Alder & Pine', '--currency', 'USD', '--country', 'US', '--language', 'en', '--brand', 'Alder & Pine']],
    ['gmc-xml', 'gmc/fixtures/feed.rss.xml', ['--name', 'Alder & Pine', '--country', 'US', '--language', 'en']],
  ])('%s: init writes a config that builds, taking the shop URL and currency from the data where it states them', async (name, path, flags) => {
    // Each shop in a folder of its own: its config's "out" is beside it (one shop's build never replaces another's).
    const shopDir = join(dir.path, name);
    mkdirSync(shopDir);
    const config = join(shopDir, 'agentshelf.config.json');
    const init = await runCli(['init', '--from', join(FIXTURES, path), '--config', config, ...flags], { cwd: dir.path });
    expect(init.code, init.stderr).toBe(0);
    expect(init.stderr).toContain(`wrote      ${config}`);
    const text = readFileSync(config, 'utf8');
    expect(text).toContain('// Written by agentshelf init');
    const build = await runCli(['build', '--config', config, '--now', DEMO_NOW, '--report', join(dir.path, `${name}.report.json`)], { cwd: dir.path });
    expect(build.code, build.stderr).toBe(0);
    const report = JSON.parse(readFileSync(join(dir.path, `${name}.report.json`), 'utf8')) as { summary: { products: { read: number; published: number } } };
    expect(report.summary.products.published).toBe(report.summary.products.read);
  });

  it('never replaces a config without --force', async () => {
    const config = join(dir.path, 'gmc-xml', 'agentshelf.config.json');
    const again = await runCli(['init', '--from', join(FIXTURES, 'gmc/fixtures/feed.rss.xml'), '--config', config, '--name', 'X', '--country', 'US', '--language', 'en'], { cwd: dir.path });
    expect(again.code).toBe(2);
    expect(again.stderr).toContain('already exists; pass --force');
    const forced = await runCli(['init', '--from', join(FIXTURES, 'gmc/fixtures/feed.rss.xml'), '--config', config, '--name', 'X', '--country', 'US', '--language', 'en', '--force'], { cwd: dir.path });
    expect(forced.code, forced.stderr).toBe(0);
  });

  it('refuses a value the config schema refuses, naming it', async () => {
    const result = await runCli(['init', '--from', join(FIXTURES, 'gmc/fixtures/feed.rss.xml'), '--config', join(dir.path, 'bad.json'), '--name', 'X', '--country', 'usa', '--language', 'en'], { cwd: dir.path });
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('/shop/country');
  });

  it('says once, with the fix, what a whole export lacks: a WooCommerce export built without a URL template', async () => {
    const config = join(dir.path, 'no-template.config.json');
    writeFileSync(config, JSON.stringify({ shop: { name: 'X', url: 'https://alder-and-pine.example/', currency: 'USD', country: 'US', language: 'en' }, inputs: [join(FIXTURES, 'woocommerce/fixtures/wc-product-export.csv')], out: join(dir.path, 'no-template-out') }));
    const build = await runCli(['build', '--config', config, '--report', join(dir.path, 'no-template.json')], { cwd: dir.path });
    expect(build.code).toBe(1);
    expect(build.stderr).toContain('schema/required at /url on 5 of 5 products: A required property is missing.');
    expect(build.stderr).toContain('fix: Set "defaults.productUrl" in the config');
    // Said once; the link to the rule's page (docs/rules/schema/required.md) is not a second telling.
    expect(build.stderr.match(/(?<!docs\/rules\/)schema\/required/g)).toHaveLength(1);
    expect(build.stderr).toContain('docs/rules/schema/required.md');
    const report = JSON.parse(readFileSync(join(dir.path, 'no-template.json'), 'utf8')) as { summary: { systemic: unknown[] } };
    expect(report.summary.systemic).toContainEqual(expect.objectContaining({ ruleId: 'schema/required', pointer: '/url', count: 5, of: 5, unit: 'products', fix: expect.stringContaining('defaults.productUrl') }));
  });
});
