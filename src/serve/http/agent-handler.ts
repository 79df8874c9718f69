import { ucpTransportError } from '../../formats/ucp/catalog-response.js';
import type { UcpVersion } from '../../formats/ucp/catalog-spec.js';
import { handleMcp } from '../mcp/mcp-handler.js';
import { runOperation, type CatalogOperation, type CatalogQueries, type TransportError } from './catalog-operations.js';
import { negotiateVersion } from './negotiate.js';
import type { PlatformProfiles } from './platform-profiles.js';
import { serveStatic, type FileSource } from './static-files.js';

/** What one published build offers: read once per request, so a reload never mixes two builds in one answer. */
export interface ServedSite {
  catalog?: CatalogQueries;
  /** Path prefix of the REST binding: the path of the profile's REST endpoint ("" at the root). */
  restPath: string;
  /** Path of the MCP endpoint, when the profile names one. */
  mcpPath?: string;
  /** Where a buyer continues on the web when an answer cannot be given (the shop's home page). */
  continueUrl: string;
  /** The versions this build serves, newest first. */
  versions: readonly UcpVersion[];
  files?: FileSource;
}

export interface AgentHandlerOptions {
  site: () => ServedSite | undefined;
  profiles: PlatformProfiles;
  /** Largest request body read; a catalog request is a few hundred bytes. */
  maxBodyBytes?: number;
  /** The version the MCP server reports in its initialize answer (the agentshelf release that serves). */
  serverVersion?: string;
}

export type AgentHandler = (request: Request) => Promise<Response>;

const DEFAULT_MAX_BODY = 64 * 1024;
const OPERATIONS: Readonly<Record<string, CatalogOperation>> = { search: 'search', lookup: 'lookup', product: 'product' };

/**
 * The catalog API and the published files as a standard fetch handler (Request in, Response out), so the same
 * code runs in Node (serve/node), on serverless and on edge runtimes:
 * - POST {rest}/catalog/search, /catalog/lookup, /catalog/product: the UCP catalog REST binding, answered in
 *   the version the agent's profile speaks (2026-08-25 or 2026-04-08);
 * - {mcp}: the UCP MCP binding over Streamable HTTP;
 * - GET and HEAD of any published file, with .well-known/ucp as UCP requires it.
 */
export function createAgentHandler(options: AgentHandlerOptions): AgentHandler {
  const maxBody = options.maxBodyBytes ?? DEFAULT_MAX_BODY;
  return async (request) => {
    const site = options.site();
    if (!site) return plain(503, 'No catalog is loaded yet.', { 'retry-after': '5' });
    const { pathname } = new URL(request.url);
    try {
      if (site.mcpPath !== undefined && pathname === site.mcpPath) return await handleMcp(request, site, options.profiles, maxBody, options.serverVersion ?? 'unknown');
      const operation = restOperation(pathname, site.restPath);
      if (operation) {
        if (request.method !== 'POST') return plain(405, `${pathname} takes POST.`, { allow: 'POST' });
        return await rest(request, operation, site, options.profiles, maxBody);
      }
      if (site.files) {
        const response = await serveStatic(request, site.files);
        if (response) return response;
      }
      return plain(404, 'Not found.');
    } catch (error) {
      // A bug must not take the server down or hang the client: a 500 with the UCP body, and the message logged.
      console.error(`agentshelf serve: ${request.method} ${pathname}: ${(error as Error).stack ?? String(error)}`);
      return json(500, { code: 'internal_error', content: 'The server could not answer this request.' });
    }
  };
}

function restOperation(pathname: string, base: string): CatalogOperation | undefined {
  const prefix = `${base}/catalog/`;
  return pathname.startsWith(prefix) ? OPERATIONS[pathname.slice(prefix.length)] : undefined;
}

async function rest(request: Request, operation: CatalogOperation, site: ServedSite, profiles: PlatformProfiles, maxBody: number): Promise<Response> {
  const requestId = request.headers.get('request-id');
  const echo: Record<string, string> = requestId ? { 'request-id': requestId.slice(0, 200) } : {};
  if (!site.catalog) return transport({ status: 503, code: 'unavailable', content: 'This build has no catalog index; build with agent.catalog set.' }, site, echo);
  const type = request.headers.get('content-type') ?? '';
  if (!/^application\/json\b/i.test(type)) return transport({ status: 415, code: 'invalid_request', content: 'Catalog requests are application/json (UCP overview, REST Transport).' }, site, echo);
  const body = await readJson(request, maxBody);
  if (!body.ok) return transport(body.error, site, echo);
  const negotiated = await negotiateVersion(request.headers.get('ucp-agent'), profiles, site.versions);
  if (!negotiated.ok) return transport(negotiated.error, site, echo);
  const result = runOperation(operation, body.value, negotiated.version, site.catalog);
  return result.ok ? json(200, result.body, echo) : transport(result.error, site, echo);
}

export type ReadJson = { ok: true; value: unknown } | { ok: false; error: TransportError };

/** The request body, read up to the cap and parsed; an over-long or malformed body is a 4xx with a reason. */
export async function readJson(request: Request, maxBytes: number): Promise<ReadJson> {
  const declared = Number(request.headers.get('content-length') ?? NaN);
  const tooLarge: ReadJson = { ok: false, error: { status: 413, code: 'request_too_large', content: `Request bodies are limited to ${maxBytes} bytes.` } };
  if (declared > maxBytes) return tooLarge;
  const chunks: Uint8Array[] = [];
  let size = 0;
  if (request.body) {
    const reader = request.body.getReader();
    for (;;) {
      let next: Awaited<ReturnType<typeof reader.read>>;
      try {
        next = await reader.read();
      } catch {
        // The client went away or was cut off by the request timeout: an incomplete request, not a server fault.
        return { ok: false, error: { status: 400, code: 'invalid_request', content: 'The request body ended before it was complete.' } };
      }
      const { done, value } = next;
      if (done) break;
      size += value.byteLength;
      if (size > maxBytes) {
        await reader.cancel();
        return tooLarge;
      }
      chunks.push(value);
    }
  }
  const bytes = new Uint8Array(size);
  let offset = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, offset);
    offset += chunk.byteLength;
  }
  const text = new TextDecoder().decode(bytes);
  try {
    return { ok: true, value: JSON.parse(text) };
  } catch (error) {
    return { ok: false, error: { status: 400, code: 'invalid_request', content: `The body is not valid JSON: ${(error as Error).message}.` } };
  }
}

function transport(error: TransportError, site: ServedSite, headers: Record<string, string>): Response {
  // continue_url: the most relevant web fallback; for the catalog, the storefront (overview, Error Handling).
  return json(error.status, ucpTransportError(error.code, error.content, site.continueUrl), headers);
}

export function json(status: number, body: unknown, headers: Record<string, string> = {}): Response {
  return new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json', 'cache-control': 'no-store', ...headers } });
}

function plain(status: number, text: string, headers: Record<string, string> = {}): Response {
  return new Response(`${text}\n`, { status, headers: { 'content-type': 'text/plain; charset=utf-8', ...headers } });
}
