import { describe, expect, it } from 'vitest';
import { UCP_TRANSPORT_ERRORS, ucpCatalogMeta, ucpErrorResponse, ucpLookupResponse, ucpProductResponse, ucpSearchResponse, ucpTransportError } from './catalog-response.js';
import type { UcpProduct } from './catalog-types.js';
import { UCP_VERSIONS } from './versions.js';

const product: UcpProduct = {
  id: 'p',
  title: 'P',
  description: { plain: 'P' },
  price_range: { min: { amount: 100, currency: 'USD' }, max: { amount: 100, currency: 'USD' } },
  variants: [{ id: 'v', title: 'V', description: { plain: 'V' }, price: { amount: 100, currency: 'USD' }, availability: { available: true, status: 'in_stock' } }],
};

describe.each(UCP_VERSIONS)('catalog responses at %s', (version) => {
  it('names the negotiated version and the capability that answered', () => {
    expect(ucpCatalogMeta(version, 'dev.ucp.shopping.catalog.search')).toEqual({ version, capabilities: { 'dev.ucp.shopping.catalog.search': [{ version }] } });
    expect(ucpSearchResponse(version, [product]).ucp.capabilities).toEqual({ 'dev.ucp.shopping.catalog.search': [{ version }] });
    expect(ucpLookupResponse(version, []).ucp.capabilities).toEqual({ 'dev.ucp.shopping.catalog.lookup': [{ version }] });
    expect(ucpProductResponse(version, product).ucp.capabilities).toEqual({ 'dev.ucp.shopping.catalog.lookup': [{ version }] });
  });

  it('adds pagination and messages only when given', () => {
    expect(ucpSearchResponse(version, [], undefined, [])).toEqual({ ucp: ucpCatalogMeta(version, 'dev.ucp.shopping.catalog.search'), products: [] });
    expect(ucpSearchResponse(version, [product], { has_next_page: true, cursor: 'c' }, [{ type: 'info', content: 'i' }])).toMatchObject({ pagination: { has_next_page: true, cursor: 'c' }, messages: [{ type: 'info', content: 'i' }] });
    expect(ucpProductResponse(version, product, [])).not.toHaveProperty('messages');
  });

  it('names each id that resolved to nothing in a not_found info message', () => {
    expect(ucpLookupResponse(version, [], ['a', 'b']).messages).toEqual([
      { type: 'info', code: 'not_found', content: 'a' },
      { type: 'info', code: 'not_found', content: 'b' },
    ]);
    expect(ucpLookupResponse(version, [])).not.toHaveProperty('messages');
  });

  it('marks an error response with status error, and gives continue_url when there is one', () => {
    const message = { type: 'error', code: 'not_found', content: 'x', severity: 'unrecoverable' } as const;
    expect(ucpErrorResponse(version, 'dev.ucp.shopping.catalog.lookup', [message])).toEqual({ ucp: { ...ucpCatalogMeta(version, 'dev.ucp.shopping.catalog.lookup'), status: 'error' }, messages: [message] });
    expect(ucpErrorResponse(version, 'dev.ucp.shopping.catalog.lookup', [message], 'https://shop.example/').continue_url).toBe('https://shop.example/');
  });
});

describe('ucpTransportError', () => {
  it.each([
    ['invalid_profile_url', 400, -32001],
    ['profile_unreachable', 424, -32001],
    ['profile_malformed', 422, -32001],
    ['version_unsupported', 422, -32001],
    ['request_too_large', 400, -32602],
  ] as const)('%s: HTTP %i, JSON-RPC %i', (code, http, jsonrpc) => {
    expect(UCP_TRANSPORT_ERRORS[code]).toEqual({ http, jsonrpc });
    expect(ucpTransportError(code, 'why')).toEqual({ code, content: 'why' });
    expect(ucpTransportError(code, 'why', 'https://shop.example/')).toEqual({ code, content: 'why', continue_url: 'https://shop.example/' });
  });
});
