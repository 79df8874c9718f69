import type { UcpVersion } from './versions.js';

export type { UcpVersion } from './versions.js';

/** The service this profile declares and the capabilities it can declare (reverse-domain names, UCP overview "Namespace Governance"). */
export const SHOPPING_SERVICE = 'dev.ucp.shopping';
export const CATALOG_SEARCH = 'dev.ucp.shopping.catalog.search';
export const CATALOG_LOOKUP = 'dev.ucp.shopping.catalog.lookup';
export const CHECKOUT = 'dev.ucp.shopping.checkout';

export type UcpCapability = typeof CATALOG_SEARCH | typeof CATALOG_LOOKUP | typeof CHECKOUT;
/** Service transports agentshelf binds (service.json transport enum: rest, mcp, a2a, embedded). */
export type UcpTransport = 'rest' | 'mcp';

/**
 * Where ucp.dev publishes a release: every page and schema under https://ucp.dev/<version>/. A `dev.ucp.*`
 * schema URL must be on ucp.dev (overview, "Authority Binding"), and the versioned paths keep a profile
 * pointing at the release it was written for when ucp.dev moves on. The URLs of 2026-08-25 follow the
 * `{{ ucp_version }}` templates of the docs at the last commit before the cut (UCP @ fdcf8934): UNCONFIRMED
 * until the tagged release can be read.
 */
function base(version: UcpVersion): string {
  return `https://ucp.dev/${version}`;
}

/**
 * The specification pages of one release, relative to its root. The pages moved under shopping/ in 2026-08-25
 * (docs/specification/shopping/{catalog,checkout}/ at UCP @ fdcf8934, was docs/specification/catalog/ and
 * checkout.md at tag v2026-04-08); the overview stayed (overview/index.md, was overview.md).
 */
const PAGES: Readonly<Record<UcpVersion, { overview: string; catalog: string; checkout: string }>> = {
  '2026-08-25': { overview: 'specification/overview/', catalog: 'specification/shopping/catalog/', checkout: 'specification/shopping/checkout/' },
  '2026-04-08': { overview: 'specification/overview/', catalog: 'specification/catalog/', checkout: 'specification/checkout/' },
};

/** The pages of the catalog capability of one release, absolute. */
export interface UcpCatalogPages {
  overview: string;
  catalog: string;
  search: string;
  lookup: string;
  rest: string;
  mcp: string;
}

export function catalogSpecPages(version: UcpVersion): UcpCatalogPages {
  const pages = PAGES[version];
  const catalog = `${base(version)}/${pages.catalog}`;
  return { overview: `${base(version)}/${pages.overview}`, catalog, search: `${catalog}search/`, lookup: `${catalog}lookup/`, rest: `${catalog}rest/`, mcp: `${catalog}mcp/` };
}

/** The human-readable spec of the shopping service: the overview page (the same path in both releases). */
export function serviceSpecUrl(version: UcpVersion): string {
  return `${base(version)}/${PAGES[version].overview}`;
}

/**
 * The transport definitions: OpenAPI for REST, OpenRPC for MCP (services/shopping/rest.openapi.json and
 * mcp.openrpc.json in both releases' source folders).
 */
export function serviceSchemaUrl(version: UcpVersion, transport: UcpTransport): string {
  return `${base(version)}/services/shopping/${transport === 'rest' ? 'rest.openapi.json' : 'mcp.openrpc.json'}`;
}

/** The JSON Schema of each capability: schemas/shopping/catalog_{search,lookup}.json and checkout.json in both releases. */
const CAPABILITY_SCHEMAS: Readonly<Record<UcpCapability, string>> = {
  [CATALOG_SEARCH]: 'schemas/shopping/catalog_search.json',
  [CATALOG_LOOKUP]: 'schemas/shopping/catalog_lookup.json',
  [CHECKOUT]: 'schemas/shopping/checkout.json',
};

export function capabilitySpecUrl(version: UcpVersion, capability: UcpCapability): string {
  switch (capability) {
    case CATALOG_SEARCH:
      return catalogSpecPages(version).search;
    case CATALOG_LOOKUP:
      return catalogSpecPages(version).lookup;
    case CHECKOUT:
      return `${base(version)}/${PAGES[version].checkout}`;
  }
}

export function capabilitySchemaUrl(version: UcpVersion, capability: UcpCapability): string {
  return `${base(version)}/${CAPABILITY_SCHEMAS[capability]}`;
}
