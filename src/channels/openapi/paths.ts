import { ERROR_RESPONSES, OPERATION_PARAMETERS, SIGNED_RESPONSE_HEADERS } from './http.js';
import { schemaRef, type JsonSchema } from './json-schema.js';
import { UCP_SPEC } from '../../formats/ucp/catalog-spec.js';

/**
 * The three catalog operations of the UCP REST binding, with the operation ids the binding gives them (which
 * are also the MCP tool names): POST /catalog/search, POST /catalog/lookup, POST /catalog/product.
 * https://ucp.dev/2026-08-25/specification/shopping/catalog/rest/
 */
interface Operation {
  path: string;
  operationId: string;
  summary: string;
  description: string;
  docs: string;
  request: string;
  response: JsonSchema;
}

const OPERATIONS: readonly Operation[] = [
  {
    path: '/catalog/search',
    operationId: 'search_catalog',
    summary: 'Search the catalog',
    description:
      'Finds products by free text and filters, a page at a time (10 by default; follow pagination.cursor for more). Each product lists its variants, the featured one first, with current prices in minor units and availability.',
    docs: UCP_SPEC.search,
    request: 'SearchRequest',
    response: schemaRef('SearchResponse'),
  },
  {
    path: '/catalog/lookup',
    operationId: 'lookup_catalog',
    summary: 'Look up products by id',
    description:
      'Resolves product ids, variant ids and SKUs to products in one request. Each returned variant names the requested ids it answers in inputs: a variant id or SKU matches exactly, a product id matches its featured variant. Ids that match nothing are left out, so the response may hold fewer products than ids.',
    docs: UCP_SPEC.lookup,
    request: 'LookupRequest',
    response: schemaRef('LookupResponse'),
  },
  {
    path: '/catalog/product',
    operationId: 'get_product',
    summary: 'Get one product in full detail',
    description:
      'Returns one product by product id or variant id, with the variants matching the buyer’s option selections and the availability of each option value. A variant id puts that variant first. An id that matches nothing is answered with HTTP 200 and an error response (ucp.status "error", message code not_found).',
    docs: `${UCP_SPEC.lookup}#get-product-get_product`,
    request: 'GetProductRequest',
    response: { oneOf: [schemaRef('GetProductResponse'), schemaRef('ErrorResponse')] },
  },
];

export function buildPaths(): Record<string, JsonSchema> {
  const paths: Record<string, JsonSchema> = {};
  for (const op of OPERATIONS) {
    paths[op.path] = {
      post: {
        operationId: op.operationId,
        summary: op.summary,
        description: op.description,
        tags: ['catalog'],
        externalDocs: { description: 'UCP specification', url: op.docs },
        parameters: OPERATION_PARAMETERS,
        requestBody: { required: true, content: { 'application/json': { schema: schemaRef(op.request) } } },
        responses: {
          '200': { description: 'The answer, including outcomes such as ids not found (see messages).', headers: SIGNED_RESPONSE_HEADERS, content: { 'application/json': { schema: op.response } } },
          ...ERROR_RESPONSES,
        },
      },
    };
  }
  return paths;
}
