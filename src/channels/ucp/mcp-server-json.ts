import type { ResolvedConfig } from '../../model/resolved-config.js';
import { UCP_CURRENT } from '../../formats/ucp/versions.js';

/** Where the MCP Registry description of the shop's catalog endpoint is written. */
export const MCP_SERVER_JSON_PATH = 'agent/mcp/server.json';

/**
 * The MCP Registry's server.json schema this file follows, and its limits: name `^[a-zA-Z0-9.-]+/[a-zA-Z0-9._-]+$`
 * (3 to 200 characters, a reverse-DNS namespace, then a name), description 1 to 100 characters, version at most
 * 255 characters, and a remote as `{type: "streamable-http", url}`.
 * https://static.modelcontextprotocol.io/schemas/2025-12-11/server.schema.json
 */
export const MCP_SERVER_SCHEMA = 'https://static.modelcontextprotocol.io/schemas/2025-12-11/server.schema.json';
const MAX_DESCRIPTION = 100;
const MAX_NAME = 200;

export interface McpServerJson {
  $schema: string;
  name: string;
  title: string;
  description: string;
  version: string;
  websiteUrl: string;
  remotes: Array<{ type: 'streamable-http'; url: string }>;
}

/**
 * server.json for the shop's MCP catalog endpoint (agent.catalog.mcp), ready for `mcp-publisher publish` to list
 * it in the MCP Registry. Its namespace is the shop's domain reversed (the registry proves it by DNS or HTTP),
 * and its version is the UCP release the endpoint speaks, written as semver (2026-08-25 → 2026.8.25), because the
 * endpoint's behaviour is that release's.
 */
export function buildMcpServerJson(config: ResolvedConfig): McpServerJson | undefined {
  const endpoint = config.agent.catalog?.mcp;
  if (!endpoint) return undefined;
  const host = new URL(config.shop.url).hostname;
  const namespace = host.split('.').reverse().join('.').replace(/[^a-zA-Z0-9.-]/g, '-');
  const description = `Search and look up ${config.shop.name} products: the UCP catalog over MCP.`;
  return {
    $schema: MCP_SERVER_SCHEMA,
    name: `${namespace}/catalog`.slice(0, MAX_NAME),
    title: `${config.shop.name} catalog`.slice(0, MAX_DESCRIPTION),
    description: description.length <= MAX_DESCRIPTION ? description : `${description.slice(0, MAX_DESCRIPTION - 1)}…`,
    version: UCP_CURRENT.split('-').map(Number).join('.'),
    websiteUrl: config.shop.url,
    remotes: [{ type: 'streamable-http', url: endpoint }],
  };
}
