import type { ResolvedConfig } from '../../model/resolved-config.js';
import { HEADERS, PARAMETERS, RESPONSES } from './http.js';
import { buildPaths } from './paths.js';
import { CATALOG_SCHEMAS } from './schemas-catalog.js';
import { OPERATION_SCHEMAS } from './schemas-operations.js';
import { PROTOCOL_SCHEMAS } from './schemas-protocol.js';
import { UCP_CAPABILITY, UCP_CURRENT, UCP_SPEC } from '../../formats/ucp/catalog-spec.js';
import { OPENAPI_SCHEMA_DIALECT, OPENAPI_VERSION } from './spec.js';

/** Every component schema, in a fixed order: requests and responses first, then what they are made of. */
export const COMPONENT_SCHEMAS = { ...OPERATION_SCHEMAS, ...CATALOG_SCHEMAS, ...PROTOCOL_SCHEMAS };

function info(config: ResolvedConfig): Record<string, unknown> {
  const { shop } = config;
  const mcp = config.agent.catalog?.mcp;
  const sentences = [
    `The product catalog of ${shop.name} (${shop.url}) for AI shopping agents: search, batch lookup by id, and product detail.`,
    `It implements the catalog capability of the Universal Commerce Protocol (UCP) version ${UCP_CURRENT} (${UCP_CAPABILITY.search} and ${UCP_CAPABILITY.lookup}) over the UCP REST binding.`,
    // The same endpoint answers the older releases the shop's profile lists in ucp.supported_versions.
    'A platform whose profile declares an older UCP version the shop supports is answered in that version.',
    'Prices are integers in the minor unit of their currency (cents for USD, yen for JPY).',
    "Every request carries a UCP-Agent header naming the caller's UCP profile.",
  ];
  if (mcp !== undefined) sentences.push(`The same operations are MCP tools at ${mcp}.`);
  const out: Record<string, unknown> = {
    title: `${shop.name} catalog API`,
    // The API's contract is the UCP version it implements; the document changes with it, not with each build.
    version: UCP_CURRENT,
    description: sentences.join(' '),
  };
  if (config.policies.terms !== undefined) out.termsOfService = config.policies.terms;
  out.contact = { name: shop.name, url: shop.url, ...(shop.email !== undefined ? { email: shop.email } : {}) };
  return out;
}

/**
 * The OpenAPI 3.1 document of the shop's catalog API (https://spec.openapis.org/oas/v3.1.0). Self-contained:
 * every $ref points inside it (#/components/...), so a reader needs no other file. `purchase` is the
 * x-agentshelf-purchase extension, when the shop has a purchase URL template.
 */
export function buildOpenApiDocument(config: ResolvedConfig, rest: string, purchase?: Record<string, unknown>): Record<string, unknown> {
  const document: Record<string, unknown> = {
    openapi: OPENAPI_VERSION,
    info: info(config),
    jsonSchemaDialect: OPENAPI_SCHEMA_DIALECT,
    servers: [{ url: rest, description: `The UCP REST endpoint of ${config.shop.name} (service dev.ucp.shopping).` }],
    tags: [{ name: 'catalog', description: 'UCP catalog search and lookup.' }],
    externalDocs: { description: `UCP ${UCP_CURRENT} catalog REST binding`, url: UCP_SPEC.rest },
    paths: buildPaths(),
    components: { schemas: COMPONENT_SCHEMAS, parameters: PARAMETERS, headers: HEADERS, responses: RESPONSES },
  };
  if (purchase) document['x-agentshelf-purchase'] = purchase;
  return document;
}
