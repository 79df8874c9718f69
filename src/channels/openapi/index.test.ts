import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Product } from '../../model/generated/product.js';
import { FIXTURE_PRODUCTS, resolveAll, runChannel, testConfig, TEST_CONFIG_INPUT } from '../../test-support/catalog-fixtures.js';
import { openapiChannel } from './index.js';
import { MAX_LISTED_VARIANTS, type PurchaseEntry } from './purchase.js';
import { OPENAPI_RULES } from './rules.js';

type Doc = Record<string, any>;

async function build(records: Product[] = FIXTURE_PRODUCTS, config = testConfig()) {
  const { products } = resolveAll(records, config);
  const run = await runChannel(openapiChannel, products, config);
  return { ...run, products };
}

function doc(out: { text(path: string): string }): Doc {
  return JSON.parse(out.text('openapi.json')) as Doc;
}

/** Every $ref in a document, with where it is. */
function refs(value: unknown, at = ''): Array<[string, string]> {
  if (Array.isArray(value)) return value.flatMap((v, i) => refs(v, `${at}/${i}`));
  if (value === null || typeof value !== 'object') return [];
  return Object.entries(value).flatMap(([key, v]) => (key === '$ref' && typeof v === 'string' ? [[at, v] as [string, string]] : refs(v, `${at}/${key}`)));
}

function resolvePointer(document: Doc, ref: string): unknown {
  return ref
    .slice(2)
    .split('/')
    .map((t) => t.replace(/~1/g, '/').replace(/~0/g, '~'))
    .reduce<any>((node, token) => node?.[token], document);
}

/** Many small products, for catalogs larger than the purchase listing. */
function manyVariants(products: number, variantsEach: number): Product[] {
  return Array.from({ length: products }, (_, p) => ({
    id: `bulk-${p}`,
    title: `Bulk item ${p}`,
    description: 'A plain item.',
    url: `https://alder-and-pine.example/products/bulk-${p}`,
    images: ['https://alder-and-pine.example/images/bulk.jpg'],
    brand: 'Alder & Pine',
    variants: Array.from({ length: variantsEach }, (_, v) => ({ id: `BULK-${p}-${v}`, size: String(v), price: '10.00', availability: 'in_stock' as const })) as Product['variants'],
  }));
}

describe('openapi channel', () => {
  it('writes openapi.json and counts the variants the purchase hand-off covers', async () => {
    const { out, summary, diagnostics } = await build();
    expect([...out.files.keys()]).toEqual(['openapi.json']);
    expect(summary).toEqual({ items: 6, skipped: 0 });
    expect(diagnostics).toEqual([]);
  });

  it('matches the golden file', async () => {
    const { out } = await build();
    const golden = new URL('./fixtures/openapi.json', import.meta.url);
    const content = out.text('openapi.json');
    if (process.env.UPDATE_GOLDEN) {
      mkdirSync(new URL('./fixtures/', import.meta.url), { recursive: true });
      writeFileSync(golden, content);
    }
    expect(content).toBe(readFileSync(golden, 'utf8'));
  });

  it('is an OpenAPI 3.1 document of the three UCP catalog operations on the configured server', async () => {
    const document = doc((await build()).out);
    expect(document.openapi).toBe('3.1.0');
    expect(document.info).toMatchObject({ title: 'Alder & Pine Outfitters catalog API', version: '2026-08-25' });
    expect(document.info.description).toContain('UCP) version 2026-08-25');
    expect(document.externalDocs.url).toBe('https://ucp.dev/2026-08-25/specification/shopping/catalog/rest/');
    expect(document.servers).toEqual([{ url: 'https://alder-and-pine.example/api/ucp', description: expect.any(String) }]);
    expect(Object.keys(document.paths)).toEqual(['/catalog/search', '/catalog/lookup', '/catalog/product']);
    const ids = Object.values(document.paths).map((p: any) => p.post.operationId);
    expect(ids).toEqual(['search_catalog', 'lookup_catalog', 'get_product']);
    for (const path of Object.values(document.paths) as Doc[]) {
      const names = path.post.parameters.map((p: Doc) => (resolvePointer(document, p.$ref) as Doc).name);
      expect(names).toContain('UCP-Agent');
      expect(Object.keys(path.post.responses)).toEqual(['200', '400', '422', '424', '429', '500']);
    }
    expect(document.components.parameters.UcpAgent).toMatchObject({ in: 'header', required: true });
  });

  it('refers only inside itself, and every reference resolves', async () => {
    const document = doc((await build()).out);
    const all = refs(document);
    expect(all.length).toBeGreaterThan(50);
    for (const [at, ref] of all) {
      expect(ref, at).toMatch(/^#\//);
      expect(resolvePointer(document, ref), `${at} -> ${ref}`).toBeDefined();
    }
  });

  it("lists each variant's purchase URL exactly as the model has it, with the quantity left open", async () => {
    const { out, products } = await build();
    const purchase = doc(out)['x-agentshelf-purchase'];
    expect(purchase).toMatchObject({ template: 'https://alder-and-pine.example/cart/{variant_id}:{quantity}', variant_count: 6, complete: true });
    expect(Object.keys(purchase.placeholders)).toEqual(['variant_id', 'quantity']);
    const model = products.flatMap((p) => p.variants.map((v) => [p.id, v.id, v.purchaseUrl]));
    expect(purchase.variants.map((e: PurchaseEntry) => [e.product_id, e.variant_id, e.purchase_url])).toEqual(model);
    for (const entry of purchase.variants as PurchaseEntry[]) {
      expect(entry.purchase_url_template).toContain('{quantity}');
      expect(entry.purchase_url_template!.replace('{quantity}', '1')).toBe(entry.purchase_url);
    }
  });

  it.each([
    ['a SKU template without quantity', '/buy?sku={sku}&product={product_id}', ['sku', 'product_id']],
    ['a variant template with quantity', 'https://alder-and-pine.example/cart/add?id={variant_id}&qty={quantity}', ['variant_id', 'quantity']],
  ])('describes only the placeholders of %s', async (_name, template, placeholders) => {
    const config = testConfig({ agent: { ...TEST_CONFIG_INPUT.agent, purchaseUrlTemplate: template } });
    const { out, products } = await build(FIXTURE_PRODUCTS, config);
    const purchase = doc(out)['x-agentshelf-purchase'];
    expect(Object.keys(purchase.placeholders)).toEqual(placeholders);
    const urls = new Map(products.flatMap((p) => p.variants.map((v) => [v.id, v.purchaseUrl])));
    for (const entry of purchase.variants as PurchaseEntry[]) {
      expect(entry.purchase_url).toBe(urls.get(entry.variant_id));
      expect('purchase_url_template' in entry).toBe(placeholders.includes('quantity'));
    }
  });

  it('lists a bounded number of examples for a large catalog and says so once', async () => {
    const records = manyVariants(30, 9);
    const { out, diagnostics, summary, products } = await build(records);
    const purchase = doc(out)['x-agentshelf-purchase'];
    expect(purchase).toMatchObject({ variant_count: 270, complete: false });
    expect(purchase.variants).toHaveLength(MAX_LISTED_VARIANTS);
    const first = products.flatMap((p) => p.variants).slice(0, MAX_LISTED_VARIANTS);
    expect(purchase.variants.map((e: PurchaseEntry) => e.purchase_url)).toEqual(first.map((v) => v.purchaseUrl));
    expect(diagnostics.map((d) => d.ruleId)).toEqual(['openapi/purchase-list-truncated']);
    expect(summary).toEqual({ items: 270, skipped: 0 });
  });

  it('writes nothing and warns once without a catalog REST endpoint', async () => {
    const config = testConfig({ agent: { catalog: { mcp: 'https://alder-and-pine.example/api/mcp' }, purchaseUrlTemplate: TEST_CONFIG_INPUT.agent.purchaseUrlTemplate } });
    const { out, diagnostics, summary } = await build(FIXTURE_PRODUCTS, config);
    expect(out.files.size).toBe(0);
    expect(diagnostics.map((d) => [d.ruleId, d.severity, d.channel])).toEqual([['openapi/catalog-endpoint-missing', 'warning', 'openapi']]);
    expect(summary).toEqual({ items: 0, skipped: 0 });
  });

  it.each([
    ['no checkout endpoint', {}, 'warning'],
    ['a checkout endpoint', { checkout: { rest: 'https://alder-and-pine.example/api/checkout' } }, 'info'],
  ])('describes no purchase hand-off without a template, with %s', async (_name, extra, severity) => {
    const config = testConfig({ agent: { catalog: TEST_CONFIG_INPUT.agent.catalog, ...extra } });
    const { out, diagnostics, summary } = await build(FIXTURE_PRODUCTS, config);
    expect(doc(out)['x-agentshelf-purchase']).toBeUndefined();
    expect(diagnostics.map((d) => [d.ruleId, d.severity])).toEqual([['openapi/purchase-url-missing', severity]]);
    expect(summary.items).toBe(0);
  });

  const speaker = FIXTURE_PRODUCTS[1]!;
  it.each<[string, Product, Array<[string, string | undefined]>]>([
    ['a product with a description', speaker, []],
    ['a product without a description', { ...speaker, id: 'bare', description: undefined }, [['openapi/description-missing', undefined]]],
    [
      'variants in two currencies',
      { ...speaker, id: 'two-currencies', variants: [{ id: 'TC-USD', price: '10.00', availability: 'in_stock' }, { id: 'TC-EUR', currency: 'EUR', price: '9.00', availability: 'in_stock' }] },
      [['openapi/mixed-currencies', undefined]],
    ],
    [
      'unit pricing in units that convert exactly',
      { ...speaker, id: 'by-weight', variants: [{ id: 'BW-1', price: '8.00', availability: 'in_stock', unitPricing: { measure: { value: 1, unit: 'kg' }, baseMeasure: { value: 100, unit: 'g' } } }] },
      [],
    ],
    [
      'unit pricing across US fluid measures',
      { ...speaker, id: 'by-volume', variants: [{ id: 'BV-1', price: '8.00', availability: 'in_stock', unitPricing: { measure: { value: 1, unit: 'qt' }, baseMeasure: { value: 1, unit: 'floz' } } }] },
      [],
    ],
  ])('checks what the catalog API will serve for %s', async (_name, record, expected) => {
    const { diagnostics } = await build([record]);
    expect(diagnostics.map((d) => [d.ruleId, d.variantId])).toEqual(expected);
    for (const d of diagnostics) expect(d).toMatchObject({ productId: record.id, channel: 'openapi' });
  });

  it('gives every rule a permanent id and a spec URL', () => {
    for (const rule of OPENAPI_RULES) {
      expect(rule.meta.id).toMatch(/^openapi\/[a-z-]+$/);
      expect(rule.meta.url).toMatch(/^https:\/\/(ucp\.dev\/2026-08-25\/|spec\.openapis\.org\/oas\/v3\.1\.0)/);
    }
  });
});
