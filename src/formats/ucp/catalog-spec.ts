/**
 * The UCP catalog capability this mapping follows: tag v2026-04-08, its published pages and capability names.
 * The catalog API description (channels/openapi) and the catalog server speak this version.
 */
import { CATALOG_LOOKUP, CATALOG_SEARCH } from './spec-urls.js';

export const UCP_VERSION = '2026-04-08';

const UCP_SPEC_ROOT = `https://ucp.dev/${UCP_VERSION}/specification`;

/** UCP specification pages of the pinned version. */
export const UCP_SPEC = {
  overview: `${UCP_SPEC_ROOT}/overview/`,
  catalog: `${UCP_SPEC_ROOT}/catalog/`,
  search: `${UCP_SPEC_ROOT}/catalog/search/`,
  lookup: `${UCP_SPEC_ROOT}/catalog/lookup/`,
  rest: `${UCP_SPEC_ROOT}/catalog/rest/`,
} as const;

/** Capability names of the catalog operations, as the UCP profile declares them. */
export const UCP_CAPABILITY = {
  search: CATALOG_SEARCH,
  lookup: CATALOG_LOOKUP,
} as const;

export type UcpCatalogCapability = (typeof UCP_CAPABILITY)[keyof typeof UCP_CAPABILITY];
