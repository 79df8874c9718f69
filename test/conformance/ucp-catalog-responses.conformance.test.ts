// Holds every catalog response builder of src/formats/ucp against the official schemas of each UCP release the
// catalog API answers in (../shared/data/ucp/2026-08-25-pre and v2026-04-08): search pages, lookups with ids
// that match nothing (not_found), product detail and the not-found error response, all built from the demo
// products of both demo shops and brought to the release by productForVersion. Each is built at one version
// and checked against that version's catalog_search.json, catalog_lookup.json or error_response.json; the
// transport error body is checked against the 2026-08-25 JSON-RPC error envelope that carries it over MCP.
import { beforeAll, expect, it } from 'vitest';
import { featuredVariant, toUcpLookupProduct, toUcpProduct, ucpSeller } from '../../src/formats/ucp/catalog-product.js';
import { UCP_TRANSPORT_ERRORS, ucpErrorResponse, ucpLookupResponse, ucpProductResponse, ucpSearchResponse, ucpTransportError } from '../../src/formats/ucp/catalog-response.js';
import { UCP_CAPABILITY } from '../../src/formats/ucp/catalog-spec.js';
import type { UcpDetailProduct, UcpLookupProduct } from '../../src/formats/ucp/catalog-types.js';
import { productForVersion } from '../../src/formats/ucp/product-version.js';
import { UCP_VERSIONS, type UcpVersion } from '../../src/formats/ucp/versions.js';
import type { ResolvedConfig } from '../../src/model/resolved-config.js';
import type { ResolvedProduct } from '../../src/model/resolved.js';
import { resolveDemoProducts } from '../support/demo-products.js';
import { DEMO_CONFIG, DEMO_JP_CONFIG } from '../support/run-cli.js';
import { describeConformance } from './support/shared-data.js';
import { loadUcpSchemas, type UcpSchemas } from './support/ucp-schemas.js';

/** The folder of each release and where it keeps the error response (moved to common/types in 2026-08-25). */
const RELEASES: Record<UcpVersion, { folder: string; errorResponse: string }> = {
  '2026-08-25': { folder: '2026-08-25-pre', errorResponse: 'schemas/common/types/error_response.json' },
  '2026-04-08': { folder: 'v2026-04-08', errorResponse: 'schemas/shopping/types/error_response.json' },
};
const SEARCH = 'schemas/shopping/catalog_search.json';
const LOOKUP = 'schemas/shopping/catalog_lookup.json';

interface Shop {
  name: string;
  config: ResolvedConfig;
  products: ResolvedProduct[];
}

function pages<T>(items: readonly T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}

function searchResponses(shop: Shop, version: UcpVersion) {
  const seller = ucpSeller(shop.config);
  const all = pages(shop.products, 10);
  return all.map((page, i) =>
    ucpSearchResponse(
      version,
      page.map((p) => productForVersion(toUcpProduct(p, { seller }), version)),
      i < all.length - 1 ? { has_next_page: true, cursor: `page-${i + 1}`, total_count: shop.products.length } : { has_next_page: false, total_count: shop.products.length },
      i === 0 ? [{ type: 'info', content: 'Prices include VAT.' }] : undefined,
    ),
  );
}

function lookupResponses(shop: Shop, version: UcpVersion) {
  return pages(shop.products, 5).map((page, i) => {
    const ids = page.flatMap((p, j) => (j % 2 === 0 ? [p.id] : p.variants.map((v) => v.id)));
    ids.push(`missing-${i}`, `missing-${i}-b`);
    const found = page.map((p) => toUcpLookupProduct(p, ids, { seller: ucpSeller(shop.config) })).filter((p): p is UcpLookupProduct => p !== undefined);
    return ucpLookupResponse(
      version,
      found.map((p) => productForVersion(p, version)),
      [`missing-${i}`, `missing-${i}-b`],
    );
  });
}

function productResponses(shop: Shop, version: UcpVersion) {
  return shop.products.map((product) => {
    const detail: UcpDetailProduct = toUcpProduct(product, { seller: ucpSeller(shop.config) });
    const featured = detail.variants.find((v) => v.id === featuredVariant(product).id)!;
    if (featured.options) detail.selected = featured.options;
    return ucpProductResponse(version, productForVersion(detail, version));
  });
}

describeConformance('UCP catalog responses of every release against that release’s schemas', () => {
  const shops: Shop[] = [];
  const schemas = {} as Record<UcpVersion, UcpSchemas>;

  beforeAll(async () => {
    for (const [name, path] of [
      ['us', DEMO_CONFIG],
      ['jp', DEMO_JP_CONFIG],
    ] as const) {
      shops.push({ name, ...(await resolveDemoProducts(path)) });
    }
    for (const version of UCP_VERSIONS) schemas[version] = loadUcpSchemas(RELEASES[version].folder);
  });

  it('covers both releases, and demo products with unit prices', () => {
    expect(UCP_VERSIONS).toEqual(['2026-08-25', '2026-04-08']);
    expect(shops.flatMap((s) => s.products).some((p) => p.variants.some((v) => v.unitPrice))).toBe(true);
  });

  it.each(UCP_VERSIONS)('%s: search responses validate, with the version in ucp', (version) => {
    for (const shop of shops) {
      for (const response of searchResponses(shop, version)) {
        expect(response.ucp).toEqual({ version, capabilities: { [UCP_CAPABILITY.search]: [{ version }] } });
        expect(schemas[version].check(response, SEARCH, '/$defs/search_response'), `${shop.name} ${version}`).toEqual([]);
      }
    }
  });

  it.each(UCP_VERSIONS)('%s: lookup responses with not_found ids validate', (version) => {
    for (const shop of shops) {
      const responses = lookupResponses(shop, version);
      expect(responses.flatMap((r) => r.products).length).toBe(shop.products.length);
      for (const response of responses) {
        expect(response.messages!.map((m) => [m.type, m.code])).toEqual([
          ['info', 'not_found'],
          ['info', 'not_found'],
        ]);
        expect(schemas[version].check(response, LOOKUP, '/$defs/lookup_response'), `${shop.name} ${version}`).toEqual([]);
      }
    }
  });

  it.each(UCP_VERSIONS)('%s: product detail responses validate', (version) => {
    for (const shop of shops) {
      for (const response of productResponses(shop, version)) {
        expect(response.ucp.version).toBe(version);
        expect(schemas[version].check(response, LOOKUP, '/$defs/get_product_response'), `${shop.name} ${response.product.id}`).toEqual([]);
      }
    }
  });

  it.each(UCP_VERSIONS)('%s: error responses validate, with and without continue_url', (version) => {
    const messages = [{ type: 'error', code: 'not_found', content: 'No product has the id "nope".', severity: 'unrecoverable' }] as const;
    for (const response of [
      ucpErrorResponse(version, UCP_CAPABILITY.lookup, [{ ...messages[0] }]),
      ucpErrorResponse(version, UCP_CAPABILITY.lookup, [{ ...messages[0] }], 'https://alder-and-pine.example/search?q=nope'),
      ucpErrorResponse(version, UCP_CAPABILITY.search, [{ type: 'error', code: 'capabilities_incompatible', content: 'No shared capability.', severity: 'unrecoverable' }]),
    ]) {
      expect(response.ucp).toMatchObject({ version, status: 'error' });
      expect(schemas[version].check(response, RELEASES[version].errorResponse), version).toEqual([]);
      // get_product answers oneOf[get_product_response, error_response]: this one is the error.
      if (response.ucp.capabilities?.[UCP_CAPABILITY.lookup]) expect(schemas[version].check(response, LOOKUP, '/$defs/get_product_response'), version).not.toEqual([]);
    }
  });

  it.each(UCP_VERSIONS)('%s: the validator refuses a version that is not a date', (version) => {
    const response = structuredClone(searchResponses(shops[0]!, version)[0]!) as { ucp: { version: string } };
    response.ucp.version = 'draft';
    expect(schemas[version].check(response, SEARCH, '/$defs/search_response')).not.toEqual([]);
  });

  it('2026-08-25 refuses the 2026-04-08 unit price shape that productForVersion converts', () => {
    const shop = shops[0]!;
    const priced = shop.products.filter((p) => p.variants.some((v) => v.unitPrice)).slice(0, 3);
    const raw = ucpSearchResponse('2026-08-25', priced.map((p) => toUcpProduct(p)));
    expect(schemas['2026-08-25'].check(raw, SEARCH, '/$defs/search_response')).not.toEqual([]);
    const converted = ucpSearchResponse('2026-08-25', priced.map((p) => productForVersion(toUcpProduct(p), '2026-08-25')));
    expect(schemas['2026-08-25'].check(converted, SEARCH, '/$defs/search_response')).toEqual([]);
    // …and 2026-04-08 accepts the mapper's own shape as it is.
    expect(schemas['2026-04-08'].check(ucpSearchResponse('2026-04-08', priced.map((p) => toUcpProduct(p))), SEARCH, '/$defs/search_response')).toEqual([]);
  });

  it('the transport error body is the data of a valid 2026-08-25 JSON-RPC error, with the code the overview gives', () => {
    for (const code of Object.keys(UCP_TRANSPORT_ERRORS) as Array<keyof typeof UCP_TRANSPORT_ERRORS>) {
      const data = ucpTransportError(code, `${code} happened.`, 'https://alder-and-pine.example/');
      expect(data).toEqual({ code, content: `${code} happened.`, continue_url: 'https://alder-and-pine.example/' });
      const envelope = { jsonrpc: '2.0', id: 1, error: { code: UCP_TRANSPORT_ERRORS[code].jsonrpc, message: code, data } };
      expect(schemas['2026-08-25'].check(envelope, 'schemas/transports/jsonrpc.json', '/$defs/error_response'), code).toEqual([]);
    }
  });
});
