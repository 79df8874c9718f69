import { Server } from '@modelcontextprotocol/sdk/server/index.js';
import { WebStandardStreamableHTTPServerTransport } from '@modelcontextprotocol/sdk/server/webStandardStreamableHttp.js';
import { CallToolRequestSchema, ListToolsRequestSchema, McpError } from '@modelcontextprotocol/sdk/types.js';
import { UCP_TRANSPORT_ERRORS, ucpTransportError } from '../../formats/ucp/catalog-response.js';
import { runOperation, type CatalogOperation, type TransportError } from '../http/catalog-operations.js';
import { json, readJson, type ServedSite } from '../http/agent-handler.js';
import { negotiateProfile } from '../http/negotiate.js';
import type { PlatformProfiles } from '../http/platform-profiles.js';
import { CATALOG_TOOLS } from './catalog-tools.js';

/**
 * The JSON-RPC code of a transport error: the UCP table's (overview, Error Codes: negotiation -32001, a batch
 * over the limit -32602), else -32602 (Invalid params) for any other request error and -32603 for the server's.
 */
function rpcCode(error: TransportError): number {
  const listed = (UCP_TRANSPORT_ERRORS as Readonly<Record<string, { jsonrpc: number } | undefined>>)[error.code];
  return listed?.jsonrpc ?? (error.status < 500 ? -32602 : -32603);
}

/**
 * The UCP catalog tools over MCP Streamable HTTP, with the official SDK's server and its web-standard transport,
 * stateless: a server per request (the tools keep no session), JSON responses rather than an event stream.
 * The tools run the same operations as REST, so both bindings give the same answers.
 * https://ucp.dev/2026-08-25/specification/shopping/catalog/mcp/
 */
export async function handleMcp(request: Request, site: ServedSite, profiles: PlatformProfiles, maxBody: number, serverVersion: string): Promise<Response> {
  let parsedBody: unknown;
  if (request.method === 'POST') {
    const body = await readJson(request, maxBody);
    if (!body.ok) {
      // A body that cannot be read is answered as JSON-RPC does: a parse error (-32700) with no id.
      return json(body.error.status, { jsonrpc: '2.0', id: null, error: { code: body.error.status === 413 ? -32600 : -32700, message: body.error.content } });
    }
    parsedBody = body.value;
  }
  const server = new Server({ name: 'agentshelf-catalog', version: serverVersion }, { capabilities: { tools: {} } });
  server.setRequestHandler(ListToolsRequestSchema, () => ({ tools: CATALOG_TOOLS.map(({ name, description, inputSchema }) => ({ name, description, inputSchema })) }));
  server.setRequestHandler(CallToolRequestSchema, async (call) => {
    const tool = CATALOG_TOOLS.find((t) => t.name === call.params.name);
    if (!tool) throw new McpError(-32602, `Unknown tool ${JSON.stringify(call.params.name)}; this server has ${CATALOG_TOOLS.map((t) => t.name).join(', ')}.`);
    const body = await callTool(tool.operation, call.params.arguments ?? {}, site, profiles);
    return { structuredContent: body as Record<string, unknown>, content: [{ type: 'text', text: JSON.stringify(body) }] };
  });
  const transport = new WebStandardStreamableHTTPServerTransport({ sessionIdGenerator: undefined, enableJsonResponse: true });
  await server.connect(transport);
  try {
    return await transport.handleRequest(request, parsedBody === undefined ? undefined : { parsedBody });
  } finally {
    void server.close();
  }
}

async function callTool(operation: CatalogOperation, args: Record<string, unknown>, site: ServedSite, profiles: PlatformProfiles): Promise<unknown> {
  const meta = args.meta as { 'ucp-agent'?: { profile?: unknown } } | undefined;
  const profile = meta?.['ucp-agent']?.profile;
  if (typeof profile !== 'string') throw rpcError({ status: 400, code: 'invalid_profile_url', content: 'meta["ucp-agent"].profile is required: the URL of the platform\'s UCP profile.' }, site);
  const negotiated = await negotiateProfile(profile, profiles, site.versions);
  if (!negotiated.ok) throw rpcError(negotiated.error, site);
  if (!site.catalog) throw rpcError({ status: 503, code: 'unavailable', content: 'This build has no catalog index.' }, site);
  if (args.catalog === undefined) throw rpcError({ status: 400, code: 'invalid_request', content: 'The catalog argument is required.' }, site);
  const result = runOperation(operation, args.catalog, negotiated.version, site.catalog);
  if (!result.ok) throw rpcError(result.error, site);
  return result.body;
}

function rpcError(error: TransportError, site: ServedSite): McpError {
  return new McpError(rpcCode(error), error.content, ucpTransportError(error.code, error.content, site.continueUrl));
}
