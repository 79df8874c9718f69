import { describe, expect, it } from 'vitest';
import { CATALOG_PRODUCTS_PATH, CATALOG_SEARCH_INDEX_PATH, searchDocument, searchFacts, type SearchIndexFile } from '../../formats/search-index/search-index-format.js';
import { toUcpProduct, ucpSeller } from '../../formats/ucp/catalog-product.js';
import type { UcpProduct } from '../../formats/ucp/catalog-types.js';
import { FIXTURE_PRODUCTS, resolveAll, runChannel, testConfig, TEST_CONFIG_INPUT } from '../../test-support/catalog-fixtures.js';
import { catalogIndexChannel } from './index.js';
import { parseCatalogLine } from './read-back.js';

const config = testConfig();
const products = resolveAll(FIXTURE_PRODUCTS, config).products;
const purchase = { purchaseUrlTemplate: TEST_CONFIG_INPUT.agent.purchaseUrlTemplate };

describe('catalog-index channel', () => {
  it.each([
    ['REST and MCP', TEST_CONFIG_INPUT.agent.catalog, true],
    ['REST only', { rest: TEST_CONFIG_INPUT.agent.catalog.rest }, true],
    ['MCP only', { mcp: TEST_CONFIG_INPUT.agent.catalog.mcp }, true],
    ['no catalog endpoint', undefined, false],
  ])('%s: writes the index %s', async (_name, catalog, written) => {
    const withCatalog = testConfig({ agent: { ...purchase, ...(catalog ? { catalog } : {}) } });
    const { out, summary, diagnostics } = await runChannel(catalogIndexChannel, resolveAll(FIXTURE_PRODUCTS, withCatalog).products, withCatalog);
    expect([...out.files.keys()].sort()).toEqual(written ? [CATALOG_PRODUCTS_PATH, CATALOG_SEARCH_INDEX_PATH] : []);
    expect(summary).toEqual({ items: written ? products.reduce((n, p) => n + p.variants.length, 0) : 0, skipped: 0 });
    expect(diagnostics).toEqual([]);
  });

  it('writes one UCP product per line, in input order, as toUcpProduct gives it with the shop as seller', async () => {
    const { out } = await runChannel(catalogIndexChannel, products, config);
    const lines = out.text(CATALOG_PRODUCTS_PATH).split('\n');
    expect(lines.pop()).toBe('');
    expect(lines.map((l) => JSON.parse(l))).toEqual(products.map((p) => toUcpProduct(p, { seller: ucpSeller(config) })));
  });

  it('indexes every line with its filter facts', async () => {
    const { out } = await runChannel(catalogIndexChannel, products, config);
    const file = JSON.parse(out.text(CATALOG_SEARCH_INDEX_PATH)) as SearchIndexFile;
    const ucp = out.text(CATALOG_PRODUCTS_PATH).trimEnd().split('\n').map((l) => JSON.parse(l) as UcpProduct);
    expect(file).toMatchObject({ format: 1, library: { name: 'minisearch' }, currency: 'USD' });
    expect(file.products).toEqual(ucp.map(searchFacts));
    expect((file.index as { documentCount: number }).documentCount).toBe(products.length);
  });

  it('gives the same bytes for the same catalog', async () => {
    const a = await runChannel(catalogIndexChannel, products, config);
    const b = await runChannel(catalogIndexChannel, resolveAll(FIXTURE_PRODUCTS, config).products, config);
    for (const path of catalogIndexChannel.outputs) expect(b.out.text(path)).toBe(a.out.text(path));
  });

  it("reads its lines back as the model's offers for the parity check", async () => {
    const { out } = await runChannel(catalogIndexChannel, products, config);
    const offers = out.text(CATALOG_PRODUCTS_PATH).trimEnd().split('\n').flatMap(parseCatalogLine);
    const variants = products.flatMap((p) => p.variants);
    expect(offers).toHaveLength(variants.length);
    for (const v of variants) {
      expect(offers.find((o) => o.variantId === v.id), v.id).toEqual({
        variantId: v.id,
        regular: v.price.minor,
        current: v.currentPrice.minor,
        currency: v.currentPrice.currency,
        availability: v.availability,
        url: v.url,
        unit: v.unitPrice?.price.minor ?? null,
      });
    }
  });
});

describe('search documents and facts', () => {
  const [jacket] = products;
  it('takes the text fields, the category values and the option values of a UCP product', () => {
    const ucp = toUcpProduct(jacket!);
    expect(searchDocument(ucp, 7)).toEqual({
      id: 7,
      title: 'Summit Down Jacket',
      description: ucp.description.plain,
      brand: 'Alder & Pine',
      categories: '5598 \n Apparel > Men > Jackets',
      options: 'Black \n Red \n M \n L',
    });
    expect(searchFacts(ucp)).toEqual({
      id: 'ap-summit-down-jacket',
      variants: ucp.variants.map((v) => v.id),
      categories: ['5598', 'Apparel > Men > Jackets'],
      price: [17900, 22900],
      currency: 'USD',
      available: true,
    });
  });

  it.each([
    ['no variant available', [false, false], false],
    ['one variant available', [false, true], true],
  ])('%s: available %s', (_name, flags, expected) => {
    const ucp = toUcpProduct(jacket!);
    const variants = ucp.variants.slice(0, 2).map((v, i) => ({ ...v, availability: { ...v.availability, available: flags[i]! } }));
    expect(searchFacts({ ...ucp, variants }).available).toBe(expected);
  });
});
