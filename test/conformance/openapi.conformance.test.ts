import { resolveDemoProducts } from '../support/demo-products.js';
// Holds openapi.json, the description of the shop's catalog API, against OpenAPI 3.1 and the official UCP
// schemas of the release it documents, 2026-08-25 (../shared/data/ucp/2026-08-25-pre): the demo documents are
// valid OpenAPI 3.1 and self-contained, their purchase hand-off gives each variant the URL of the model (and of
// the JSON-LD BuyAction), and catalog responses built from the demo products by the UCP mapper
// (src/formats/ucp/catalog-product.ts, productForVersion) validate both against the component schemas
// openapi.json declares and against the official UCP schemas. Requests are checked against both releases;
// ucp-catalog-responses.conformance.test.ts holds the responses of each release against that release.
import { Validator } from '@seriousme/openapi-schema-validator';
import { Ajv2020, type ValidateFunction } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, expect, it } from 'vitest';
import { jsonldChannel } from '../../src/channels/jsonld/index.js';
import { openapiChannel } from '../../src/channels/openapi/index.js';
import type { PurchaseEntry } from '../../src/channels/openapi/purchase.js';
import { UCP_CAPABILITY, UCP_CURRENT } from '../../src/formats/ucp/catalog-spec.js';
import { featuredVariant, toUcpLookupProduct, toUcpProduct, ucpSeller } from '../../src/formats/ucp/catalog-product.js';
import { ucpErrorResponse, ucpLookupResponse, ucpProductResponse, ucpSearchResponse, ucpTransportError } from '../../src/formats/ucp/catalog-response.js';
import { productForVersion } from '../../src/formats/ucp/product-version.js';
import type { UcpDetailProduct, UcpLookupProduct } from '../../src/formats/ucp/catalog-types.js';
import type { ResolvedConfig } from '../../src/model/resolved-config.js';
import type { ResolvedProduct } from '../../src/model/resolved.js';
import { runChannel } from '../../src/test-support/catalog-fixtures.js';
import { DEMO_CONFIG, DEMO_JP_CONFIG } from '../support/run-cli.js';
import { describeConformance } from './support/shared-data.js';
import { formatAjvErrors, loadUcpSchemas, type UcpSchemas } from './support/ucp-schemas.js';

type Doc = Record<string, any>;

interface Shop {
  name: string;
  config: ResolvedConfig;
  products: ResolvedProduct[];
  document: Doc;
}

async function loadShop(name: string, path: string): Promise<Shop> {
  const { config, products } = await resolveDemoProducts(path);
  const { out } = await runChannel(openapiChannel, products, config);
  return { name, config, products, document: JSON.parse(out.text('openapi.json')) as Doc };
}

/** Every $ref of a document with the JSON Pointer of where it is. */
function refs(value: unknown, at = ''): Array<[string, string]> {
  if (Array.isArray(value)) return value.flatMap((v, i) => refs(v, `${at}/${i}`));
  if (value === null || typeof value !== 'object') return [];
  return Object.entries(value).flatMap(([key, v]) => (key === '$ref' && typeof v === 'string' ? [[at, v] as [string, string]] : refs(v, `${at}/${key}`)));
}

/** The component schemas of one openapi.json, compiled by Ajv 2020-12 (OpenAPI 3.1 Schema Objects are JSON Schema 2020-12). */
function componentValidators(document: Doc): (name: string) => ValidateFunction {
  const ajv = new Ajv2020({ allErrors: true, strict: false });
  (addFormats as unknown as (ajv: Ajv2020) => void)(ajv);
  // Registered whole under one URI, so the document's own "#/components/schemas/..." references resolve.
  const uri = 'https://agentshelf-openapi.invalid/openapi.json';
  ajv.addSchema({ components: document.components }, uri, undefined, false);
  const cache = new Map<string, ValidateFunction>();
  return (name) => {
    let validate = cache.get(name);
    if (!validate) {
      validate = ajv.compile({ $ref: `${uri}#/components/schemas/${name}` });
      cache.set(name, validate);
    }
    return validate;
  };
}

function pages<T>(items: readonly T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}

/** Search responses over the whole demo catalog, ten products a page as UCP's default page size. */
function searchResponses(shop: Shop) {
  const seller = ucpSeller(shop.config);
  const all = pages(shop.products, 10);
  return all.map((page, i) => {
    const pagination = i < all.length - 1 ? { has_next_page: true, cursor: `page-${i + 1}`, total_count: shop.products.length } : { has_next_page: false, total_count: shop.products.length };
    return ucpSearchResponse(
      UCP_CURRENT,
      page.map((p) => productForVersion(toUcpProduct(p, { seller }), UCP_CURRENT)),
      pagination,
    );
  });
}

/** Lookups mixing product ids, variant ids and an id that matches nothing. */
function lookupResponses(shop: Shop) {
  return pages(shop.products, 5).map((page, i) => {
    const ids = page.flatMap((p, j) => (j % 2 === 0 ? [p.id] : p.variants.map((v) => v.id)));
    ids.push(`missing-${i}`);
    const found = page.map((p) => toUcpLookupProduct(p, ids)).filter((p): p is UcpLookupProduct => p !== undefined);
    return ucpLookupResponse(
      UCP_CURRENT,
      found.map((p) => productForVersion(p, UCP_CURRENT)),
      [`missing-${i}`],
    );
  });
}

/** Product detail as get_product answers it for a product id: the featured variant's options as the selection. */
function productResponses(shop: Shop) {
  return shop.products.map((product) => {
    const detail: UcpDetailProduct = toUcpProduct(product, { seller: ucpSeller(shop.config) });
    const featured = detail.variants.find((v) => v.id === featuredVariant(product).id)!;
    if (featured.options) detail.selected = featured.options;
    return ucpProductResponse(UCP_CURRENT, productForVersion(detail, UCP_CURRENT));
  });
}

describeConformance('openapi.json against OpenAPI 3.1 and the UCP 2026-08-25 catalog schemas', () => {
  const shops: Shop[] = [];
  let ucp: UcpSchemas;
  let previous: UcpSchemas;

  beforeAll(async () => {
    shops.push(await loadShop('us', DEMO_CONFIG), await loadShop('jp', DEMO_JP_CONFIG));
    ucp = loadUcpSchemas('2026-08-25-pre');
    previous = loadUcpSchemas('v2026-04-08');
  });

  it('documents the current UCP release and its required request headers as the official binding defines them', () => {
    const binding = JSON.parse(readFileSync(join(ucp.dir, 'services/shopping/rest.openapi.json'), 'utf8')) as Doc;
    for (const shop of shops) {
      expect(shop.document.info.version).toBe('2026-08-25');
      expect(shop.document.externalDocs.url).toBe('https://ucp.dev/2026-08-25/specification/shopping/catalog/rest/');
      const ours = Object.values(shop.document.components.parameters as Record<string, Doc>);
      for (const official of ['ucp_agent', 'request_id'].map((name) => binding.components.parameters[name] as Doc)) {
        const mine = ours.find((p) => p.name === official.name);
        expect(mine, official.name).toMatchObject({ in: official.in, required: official.required, schema: official.schema });
      }
    }
  });

  it('writes demo documents that validate as OpenAPI 3.1', async () => {
    for (const shop of shops) {
      const validator = new Validator();
      const result = await validator.validate(shop.document);
      expect(result.errors, shop.name).toBeUndefined();
      expect(result.valid, shop.name).toBe(true);
      expect(validator.version, shop.name).toBe('3.1');
    }
  });

  it('has no external $ref: every reference points inside the document', () => {
    for (const shop of shops) {
      const all = refs(shop.document);
      expect(all.length).toBeGreaterThan(50);
      expect(all.filter(([, ref]) => !ref.startsWith('#/')).map(([at, ref]) => `${shop.name}: ${at} -> ${ref}`)).toEqual([]);
    }
  });

  it("lists every demo variant's purchase URL as the model and the JSON-LD BuyAction carry it", async () => {
    for (const shop of shops) {
      const purchase = shop.document['x-agentshelf-purchase'];
      const variants = shop.products.flatMap((p) => p.variants.map((v) => ({ product: p, variant: v })));
      expect(purchase, shop.name).toMatchObject({ template: shop.config.agent.purchaseUrlTemplate, variant_count: variants.length, complete: true });
      expect((purchase.variants as PurchaseEntry[]).map((e) => [e.product_id, e.variant_id, e.purchase_url])).toEqual(variants.map(({ product, variant }) => [product.id, variant.id, variant.purchaseUrl]));
      // The JSON-LD offers' BuyAction targets, by offer URL and sku, are the same URLs.
      const { out } = await runChannel(jsonldChannel, shop.products, shop.config);
      const targets = new Set<string>();
      for (const [path, text] of out.files) {
        if (path.endsWith('site.jsonld')) continue;
        for (const match of text.matchAll(/"potentialAction":\{"@type":"BuyAction","target":"([^"]+)"\}/g)) targets.add(JSON.parse(`"${match[1]}"`) as string);
      }
      expect(new Set((purchase.variants as PurchaseEntry[]).map((e) => e.purchase_url))).toEqual(targets);
    }
  });

  it('builds search responses from the demo products that both our schemas and the official UCP schema accept', () => {
    for (const shop of shops) {
      const ours = componentValidators(shop.document)('SearchResponse');
      for (const response of searchResponses(shop)) {
        expect(ours(response) ? [] : formatAjvErrors(ours.errors), shop.name).toEqual([]);
        expect(ucp.check(response, 'schemas/shopping/catalog_search.json', '/$defs/search_response'), shop.name).toEqual([]);
      }
    }
  });

  it('gives unit prices in the 2026-08-25 shape our schema and the official one both accept', () => {
    const variants = shops.flatMap((shop) => searchResponses(shop).flatMap((r) => r.products.flatMap((p) => p.variants)));
    const priced = variants.filter((v) => v.unit_price !== undefined);
    expect(priced.length).toBeGreaterThan(0);
    for (const variant of priced) {
      expect(variant.unit_price!.measure.unit, variant.id).toBe(variant.unit_price!.reference.unit);
      expect(variant.unit_price!.measure.display_text, variant.id).toBeDefined();
    }
  });

  it('builds lookup responses from the demo products that both our schemas and the official UCP schema accept', () => {
    for (const shop of shops) {
      const ours = componentValidators(shop.document)('LookupResponse');
      const responses = lookupResponses(shop);
      expect(responses.flatMap((r) => r.products).length).toBe(shop.products.length);
      for (const response of responses) {
        expect(ours(response) ? [] : formatAjvErrors(ours.errors), shop.name).toEqual([]);
        expect(ucp.check(response, 'schemas/shopping/catalog_lookup.json', '/$defs/lookup_response'), shop.name).toEqual([]);
      }
    }
  });

  it('builds product detail and not-found answers that both schemas accept', () => {
    const shop = shops[0]!;
    const validate = componentValidators(shop.document);
    for (const response of productResponses(shop)) {
      expect(validate('GetProductResponse')(response) ? [] : formatAjvErrors(validate('GetProductResponse').errors)).toEqual([]);
      expect(ucp.check(response, 'schemas/shopping/catalog_lookup.json', '/$defs/get_product_response')).toEqual([]);
    }
    const notFound = ucpErrorResponse(UCP_CURRENT, UCP_CAPABILITY.lookup, [{ type: 'error', code: 'not_found', content: 'No product has the id "nope".', severity: 'unrecoverable' }], shop.config.shop.url);
    expect(validate('ErrorResponse')(notFound) ? [] : formatAjvErrors(validate('ErrorResponse').errors)).toEqual([]);
    expect(ucp.check(notFound, 'schemas/common/types/error_response.json')).toEqual([]);
  });

  it('describes the transport error body the catalog API sends for 4xx answers', () => {
    const shop = shops[0]!;
    const validate = componentValidators(shop.document)('TransportError');
    for (const body of [ucpTransportError('version_unsupported', 'UCP 2026-01-11 is not supported; this shop speaks 2026-08-25 and 2026-04-08.', shop.config.shop.url), ucpTransportError('request_too_large', 'At most 50 ids at once.')]) {
      expect(validate(body) ? [] : formatAjvErrors(validate.errors)).toEqual([]);
    }
    for (const status of ['400', '422', '424']) {
      const ref = shop.document.paths['/catalog/search'].post.responses[status].$ref as string;
      expect(shop.document.components.responses[ref.split('/').pop()!].content['application/json'].schema, status).toEqual({ $ref: '#/components/schemas/TransportError' });
    }
  });

  it.each<[string, string, string, unknown]>([
    ['a search', 'SearchRequest', '/$defs/search_request', { query: 'down jacket', context: { address_country: 'US', currency: 'USD' }, filters: { categories: ['5598'], price: { max: 25000 } }, pagination: { limit: 20 } }],
    ['a lookup', 'LookupRequest', '/$defs/lookup_request', { ids: ['ap-summit-down-jacket', 'AP-SDJ-BLK-M'], context: { language: 'en' } }],
    ['a product detail', 'GetProductRequest', '/$defs/get_product_request', { id: 'ap-summit-down-jacket', selected: [{ name: 'Color', label: 'Black' }], preferences: ['Color', 'Size'] }],
  ])('accepts %s request like the official schema does', (_name, component, pointer, request) => {
    const validate = componentValidators(shops[0]!.document)(component);
    const file = component === 'SearchRequest' ? 'schemas/shopping/catalog_search.json' : 'schemas/shopping/catalog_lookup.json';
    expect(validate(request) ? [] : formatAjvErrors(validate.errors)).toEqual([]);
    expect(ucp.check(request, file, pointer)).toEqual([]);
    // The requests did not change between the releases: an agent at 2026-04-08 sends the same bodies.
    expect(previous.check(request, file, pointer)).toEqual([]);
  });

  // Broken responses: our schemas must refuse what the official ones refuse, or they would promise agents more.
  it.each<[string, (response: Doc) => void]>([
    ['a price in decimal major units', (r) => (r.products[0].variants[0].price.amount = 179.5)],
    ['a negative price', (r) => (r.products[0].price_range.min.amount = -1)],
    ['a lowercase currency', (r) => (r.products[0].variants[0].price.currency = 'usd')],
    ['an empty description', (r) => (r.products[0].description = {})],
    ['a product without variants', (r) => (r.products[0].variants = [])],
    ['a variant without a price', (r) => delete r.products[0].variants[0].price],
    ['a media item without a URL', (r) => delete r.products[0].media[0].url],
    ['a next page without a cursor', (r) => (r.pagination = { has_next_page: true })],
    ['a UCP version that is not a date', (r) => (r.ucp.version = 'v1')],
  ])('refuses a search response with %s, as the official schema does', (_name, breakIt) => {
    const shop = shops[0]!;
    const response = structuredClone(searchResponses(shop)[0]!) as Doc;
    breakIt(response);
    expect(componentValidators(shop.document)('SearchResponse')(response)).toBe(false);
    expect(ucp.check(response, 'schemas/shopping/catalog_search.json', '/$defs/search_response')).not.toEqual([]);
  });

  it('refuses a lookup variant that names no requested id, as the official schema does', () => {
    const shop = shops[0]!;
    const response = structuredClone(lookupResponses(shop)[0]!) as Doc;
    delete response.products[0].variants[0].inputs;
    expect(componentValidators(shop.document)('LookupResponse')(response)).toBe(false);
    expect(ucp.check(response, 'schemas/shopping/catalog_lookup.json', '/$defs/lookup_response')).not.toEqual([]);
  });
});
