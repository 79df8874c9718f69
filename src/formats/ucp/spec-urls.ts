import type { ResolvedAgent } from '../../model/resolved-config.js';

export type UcpVersion = ResolvedAgent['ucpVersion'];

/** The service this profile declares and the capabilities it can declare (reverse-domain names, UCP overview "Namespace Governance"). */
export const SHOPPING_SERVICE = 'dev.ucp.shopping';
export const CATALOG_SEARCH = 'dev.ucp.shopping.catalog.search';
export const CATALOG_LOOKUP = 'dev.ucp.shopping.catalog.lookup';
export const CHECKOUT = 'dev.ucp.shopping.checkout';

export type UcpCapability = typeof CATALOG_SEARCH | typeof CATALOG_LOOKUP | typeof CHECKOUT;
export type UcpTransport = 'rest' | 'mcp';

/**
 * Where ucp.dev publishes a release: every page and schema under https://ucp.dev/<version>/. `dev.ucp.*`
 * names must point at ucp.dev (overview, "Spec URL Binding"), and the versioned paths keep the profile
 * pointing at the release it was written for when ucp.dev moves on.
 */
function base(version: UcpVersion): string {
  return `https://ucp.dev/${version}`;
}

/** The human-readable spec of the shopping service: the overview page. */
export function serviceSpecUrl(version: UcpVersion): string {
  return `${base(version)}/specification/overview/`;
}

/** The transport definitions: OpenAPI for REST, OpenRPC for MCP (source/services/shopping/ in the ucp repository). */
export function serviceSchemaUrl(version: UcpVersion, transport: UcpTransport): string {
  return `${base(version)}/services/shopping/${transport === 'rest' ? 'rest.openapi.json' : 'mcp.openrpc.json'}`;
}

const CAPABILITY_PAGES: Readonly<Record<UcpCapability, { page: string; schema: string }>> = {
  [CATALOG_SEARCH]: { page: 'specification/catalog/search/', schema: 'schemas/shopping/catalog_search.json' },
  [CATALOG_LOOKUP]: { page: 'specification/catalog/lookup/', schema: 'schemas/shopping/catalog_lookup.json' },
  [CHECKOUT]: { page: 'specification/checkout/', schema: 'schemas/shopping/checkout.json' },
};

export function capabilitySpecUrl(version: UcpVersion, capability: UcpCapability): string {
  return `${base(version)}/${CAPABILITY_PAGES[capability].page}`;
}

export function capabilitySchemaUrl(version: UcpVersion, capability: UcpCapability): string {
  return `${base(version)}/${CAPABILITY_PAGES[capability].schema}`;
}
