/**
 * The versions this channel pins and the published pages behind them: an OpenAPI 3.1.0 document describing
 * the catalog API, which follows the UCP catalog capability (formats/ucp/catalog-spec.ts).
 */
export const OPENAPI_VERSION = '3.1.0';
export const OPENAPI_SPEC_URL = 'https://spec.openapis.org/oas/v3.1.0';
/** The schema dialect of OpenAPI 3.1 Schema Objects: JSON Schema 2020-12 plus the OAS vocabulary (OAS 3.1.0 §4.8.24). */
export const OPENAPI_SCHEMA_DIALECT = 'https://spec.openapis.org/oas/3.1/dialect/base';

/** The file this channel writes, at the root of the output. */
export const OPENAPI_PATH = 'openapi.json';
