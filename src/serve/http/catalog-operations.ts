import type { ErrorObject, ValidateFunction } from 'ajv';
import { createAjv } from '../../model/ajv.js';
import { ucpErrorResponse, ucpLookupResponse, ucpProductResponse, ucpSearchResponse } from '../../formats/ucp/catalog-response.js';
import { UCP_CAPABILITY, type UcpVersion } from '../../formats/ucp/catalog-spec.js';
import { productForVersion } from '../../formats/ucp/product-version.js';
import type { UcpMessage } from '../../formats/ucp/catalog-types.js';
import { isCatalogError, type CatalogSnapshot } from '../catalog/index.js';
import { DEFAULT_LIMIT, GET_PRODUCT_REQUEST, LOOKUP_REQUEST, MAX_LIMIT, MAX_LOOKUP_IDS, SEARCH_REQUEST } from './request-schemas.js';

/** The queries the operations need from a loaded catalog (serve/catalog's CatalogSnapshot). */
export type CatalogQueries = Pick<CatalogSnapshot, 'search' | 'lookup' | 'product'>;

export type CatalogOperation = 'search' | 'lookup' | 'product';

/**
 * A transport error: the request cannot be processed, answered with an HTTP status (REST) or a JSON-RPC error
 * (MCP) and the body `{code, content}` the UCP overview's error examples use (overview, Error Handling).
 */
export interface TransportError {
  status: number;
  code: string;
  content: string;
}

export type OperationResult = { ok: true; body: unknown } | { ok: false; error: TransportError };

const ajv = createAjv();
const VALIDATORS: Record<CatalogOperation, ValidateFunction> = {
  search: ajv.compile(SEARCH_REQUEST),
  lookup: ajv.compile(LOOKUP_REQUEST),
  product: ajv.compile(GET_PRODUCT_REQUEST),
};

/** Filters this server applies; others are custom filters of other businesses, ignored with a message. */
const KNOWN_FILTERS = new Set(['categories', 'price', 'available']);

/** Runs one catalog operation on a request body already parsed as JSON, in the negotiated version. */
export function runOperation(operation: CatalogOperation, body: unknown, version: UcpVersion, catalog: CatalogQueries): OperationResult {
  const validate = VALIDATORS[operation];
  if (!validate(body)) return invalid(validate.errors ?? []);
  switch (operation) {
    case 'search':
      return search(body as SearchBody, version, catalog);
    case 'lookup':
      return lookup(body as { ids: string[]; filters?: Filters }, version, catalog);
    default:
      return product(body as { id: string }, version, catalog);
  }
}

interface Filters {
  categories?: string[];
  price?: { min?: number; max?: number };
  available?: unknown;
  [custom: string]: unknown;
}

interface SearchBody {
  query?: string;
  filters?: Filters;
  pagination?: { cursor?: string; limit?: number };
  context?: { currency?: unknown };
}

function search(body: SearchBody, version: UcpVersion, catalog: CatalogQueries): OperationResult {
  const query = body.query?.trim();
  // search.md, Search Inputs: a request must carry a query or filters, and an empty one is refused.
  if (!query && (!body.filters || Object.keys(body.filters).length === 0)) {
    return { ok: false, error: { status: 400, code: 'invalid_request', content: 'A search needs a query or filters (search.md, Search Inputs).' } };
  }
  const messages: UcpMessage[] = [];
  const { categories, price, available, ...custom } = body.filters ?? {};
  for (const name of Object.keys(custom)) if (!KNOWN_FILTERS.has(name)) messages.push({ type: 'info', code: 'filter_ignored', content: `The filter ${JSON.stringify(name)} is not supported by this catalog and was ignored.`, path: `$.filters.${name}` });
  if (available !== undefined && typeof available !== 'boolean') {
    return { ok: false, error: { status: 400, code: 'invalid_request', content: 'filters.available must be true or false.' } };
  }
  // search.md: price filters are in context.currency; a business that cannot convert may ignore them and say so.
  const currency = typeof body.context?.currency === 'string' ? body.context.currency : undefined;
  const requested = body.pagination?.limit ?? DEFAULT_LIMIT;
  const limit = Math.min(requested, MAX_LIMIT);
  if (requested > MAX_LIMIT) messages.push({ type: 'info', code: 'limit_clamped', content: `Pages hold at most ${MAX_LIMIT} products; the limit ${requested} was lowered to ${MAX_LIMIT}.`, path: '$.pagination.limit' });
  let page: ReturnType<CatalogSnapshot['search']>;
  try {
    page = catalog.search({
      ...(query ? { query } : {}),
      ...(categories ? { categories } : {}),
      ...(price ? { price } : {}),
      ...(currency ? { currency } : {}),
      ...(typeof available === 'boolean' ? { available } : {}),
      ...(body.pagination?.cursor !== undefined ? { cursor: body.pagination.cursor } : {}),
      limit,
    });
  } catch (error) {
    if (isCatalogError(error) && error.code === 'E_CATALOG_CURSOR') return { ok: false, error: { status: 400, code: 'invalid_cursor', content: (error as Error).message } };
    throw error;
  }
  if (page.priceFilterIgnored) messages.push({ type: 'info', code: 'filter_ignored', content: `The price filter is in ${currency}, and this catalog does not convert currencies, so it was not applied to products priced in another.`, path: '$.filters.price' });
  const pagination = page.nextCursor ? { has_next_page: true, cursor: page.nextCursor, total_count: page.total } : { has_next_page: false, total_count: page.total };
  return { ok: true, body: ucpSearchResponse(version, page.products.map((p) => productForVersion(p, version)), pagination, messages) };
}

function lookup(body: { ids: string[] }, version: UcpVersion, catalog: CatalogQueries): OperationResult {
  // lookup.md: duplicate ids are deduplicated; a batch over the business's maximum is refused with request_too_large.
  const ids = [...new Set(body.ids)];
  if (ids.length > MAX_LOOKUP_IDS) {
    return { ok: false, error: { status: 400, code: 'request_too_large', content: `A lookup takes at most ${MAX_LOOKUP_IDS} ids; this one has ${ids.length}.` } };
  }
  const found = catalog.lookup(ids);
  return { ok: true, body: ucpLookupResponse(version, found.products.map((p) => productForVersion(p, version)), found.notFound) };
}

function product(body: { id: string }, version: UcpVersion, catalog: CatalogQueries): OperationResult {
  const found = catalog.product(body.id);
  // rest.md, Error Handling: an unknown product is a business outcome, HTTP 200 with an error response.
  if (!found) return { ok: true, body: ucpErrorResponse(version, UCP_CAPABILITY.lookup, [{ type: 'error', code: 'not_found', content: `No product or variant has the id ${JSON.stringify(body.id)}.`, severity: 'unrecoverable' }]) };
  return { ok: true, body: ucpProductResponse(version, productForVersion(found, version)) };
}

/** The first schema problem, named by its place in the request. */
function invalid(errors: ErrorObject[]): OperationResult {
  const first = errors[0];
  const at = first ? `$${first.instancePath.replace(/\//g, '.')}` : '$';
  let content = first ? `${at} ${first.message ?? 'is not valid'}` : 'The request is not valid.';
  if (first?.keyword === 'additionalProperties') content = `${at === '$' ? 'The request' : at} has a field this operation does not define: ${JSON.stringify((first.params as { additionalProperty: string }).additionalProperty)}.`;
  if (first?.keyword === 'type') content = `${at} must be ${String((first.params as { type: string }).type)}.`;
  return { ok: false, error: { status: 400, code: 'invalid_request', content } };
}
