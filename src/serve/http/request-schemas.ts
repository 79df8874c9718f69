/**
 * The catalog request bodies this server accepts, from the UCP catalog schemas of both served versions
 * (schemas/shopping/catalog_search.json search_request, catalog_lookup.json lookup_request and
 * get_product_request; types/pagination.json, search_filters.json, price_filter.json, context.json), which
 * are the same in 2026-04-08 and 2026-08-25 for these fields. test/conformance/ucp-serve-requests.test.ts
 * holds them against the official files.
 *
 * Stricter than the official schemas on purpose, where an agent's mistake would otherwise pass unseen: a field
 * the request does not define at the top level, in pagination or in a price filter is refused by name. The
 * objects UCP leaves open stay open: context (hints), signals, attribution, and filters (custom filters are
 * allowed by search.md; an unknown one is ignored and said so in a message).
 */

/** Batch size of a lookup: lookup.md asks for at least 10 and lets the business set a maximum. */
export const MAX_LOOKUP_IDS = 50;
/** The page size an agent gets without asking (pagination.json default) and the most it gets (search.md "Page Size": MAY clamp). */
export const DEFAULT_LIMIT = 10;
export { MAX_SEARCH_LIMIT as MAX_LIMIT } from '../catalog/search.js';
/** Longest query text and id the server reads; longer ones are refused rather than searched. */
export const MAX_QUERY_LENGTH = 500;
export const MAX_ID_LENGTH = 1_000;

const id = { type: 'string', minLength: 1, maxLength: MAX_ID_LENGTH } as const;
const open = { type: 'object' } as const;

/** integer ISO 4217 minor units, 0…2^53−1 (2026-08-25 types/amount.json). */
const amount = { type: 'integer', minimum: 0, maximum: Number.MAX_SAFE_INTEGER } as const;

const filters = {
  type: 'object',
  properties: {
    categories: { type: 'array', items: { type: 'string', maxLength: MAX_ID_LENGTH }, maxItems: 50 },
    price: { type: 'object', additionalProperties: false, properties: { min: amount, max: amount } },
  },
} as const;

const pagination = {
  type: 'object',
  additionalProperties: false,
  properties: { cursor: { type: 'string', maxLength: 2_000 }, limit: { type: 'integer', minimum: 1 } },
} as const;

const common = { context: open, signals: open, attribution: open, filters } as const;

export const SEARCH_REQUEST = {
  type: 'object',
  additionalProperties: false,
  properties: { query: { type: 'string', maxLength: MAX_QUERY_LENGTH }, pagination, ...common },
} as const;

export const LOOKUP_REQUEST = {
  type: 'object',
  additionalProperties: false,
  required: ['ids'],
  properties: { ids: { type: 'array', minItems: 1, items: id }, ...common },
} as const;

export const GET_PRODUCT_REQUEST = {
  type: 'object',
  additionalProperties: false,
  required: ['id'],
  properties: {
    id,
    selected: { type: 'array', maxItems: 50, items: { type: 'object', required: ['name', 'label'], properties: { name: { type: 'string' }, label: { type: 'string' } } } },
    preferences: { type: 'array', maxItems: 50, items: { type: 'string' } },
    ...common,
  },
} as const;
