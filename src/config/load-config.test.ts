import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { AgentshelfError, type ErrorCode } from '../model/errors.js';
import { loadConfigFile, parseConfig } from './load-config.js';

const example = (path: string) => fileURLToPath(new URL(`../../examples/demo-shop/${path}`, import.meta.url));

const dir = mkdtempSync(join(tmpdir(), 'agentshelf-config-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

let files = 0;
/** Writes a config file into its own folder and returns its path. */
function writeConfig(content: unknown): string {
  const folder = join(dir, `c${files++}`);
  mkdirSync(folder, { recursive: true });
  const path = join(folder, 'agentshelf.config.json');
  writeFileSync(path, typeof content === 'string' ? content : JSON.stringify(content));
  return path;
}

const shop = { name: 'Alder & Pine', url: 'https://shop.example/', currency: 'USD', country: 'US', language: 'en' };

async function codeOf(promise: Promise<unknown>): Promise<ErrorCode | 'resolved'> {
  try {
    await promise;
    return 'resolved';
  } catch (error) {
    expect(error).toBeInstanceOf(AgentshelfError);
    return (error as AgentshelfError).code;
  }
}

describe('loadConfigFile: the demo configs', () => {
  it('the US demo loads, with money in minor units and paths made absolute', async () => {
    const loaded = await loadConfigFile(example('agentshelf.config.json'));
    expect(loaded.path).toBe(example('agentshelf.config.json'));
    expect(loaded.raw.shop.currency).toBe('USD');
    expect(loaded.config.shop.url).toBe('https://alder-and-pine.example/');
    expect(loaded.config.inputs).toEqual([{ path: example('catalog.json') }]);
    expect(loaded.config.out).toBe(example('public'));
    expect(loaded.config.shipping.map((r) => [r.country, r.service, r.price])).toEqual([
      ['US', 'Standard', { minor: 595, currency: 'USD' }],
      ['US', 'Express', { minor: 1495, currency: 'USD' }],
      ['CA', 'Standard', { minor: 1200, currency: 'USD' }],
    ]);
    expect(loaded.config.shipping[0]).toMatchObject({ handlingDays: { min: 0, max: 1 }, transitDays: { min: 3, max: 5 } });
    expect(loaded.config.returns).toEqual({ countries: ['US', 'CA'], category: 'finite', days: 30, fees: 'free', method: 'mail' });
    expect(loaded.config.enrich).toEqual({ applySuggestedCategories: false });
  });

  it('the JP demo loads, with yen', async () => {
    const loaded = await loadConfigFile(example('jp/agentshelf.config.json'));
    expect(loaded.config.shop.currency).toBe('JPY');
    expect(loaded.config.shipping.map((r) => r.price)).toEqual([{ minor: 800, currency: 'JPY' }]);
    expect(loaded.config.inputs).toEqual([{ path: example('jp/catalog.json') }]);
    expect(loaded.config.out).toBe(example('jp/public'));
  });
});

describe('loadConfigFile: paths', () => {
  it('inputs and out are resolved against the folder of the config file, absolute ones kept', async () => {
    const absolute = join(dir, 'elsewhere', 'feed.csv');
    const path = writeConfig({ shop, inputs: ['catalog.json', 'data/more.ndjson', '../shared/extra.json', absolute], out: 'dist/site' });
    const folder = join(path, '..');
    const { config } = await loadConfigFile(path);
    expect(config.inputs).toEqual([join(folder, 'catalog.json'), join(folder, 'data/more.ndjson'), join(folder, '../shared/extra.json'), absolute].map((path) => ({ path })));
    expect(config.out).toBe(join(folder, 'dist/site'));
  });

  it('keeps URL inputs as they are and takes a format with an input', async () => {
    const path = writeConfig({ shop, inputs: ['https://shop.example/products.json', { source: 'export.csv', format: 'shopify-csv' }] });
    const folder = join(path, '..');
    const { config } = await loadConfigFile(path);
    expect(config.inputs).toEqual([{ path: 'https://shop.example/products.json' }, { path: join(folder, 'export.csv'), format: 'shopify-csv' }]);
    expect(config.sources).toMatchObject({ cacheDir: join(folder, '.agentshelf-cache'), retries: 4, perHost: 4 });
  });

  it('a config without inputs or out has none', async () => {
    const { config } = await loadConfigFile(writeConfig({ shop }));
    expect(config.inputs).toEqual([]);
    expect(config).not.toHaveProperty('out');
    expect(config.shipping).toEqual([]);
    expect(config.policies).toEqual({});
    // Feeds, llms and robots get their documented defaults; nothing about the agent API is assumed.
    expect(config.feeds).toEqual({
      google: {},
      openai: { formats: ['jsonl'], search: true, checkout: false, targetCountries: [shop.country], shardSize: 500_000 },
      acp: { feedId: `${new URL(shop.url).host}-${shop.country}`, targetCountry: shop.country },
    });
    expect(config.agent).toEqual({ ucpVersion: '2026-08-25' });
    expect(config.robots).toEqual({ searchAgents: 'allow', training: 'allow', sitemaps: [], disallow: [] });
    expect(config.llms).toMatchObject({ maxProducts: 100, productPages: true });
  });

  it('resolves a relative purchase URL template against the shop URL and keeps its placeholders', async () => {
    const { config } = await loadConfigFile(writeConfig({ shop, agent: { purchaseUrlTemplate: '/cart/{variant_id}:{quantity}' } }));
    expect(config.agent.purchaseUrlTemplate).toBe(`${new URL(shop.url).origin}/cart/{variant_id}:{quantity}`);
  });

  it.each([
    ['2026-04-08', '2026-04-08'],
    ['2026-08-25', '2026-08-25'],
  ])('keeps a pinned UCP version %s', async (pinned, resolved) => {
    const { config } = await loadConfigFile(writeConfig({ shop, agent: { ucpVersion: pinned } }));
    expect(config.agent.ucpVersion).toBe(resolved);
  });

  it('refuses a UCP version agentshelf does not speak', async () => {
    await expect(loadConfigFile(writeConfig({ shop, agent: { ucpVersion: 'draft' } }))).rejects.toMatchObject({ code: 'E_CONFIG_INVALID' });
  });

  it('caps the OpenAI shard size at 500,000 rows', async () => {
    await expect(loadConfigFile(writeConfig({ shop, feeds: { openai: { shardSize: 600_000 } } }))).rejects.toMatchObject({ code: 'E_CONFIG_INVALID' });
  });

  it('enrich.applySuggestedCategories is passed on', async () => {
    const { config } = await loadConfigFile(writeConfig({ shop, enrich: { applySuggestedCategories: true } }));
    expect(config.enrich.applySuggestedCategories).toBe(true);
  });

  it('now is kept as given', async () => {
    const { config } = await loadConfigFile(writeConfig({ shop, now: '2026-11-25T12:00:00Z' }));
    expect(config.now).toBe('2026-11-25T12:00:00Z');
  });

  it('a fixed return fee is in the shop currency', async () => {
    const { config } = await loadConfigFile(writeConfig({ shop, returns: { countries: ['US'], category: 'finite', days: 30, fees: 'fixed', feeAmount: '6.50' } }));
    expect(config.returns?.feeAmount).toEqual({ minor: 650, currency: 'USD' });
  });
});

describe('loadConfigFile: refused', () => {
  it('a missing file → E_CONFIG_NOT_FOUND', async () => {
    expect(await codeOf(loadConfigFile(join(dir, 'no-such-folder', 'agentshelf.config.json')))).toBe('E_CONFIG_NOT_FOUND');
  });

  it('a folder instead of a file → E_CONFIG_INVALID', async () => {
    expect(await codeOf(loadConfigFile(dir))).toBe('E_CONFIG_INVALID');
  });

  it.each<[string, unknown]>([
    ['invalid JSON', '{ "shop": { "name": "x", } '],
    ['an empty file', ''],
    ['JSON that is not an object', '[]'],
    ['no shop', {}],
    ['an unknown top-level property', { shop, colour: 'blue' }],
    ['an unknown shop property', { shop: { ...shop, phone: '555' } }],
    ['a missing shop currency', { shop: { ...shop, currency: undefined } }],
    ['a lower-case currency', { shop: { ...shop, currency: 'usd' } }],
    ['a currency that is not ISO 4217', { shop: { ...shop, currency: 'ZZZ' } }],
    ['a shop URL that is not http(s)', { shop: { ...shop, url: 'ftp://shop.example/' } }],
    ['a relative shop URL', { shop: { ...shop, url: '/shop' } }],
    ['a lower-case country', { shop: { ...shop, country: 'us' } }],
    ['finite returns without days', { shop, returns: { countries: ['US'], category: 'finite' } }],
    ['fixed return fees without an amount', { shop, returns: { countries: ['US'], category: 'unlimited', fees: 'fixed' } }],
    ['a return fee too precise for the currency', { shop, returns: { countries: ['US'], category: 'unlimited', fees: 'fixed', feeAmount: '6.505' } }],
    ['a shipping price too precise for USD', { shop, shipping: [{ country: 'US', service: 'Standard', price: '1.234' }] }],
    ['a shipping price too precise for its own currency', { shop, shipping: [{ country: 'JP', service: 'Standard', price: '800.5', currency: 'JPY' }] }],
    ['a negative shipping price', { shop, shipping: [{ country: 'US', service: 'Standard', price: '-1.00' }] }],
    ['handling days min > max', { shop, shipping: [{ country: 'US', service: 'Standard', price: '5.95', handlingDays: { min: 3, max: 1 } }] }],
    ['transit days min > max', { shop, shipping: [{ country: 'US', service: 'Standard', price: '5.95', transitDays: { min: 5, max: 2 } }] }],
    ['a now that is not a date-time', { shop, now: 'tomorrow' }],
    ['an empty input path', { shop, inputs: [''] }],
    ['a market in an unknown currency', { shop, markets: [{ country: 'CA', currency: 'CAX', rate: '1.36' }] }],
    ['a market for the shop\'s own country', { shop, markets: [{ country: 'US', currency: 'USD', rate: '1' }] }],
    ['a market rate of zero', { shop, markets: [{ country: 'CA', currency: 'CAD', rate: '0.00' }] }],
    ['a market rate with a comma', { shop, markets: [{ country: 'CA', currency: 'CAD', rate: '1,36' }] }],
    ['the same market twice', { shop, markets: [{ country: 'CA', currency: 'CAD', rate: '1.36' }, { country: 'CA', currency: 'CAD', rate: '1.37' }] }],
    ['a product URL template without a placeholder', { shop, defaults: { productUrl: 'https://shop.example/product/' } }],
    ['a backorder lead time of zero days', { shop, defaults: { backorderLeadDays: 0 } }],
    ['a default condition Google does not know', { shop, defaults: { condition: 'mint' } }],
    ['a rule severity that is not one', { shop, rules: { 'gtin/check-digit': 'quiet' } }],
    ['a rule id of the wrong shape', { shop, rules: { GTIN: 'off' } }],
  ])('%s → E_CONFIG_INVALID', async (_, content) => {
    expect(await codeOf(loadConfigFile(writeConfig(content)))).toBe('E_CONFIG_INVALID');
  });

  it.each([
    ['a missing comma', '{\n  "shop": {\n    "name": "x"\n    "url": "https://shop.example/"\n  }\n}\n', ':4:5 is not valid JSON: a comma is missing between two entries.'],
    ['an unclosed object', '{\n  "shop": {\n', ':3:1 is not valid JSON: a closing } is missing.'],
    ['a single-quoted key', "{\n 'shop': {}\n}", ':2:2 is not valid JSON: an unexpected character.'],
  ])('a syntax error (%s) names its line and column', async (_name, text, message) => {
    const path = writeConfig(text);
    await expect(loadConfigFile(path)).rejects.toThrow(`${path}${message}`);
  });
});

describe('loadConfigFile: comments', () => {
  it('reads a config with // and /* */ comments and trailing commas, as agentshelf init writes it', async () => {
    const text = `{
  // The shop.
  "shop": ${JSON.stringify(shop)},
  /* Shop-wide facts the export lacks. */
  "defaults": { "brand": "Alder & Pine", "backorderLeadDays": 10, },
}
`;
    const { config } = await loadConfigFile(writeConfig(text));
    expect(config.defaults).toEqual({ brand: 'Alder & Pine', backorderLeadDays: 10 });
  });
});

describe('parseConfig', () => {
  it('resolves paths against the given folder', () => {
    const { raw, config } = parseConfig({ shop, inputs: ['catalog.json'], out: 'public' }, { baseDir: '/srv/shop' });
    expect(raw.inputs).toEqual(['catalog.json']);
    expect(config.inputs).toEqual([{ path: '/srv/shop/catalog.json' }]);
    expect(config.out).toBe('/srv/shop/public');
  });

  it.each<[string, unknown]>([
    ['not an object', 'shop'],
    ['null', null],
    ['an unknown property', { shop, extra: true }],
    ['a shipping price too precise', { shop, shipping: [{ country: 'US', service: 'Standard', price: 1.234 }] }],
  ])('%s → E_CONFIG_INVALID', (_, value) => {
    let thrown: unknown;
    try {
      parseConfig(value, { baseDir: '/srv/shop' });
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(AgentshelfError);
    expect((thrown as AgentshelfError).code).toBe('E_CONFIG_INVALID');
  });
});
