import { arrayOf, schemaRef, type JsonSchema } from './json-schema.js';

/**
 * Request and response bodies of the three catalog operations, written from the UCP 2026-08-25 schemas
 * (schemas/shopping/catalog_search.json, catalog_lookup.json and the request types they use; the requests are
 * the same in 2026-04-08, apart from the context hints 2026-08-25 adds).
 * https://ucp.dev/2026-08-25/specification/shopping/catalog/search/ and https://ucp.dev/2026-08-25/specification/shopping/catalog/lookup/
 */

/** common/types/reverse_domain_name.json of 2026-08-25 (segments may hold interior hyphens and start with a digit). */
const REVERSE_DOMAIN_NAME = '^[a-z](?:[a-z0-9-]*[a-z0-9])?(?:\\.[a-z0-9](?:[a-z0-9_-]*[a-z0-9_])?)+$';

/** Fields every catalog request may carry besides its own. */
const REQUEST_CONTEXT: Record<string, JsonSchema> = {
  context: schemaRef('Context'),
  signals: schemaRef('Signals'),
  attribution: schemaRef('Attribution'),
};

const MESSAGES = (description: string): JsonSchema => arrayOf(schemaRef('Message'), description);

export const OPERATION_SCHEMAS: Record<string, JsonSchema> = {
  Context: {
    type: 'object',
    additionalProperties: true,
    properties: {
      address_country: { type: 'string', description: 'The buyer’s country, preferably ISO 3166-1 alpha-2 such as US.' },
      address_region: { type: 'string', description: 'The buyer’s region, e.g. a US state.' },
      postal_code: { type: 'string', description: 'The buyer’s postal code.' },
      intent: { type: 'string', description: 'What the buyer is after, in their words, e.g. "a warm jacket for winter hikes".' },
      language: { type: 'string', description: 'The preferred language as a BCP 47 tag; over REST it takes precedence over Accept-Language.' },
      currency: { type: 'string', description: 'The preferred ISO 4217 currency; also the currency of price filters.' },
      eligibility: {
        type: 'array',
        uniqueItems: true,
        items: { type: 'string', pattern: REVERSE_DOMAIN_NAME },
        description: 'Benefits the buyer claims, as reverse-domain names; unknown ones are ignored.',
      },
      location: { type: 'string', description: 'An opaque id of one of the shop’s locations, e.g. the buyer’s home store; a hint only (2026-08-25).' },
    },
    description: 'Hints about the buyer for relevance and localization. They are hints, not verified facts.',
  },
  Signals: {
    type: 'object',
    propertyNames: { pattern: REVERSE_DOMAIN_NAME },
    properties: {
      'dev.ucp.buyer_ip': { type: 'string', description: 'The buyer’s IP address.' },
      'dev.ucp.user_agent': { type: 'string', description: 'The buyer’s user agent.' },
    },
    additionalProperties: true,
    description: 'What the platform observed about the buyer’s environment, keyed by reverse-domain names.',
  },
  Attribution: {
    type: 'object',
    additionalProperties: { type: 'string' },
    description: 'Referral parameters (campaign, click id, source) as strings, as they would appear in a URL query.',
  },
  PriceFilter: {
    type: 'object',
    properties: {
      min: schemaRef('Amount', 'The lowest price, in minor units of context.currency.'),
      max: schemaRef('Amount', 'The highest price, in minor units of context.currency.'),
    },
    description: 'A price band, in the currency of context.currency.',
  },
  SearchFilters: {
    type: 'object',
    properties: {
      categories: arrayOf({ type: 'string' }, 'Products in any of these categories (values as in products[].categories[].value).'),
      price: schemaRef('PriceFilter'),
    },
    additionalProperties: true,
    description: 'Filters, all of which a result must pass.',
  },
  PaginationRequest: {
    type: 'object',
    properties: {
      cursor: { type: 'string', description: 'The cursor of the previous page’s response.' },
      limit: { type: 'integer', minimum: 1, default: 10, description: 'How many results a page should hold; the shop may return fewer.' },
    },
    description: 'Which page of results to return.',
  },
  PaginationResponse: {
    type: 'object',
    required: ['has_next_page'],
    properties: {
      cursor: { type: 'string', description: 'The cursor for the next page; present when has_next_page is true.' },
      has_next_page: { type: 'boolean', description: 'More results follow.' },
      total_count: { type: 'integer', minimum: 0, description: 'How many results match in all, when known.' },
    },
    if: { properties: { has_next_page: { const: true } }, required: ['has_next_page'] },
    then: { required: ['cursor'] },
    description: 'Where this page of results stands.',
  },
  SearchRequest: {
    type: 'object',
    properties: {
      query: { type: 'string', description: 'Free text to search for.' },
      ...REQUEST_CONTEXT,
      filters: schemaRef('SearchFilters'),
      pagination: schemaRef('PaginationRequest'),
    },
    description: 'A catalog search.',
  },
  SearchResponse: {
    type: 'object',
    required: ['ucp', 'products'],
    properties: {
      ucp: schemaRef('CatalogResponseMeta'),
      products: arrayOf(schemaRef('Product'), 'The matching products.'),
      pagination: schemaRef('PaginationResponse'),
      messages: MESSAGES('Messages about the results.'),
    },
    description: 'Products matching a search.',
  },
  LookupRequest: {
    type: 'object',
    required: ['ids'],
    properties: {
      ids: arrayOf({ type: 'string' }, 'Product ids, variant ids or SKUs to look up.', { minItems: 1 }),
      filters: schemaRef('SearchFilters'),
      ...REQUEST_CONTEXT,
    },
    description: 'A batch lookup by identifier.',
  },
  LookupResponse: {
    type: 'object',
    required: ['ucp', 'products'],
    properties: {
      ucp: schemaRef('CatalogResponseMeta'),
      products: arrayOf(schemaRef('LookupProduct'), 'The products the ids resolved to, each once, in no particular order. Ids that resolve to nothing are left out (and may be named in not_found messages).'),
      messages: MESSAGES('Messages about the requested ids.'),
    },
    description: 'The products some requested id resolved to.',
  },
  GetProductRequest: {
    type: 'object',
    required: ['id'],
    properties: {
      id: { type: 'string', description: 'A product id or variant id.' },
      selected: arrayOf(schemaRef('SelectedOption'), 'The options the buyer has chosen so far, each option at most once.'),
      preferences: arrayOf({ type: 'string' }, 'Option names, most important first: when no variant matches every selection, selections are dropped from the end of this list.'),
      filters: schemaRef('SearchFilters'),
      ...REQUEST_CONTEXT,
    },
    description: 'A request for one product in full detail.',
  },
  GetProductResponse: {
    type: 'object',
    required: ['ucp', 'product'],
    properties: {
      ucp: schemaRef('CatalogResponseMeta'),
      product: schemaRef('DetailProduct'),
      messages: MESSAGES('Messages about the product, such as a recent price change.'),
    },
    description: 'One product in full detail.',
  },
};
