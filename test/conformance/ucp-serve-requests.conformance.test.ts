import { describe, expect, it } from 'vitest';
import { createAjv } from '../../src/model/ajv.js';
import { GET_PRODUCT_REQUEST, LOOKUP_REQUEST, SEARCH_REQUEST } from '../../src/serve/http/request-schemas.js';
import { CATALOG_TOOLS } from '../../src/serve/mcp/catalog-tools.js';
import { loadUcpSchemas } from './support/ucp-schemas.js';

// The request bodies `agentshelf serve` accepts (src/serve/http/request-schemas.ts) held against the official
// catalog schemas of both versions it speaks: every request the official schema accepts and the server takes is
// accepted by ours, every one the official schema refuses ours refuses too, and ours refuse more only where it
// says so (a field the operation does not define).
const VERSIONS = [
  ['2026-08-25', loadUcpSchemas('2026-08-25-pre')],
  ['2026-04-08', loadUcpSchemas('v2026-04-08')],
] as const;

const ajv = createAjv();
const ours = { search: ajv.compile(SEARCH_REQUEST), lookup: ajv.compile(LOOKUP_REQUEST), product: ajv.compile(GET_PRODUCT_REQUEST) };
const official = {
  search: ['schemas/shopping/catalog_search.json', '/$defs/search_request'],
  lookup: ['schemas/shopping/catalog_lookup.json', '/$defs/lookup_request'],
  product: ['schemas/shopping/catalog_lookup.json', '/$defs/get_product_request'],
} as const;

type Operation = keyof typeof ours;

const ACCEPTED: Array<[Operation, unknown]> = [
  ['search', { query: 'mug' }],
  ['search', { query: 'mug', context: { address_country: 'US', currency: 'USD', language: 'en' }, filters: { categories: ['Home & Garden'], price: { min: 1000, max: 5000 } }, pagination: { cursor: 'b2Zmc2V0PTEw', limit: 20 } }],
  ['search', { filters: { price: { max: 2000 }, available: true } }],
  ['search', { query: 'tent', signals: { 'dev.example.session': 'x' }, attribution: { source: 'agent' } }],
  ['lookup', { ids: ['prod_1', 'var_1'] }],
  ['lookup', { ids: ['prod_1'], filters: { categories: ['Tents'] }, context: { currency: 'USD' } }],
  ['product', { id: 'prod_1' }],
  ['product', { id: 'var_1', selected: [{ name: 'Color', label: 'Blue' }], preferences: ['Color', 'Size'] }],
];

const REFUSED_BY_BOTH: Array<[Operation, unknown]> = [
  ['search', { query: 'mug', pagination: { limit: 0 } }],
  ['search', { query: 42 }],
  ['search', { filters: { price: { min: -1 } } }],
  ['search', { filters: { price: { min: 10.5 } } }],
  ['search', { filters: { categories: 'Tents' } }],
  ['lookup', { ids: [] }],
  ['lookup', {}],
  ['product', {}],
  ['product', { id: 7 }],
];

/** Accepted by the official schemas, refused by ours on purpose (request-schemas.ts says why). */
const REFUSED_BY_OURS_ONLY: Array<[Operation, unknown]> = [
  ['search', { query: 'mug', colour: 'red' }],
  ['search', { query: 'mug', pagination: { limit: 5, page: 2 } }],
  ['lookup', { ids: ['a'], cursor: 'x' }],
];

describe.each(VERSIONS)('catalog requests in UCP %s', (_, schemas) => {
  it.each(ACCEPTED)('%s %j is accepted by the official schema and by ours', (operation, body) => {
    expect(schemas.check(body, official[operation][0], official[operation][1])).toEqual([]);
    expect(ours[operation](body), JSON.stringify(ours[operation].errors)).toBe(true);
  });

  it.each(REFUSED_BY_BOTH)('%s %j is refused by both', (operation, body) => {
    expect(schemas.check(body, official[operation][0], official[operation][1])).not.toEqual([]);
    expect(ours[operation](body)).toBe(false);
  });

  it.each(REFUSED_BY_OURS_ONLY)('%s %j is refused by ours only: a field the operation does not define', (operation, body) => {
    expect(schemas.check(body, official[operation][0], official[operation][1])).toEqual([]);
    expect(ours[operation](body)).toBe(false);
  });
});

describe('the MCP tools', () => {
  const openrpc = (version: string) => loadUcpSchemas(version);
  it.each(['2026-08-25-pre', 'v2026-04-08'])('are the catalog tools the %s MCP binding names, each taking {meta, catalog}', (version) => {
    const schemas = openrpc(version);
    const doc = JSON.parse(JSON.stringify(schemas.ajv.getSchema(schemas.uri('services/shopping/mcp.openrpc.json'))!.schema)) as { methods: Array<{ name: string; params: Array<{ name: string; required?: boolean }> }> };
    for (const tool of CATALOG_TOOLS) {
      const method = doc.methods.find((m) => m.name === tool.name);
      expect(method, tool.name).toBeDefined();
      expect(method!.params.filter((p) => p.required).map((p) => p.name).sort()).toEqual([...tool.inputSchema.required].sort());
    }
    const catalogMethods = doc.methods.filter((m) => /catalog|^get_product$/.test(m.name)).map((m) => m.name).sort();
    expect(catalogMethods).toEqual(CATALOG_TOOLS.map((t) => t.name).sort());
  });
});
