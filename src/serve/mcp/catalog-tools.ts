import type { CatalogOperation } from '../http/catalog-operations.js';
import { GET_PRODUCT_REQUEST, LOOKUP_REQUEST, SEARCH_REQUEST } from '../http/request-schemas.js';

/**
 * The catalog tools the UCP MCP binding names (services/shopping/mcp.openrpc.json: search_catalog,
 * lookup_catalog, get_product), each taking `{meta, catalog}`: meta carries the platform profile the version
 * is negotiated with, catalog the same request body as REST.
 */
const meta = {
  type: 'object',
  required: ['ucp-agent'],
  properties: {
    'ucp-agent': { type: 'object', required: ['profile'], properties: { profile: { type: 'string', format: 'uri', description: 'URL of the platform\'s UCP profile.' } } },
    'idempotency-key': { type: 'string', format: 'uuid' },
  },
} as const;

function input(catalog: object) {
  const properties = { meta, catalog };
  return { type: 'object' as const, required: Object.keys(properties), properties };
}

export const CATALOG_TOOLS: ReadonlyArray<{ name: string; operation: CatalogOperation; description: string; inputSchema: ReturnType<typeof input> }> = [
  { name: 'search_catalog', operation: 'search', description: 'Search the shop\'s products by text, category, price and availability, a page at a time.', inputSchema: input(SEARCH_REQUEST) },
  { name: 'lookup_catalog', operation: 'lookup', description: 'Look up products by product or variant id.', inputSchema: input(LOOKUP_REQUEST) },
  { name: 'get_product', operation: 'product', description: 'Get one product in full detail, with its options and variants.', inputSchema: input(GET_PRODUCT_REQUEST) },
];
