import { UCP_CAPABILITY, type UcpCatalogCapability } from './catalog-spec.js';
import type {
  UcpCatalogMeta,
  UcpDetailProduct,
  UcpErrorResponse,
  UcpLookupProduct,
  UcpLookupResponse,
  UcpMessage,
  UcpPaginationResponse,
  UcpProduct,
  UcpProductResponse,
  UcpSearchResponse,
  UcpTransportError,
  UcpTransportErrorCode,
} from './catalog-types.js';
import type { UcpVersion } from './versions.js';

/**
 * The envelopes of catalog responses (catalog_search.json search_response, catalog_lookup.json lookup_response
 * and get_product_response, error_response.json): protocol metadata naming the negotiated version and the
 * capability that answered, then the payload. A business puts the negotiated version in every response
 * (https://ucp.dev/2026-08-25/specification/overview/#request-time-validation, step 4), so every builder takes it.
 *
 * The payloads are the same in 2026-04-08 and 2026-08-25 as far as agentshelf fills them: 2026-08-25 adds
 * `actions` and `policies[]`, which agentshelf does not send, and a capability of a newer release must not appear
 * in an answer at an older one (overview, "Capability Versions"). Product objects go through productForVersion.
 * https://ucp.dev/2026-08-25/specification/shopping/catalog/rest/, https://ucp.dev/2026-04-08/specification/catalog/rest/
 */
export function ucpCatalogMeta(version: UcpVersion, capability: UcpCatalogCapability): UcpCatalogMeta {
  return { version, capabilities: { [capability]: [{ version }] } };
}

export function ucpSearchResponse(version: UcpVersion, products: UcpProduct[], pagination?: UcpPaginationResponse, messages?: UcpMessage[]): UcpSearchResponse {
  const out: UcpSearchResponse = { ucp: ucpCatalogMeta(version, UCP_CAPABILITY.search), products };
  if (pagination) out.pagination = pagination;
  if (messages && messages.length > 0) out.messages = messages;
  return out;
}

/** Ids that resolved to nothing are named in info messages with code not_found (lookup is a partial success). */
export function ucpLookupResponse(version: UcpVersion, products: UcpLookupProduct[], notFound: readonly string[] = []): UcpLookupResponse {
  const out: UcpLookupResponse = { ucp: ucpCatalogMeta(version, UCP_CAPABILITY.lookup), products };
  if (notFound.length > 0) out.messages = notFound.map((id) => ({ type: 'info', code: 'not_found', content: id }));
  return out;
}

/** One product in full detail (catalog_lookup.json get_product_response). */
export function ucpProductResponse(version: UcpVersion, product: UcpDetailProduct, messages?: UcpMessage[]): UcpProductResponse {
  const out: UcpProductResponse = { ucp: ucpCatalogMeta(version, UCP_CAPABILITY.lookup), product };
  if (messages && messages.length > 0) out.messages = messages;
  return out;
}

/**
 * A business outcome that leaves no resource to return, sent with HTTP 200 or as an MCP result (REST binding,
 * "Error Handling"; error_response.json): `ucp.status` "error", at least one message, and optionally the web page
 * where the buyer can carry on (`continue_url`).
 */
export function ucpErrorResponse(version: UcpVersion, capability: UcpCatalogCapability, messages: [UcpMessage, ...UcpMessage[]], continueUrl?: string): UcpErrorResponse {
  const out: UcpErrorResponse = { ucp: { ...ucpCatalogMeta(version, capability), status: 'error' }, messages };
  if (continueUrl !== undefined) out.continue_url = continueUrl;
  return out;
}

/**
 * The transport errors of the catalog API: the request was not processed. Each code with its HTTP status and
 * its JSON-RPC error code over MCP, as the overview's "Error Codes" tables give them (the same in 2026-04-08 and
 * 2026-08-25), plus request_too_large, which the catalog lookup page defines (HTTP 400, JSON-RPC -32602).
 * https://ucp.dev/2026-08-25/specification/overview/#error-codes, https://ucp.dev/2026-08-25/specification/shopping/catalog/lookup/
 * Version failure is a transport error (overview, "Error Handling"); capabilities_incompatible is not here
 * because it is a business outcome, answered with ucpErrorResponse.
 */
export const UCP_TRANSPORT_ERRORS: Readonly<Record<UcpTransportErrorCode, { http: number; jsonrpc: number }>> = {
  invalid_profile_url: { http: 400, jsonrpc: -32001 },
  profile_unreachable: { http: 424, jsonrpc: -32001 },
  profile_malformed: { http: 422, jsonrpc: -32001 },
  version_unsupported: { http: 422, jsonrpc: -32001 },
  request_too_large: { http: 400, jsonrpc: -32602 },
};

/**
 * The body of a transport error: `{code, content, continue_url?}`, the HTTP body of a 4xx on REST and the
 * JSON-RPC `error.data` on MCP (overview, "Error Handling → Transport Bindings"; 2026-08-25
 * schemas/transports/jsonrpc.json). No UCP schema covers the REST body, and it carries no version: it is the
 * answer when no version could be agreed on. `continueUrl` should be the most relevant web page for the buyer
 * (for the catalog, the product or search page, else the storefront; overview, "The continue_url Field").
 */
export function ucpTransportError(code: UcpTransportError['code'], content: string, continueUrl?: string): UcpTransportError {
  const out: UcpTransportError = { code, content };
  if (continueUrl !== undefined) out.continue_url = continueUrl;
  return out;
}
