/**
 * The UCP catalog capability this mapping follows, per release: its published pages and capability names.
 * The catalog API description (channels/openapi) documents the current release; the catalog server answers
 * every release of UCP_VERSIONS.
 */
import { CATALOG_LOOKUP, CATALOG_SEARCH, catalogSpecPages, type UcpCatalogPages } from './spec-urls.js';
import { UCP_CURRENT, type UcpVersion } from './versions.js';

export { UCP_CURRENT, UCP_VERSIONS, isUcpVersion, supportedUcpVersions, type UcpVersion } from './versions.js';

/** UCP specification pages of the catalog capability of one release. */
export function ucpSpec(version: UcpVersion): UcpCatalogPages {
  return catalogSpecPages(version);
}

/** UCP specification pages of the current release (rule URLs and the OpenAPI document cite these). */
export const UCP_SPEC: UcpCatalogPages = ucpSpec(UCP_CURRENT);

/** Capability names of the catalog operations, as the UCP profile declares them. */
export const UCP_CAPABILITY = {
  search: CATALOG_SEARCH,
  lookup: CATALOG_LOOKUP,
} as const;

export type UcpCatalogCapability = (typeof UCP_CAPABILITY)[keyof typeof UCP_CAPABILITY];
