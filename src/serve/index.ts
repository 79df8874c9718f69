/**
 * agentshelf/serve: the UCP catalog API over a published build. `createAgentHandler` is a standard fetch
 * handler for any runtime; the Node server `agentshelf serve` runs is in agentshelf/serve/node, apart, so
 * an edge bundle pulls in no Node module. docs/serve.md shows both.
 *
 * @module agentshelf/serve
 */
export { createAgentHandler, type AgentHandler, type AgentHandlerOptions, type ServedSite } from './http/agent-handler.js';
export { PlatformProfiles, type PlatformProfilesOptions, type ProfileFetch, type FetchedProfile, type ProfileResult, type PlatformProfile, type ProfileProblem } from './http/platform-profiles.js';
export { openCatalog, type CatalogSnapshot, type CatalogSearchQuery, type CatalogSearchResult, type CatalogLookupResult } from './catalog/index.js';
export type { CatalogQueries } from './http/catalog-operations.js';
export type { FileSource, StaticFile } from './http/static-files.js';
export type * from '../formats/ucp/catalog-types.js';
export { UCP_VERSIONS, UCP_CURRENT, type UcpVersion } from '../formats/ucp/catalog-spec.js';
