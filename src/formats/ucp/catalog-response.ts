import { UCP_CAPABILITY, UCP_VERSION, type UcpCatalogCapability } from './catalog-spec.js';
import type { UcpCatalogMeta, UcpDetailProduct, UcpErrorResponse, UcpLookupProduct, UcpLookupResponse, UcpMessage, UcpPaginationResponse, UcpProduct, UcpProductResponse, UcpSearchResponse } from './catalog-types.js';

/**
 * The envelopes of catalog responses (catalog_search.json search_response, catalog_lookup.json lookup_response,
 * types/error_response.json): protocol metadata naming the capability that answered, then the payload.
 * https://ucp.dev/2026-04-08/specification/catalog/rest/
 */
export function ucpCatalogMeta(capability: UcpCatalogCapability): UcpCatalogMeta {
  return { version: UCP_VERSION, capabilities: { [capability]: [{ version: UCP_VERSION }] } };
}

export function ucpSearchResponse(products: UcpProduct[], pagination?: UcpPaginationResponse, messages?: UcpMessage[]): UcpSearchResponse {
  const out: UcpSearchResponse = { ucp: ucpCatalogMeta(UCP_CAPABILITY.search), products };
  if (pagination) out.pagination = pagination;
  if (messages && messages.length > 0) out.messages = messages;
  return out;
}

/** Ids that resolved to nothing are named in info messages with code not_found (lookup is a partial success). */
export function ucpLookupResponse(products: UcpLookupProduct[], notFound: readonly string[] = []): UcpLookupResponse {
  const out: UcpLookupResponse = { ucp: ucpCatalogMeta(UCP_CAPABILITY.lookup), products };
  if (notFound.length > 0) out.messages = notFound.map((id) => ({ type: 'info', code: 'not_found', content: id }));
  return out;
}

/** One product in full detail (catalog_lookup.json get_product_response). */
export function ucpProductResponse(product: UcpDetailProduct, messages?: UcpMessage[]): UcpProductResponse {
  const out: UcpProductResponse = { ucp: ucpCatalogMeta(UCP_CAPABILITY.lookup), product };
  if (messages && messages.length > 0) out.messages = messages;
  return out;
}

/** A business outcome that leaves no resource to return, sent with HTTP 200 (REST binding, "Error Handling"). */
export function ucpErrorResponse(capability: UcpCatalogCapability, messages: [UcpMessage, ...UcpMessage[]]): UcpErrorResponse {
  return { ucp: { ...ucpCatalogMeta(capability), status: 'error' }, messages };
}
