/**
 * The versions this channel pins and the published pages behind them. The catalog API follows the UCP catalog
 * capability at tag v2026-04-08 (REST binding), described as an OpenAPI 3.1.0 document.
 */
import { CATALOG_LOOKUP, CATALOG_SEARCH } from '../ucp/spec-urls.js';

export const UCP_VERSION = '2026-04-08';

export const OPENAPI_VERSION = '3.1.0';
export const OPENAPI_SPEC_URL = 'https://spec.openapis.org/oas/v3.1.0';
/** The schema dialect of OpenAPI 3.1 Schema Objects: JSON Schema 2020-12 plus the OAS vocabulary (OAS 3.1.0 §4.8.24). */
export const OPENAPI_SCHEMA_DIALECT = 'https://spec.openapis.org/oas/3.1/dialect/base';

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

/** The file this channel writes, at the root of the output. */
export const OPENAPI_PATH = 'openapi.json';
