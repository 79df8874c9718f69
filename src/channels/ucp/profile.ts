import type { ResolvedAgent, ResolvedEndpoints } from '../../model/resolved-config.js';
import type { Diagnostic } from '../../model/diagnostic.js';
import { ucpCatalogEndpointMissing, ucpCheckoutEndpointMismatch, ucpEndpointTrailingSlash, ucpNoPaymentHandlers } from './rules.js';
import {
  CATALOG_LOOKUP,
  CATALOG_SEARCH,
  capabilitySchemaUrl,
  capabilitySpecUrl,
  CHECKOUT,
  serviceSchemaUrl,
  serviceSpecUrl,
  SHOPPING_SERVICE,
  type UcpCapability,
  type UcpTransport,
  type UcpVersion,
} from '../../formats/ucp/spec-urls.js';

/**
 * The business profile served at /.well-known/ucp, as `discovery/profile_schema.json#/$defs/business_profile`
 * of UCP 2026-04-08 defines it: `ucp.version`, and the `services` and `payment_handlers` registries
 * (both required), `capabilities` beside them; each registry maps a reverse-domain name to an array of entries.
 */
export interface UcpServiceBinding {
  version: UcpVersion;
  spec: string;
  transport: UcpTransport;
  endpoint: string;
  schema: string;
}

export interface UcpCapabilityEntry {
  version: UcpVersion;
  spec: string;
  schema: string;
}

export interface UcpBusinessProfile {
  ucp: {
    version: UcpVersion;
    services: Record<string, UcpServiceBinding[]>;
    capabilities: Record<string, UcpCapabilityEntry[]>;
    /** Required by the business schema even when empty: agentshelf has no payment handler settings. */
    payment_handlers: Record<string, never[]>;
  };
}

export interface ProfileResult {
  /** Absent when no meaningful profile can be written. */
  profile?: UcpBusinessProfile;
  diagnostics: Diagnostic[];
}

/** REST first, as the overview's examples list it; MCP when configured. */
const TRANSPORTS: readonly UcpTransport[] = ['rest', 'mcp'];

const SUBJECT = { channel: 'ucp' } as const;

/** Endpoints without trailing slashes: operation paths are appended to them ("/catalog/search"). */
function trimSlashes(endpoint: string): string {
  return endpoint.replace(/\/+$/, '');
}

/** Two endpoints name the same service when they parse to the same URL once trailing slashes are gone. */
function sameEndpoint(a: string | undefined, b: string | undefined): boolean {
  if (a === undefined || b === undefined) return a === b;
  return new URL(trimSlashes(a)).href === new URL(trimSlashes(b)).href;
}

/**
 * In UCP 2026-04-08 a profile binds the `dev.ucp.shopping` service once per transport, and every capability it
 * declares is reached through those bindings (overview, "Endpoint Resolution"). So checkout can be declared only
 * when it lives at exactly the catalog's endpoints, transport for transport; otherwise an agent would send
 * checkout calls to the catalog service, or catalog calls to a checkout service that does not answer them.
 */
function checkoutMatchesCatalog(catalog: ResolvedEndpoints, checkout: ResolvedEndpoints): boolean {
  return TRANSPORTS.every((transport) => sameEndpoint(catalog[transport], checkout[transport]));
}

function capability(version: UcpVersion, name: UcpCapability): UcpCapabilityEntry {
  return { version, spec: capabilitySpecUrl(version, name), schema: capabilitySchemaUrl(version, name) };
}

/**
 * The business profile for the configured endpoints: the shopping service bound to the catalog's REST and MCP
 * endpoints, catalog search and lookup, and checkout only when the config names a real checkout endpoint.
 * Without a catalog endpoint there is nothing to bind the service to (every REST or MCP binding requires an
 * endpoint), and a profile with no services would tell agents the shop speaks UCP while giving them nothing to
 * call; so no profile is written and one warning says why.
 */
export function buildBusinessProfile(agent: ResolvedAgent): ProfileResult {
  const diagnostics: Diagnostic[] = [];
  const { catalog, checkout, ucpVersion: version } = agent;
  if (!catalog) {
    diagnostics.push(
      ucpCatalogEndpointMissing.diagnostic(SUBJECT, { message: 'agent.catalog names no REST or MCP endpoint, so /.well-known/ucp was not written.', expected: 'agent.catalog.rest or agent.catalog.mcp' }),
    );
    return { diagnostics };
  }
  const bindings: UcpServiceBinding[] = [];
  for (const transport of TRANSPORTS) {
    const given = catalog[transport];
    if (given === undefined) continue;
    const endpoint = trimSlashes(given);
    if (endpoint !== given) {
      diagnostics.push(ucpEndpointTrailingSlash.diagnostic(SUBJECT, { message: `The ${transport} endpoint ended in "/"; it is written as ${endpoint}.`, actual: given, expected: endpoint }));
    }
    bindings.push({ version, spec: serviceSpecUrl(version), transport, endpoint, schema: serviceSchemaUrl(version, transport) });
  }
  const capabilities: Record<string, UcpCapabilityEntry[]> = {
    [CATALOG_SEARCH]: [capability(version, CATALOG_SEARCH)],
    [CATALOG_LOOKUP]: [capability(version, CATALOG_LOOKUP)],
  };
  if (checkout) {
    if (checkoutMatchesCatalog(catalog, checkout)) {
      capabilities[CHECKOUT] = [capability(version, CHECKOUT)];
      diagnostics.push(
        ucpNoPaymentHandlers.diagnostic(SUBJECT, { message: 'The profile declares checkout with an empty payment_handlers registry; the checkout service must advertise its payment handlers itself.' }),
      );
    } else {
      diagnostics.push(
        ucpCheckoutEndpointMismatch.diagnostic(SUBJECT, {
          message: 'agent.checkout names other endpoints than agent.catalog; one UCP profile binds one endpoint per transport to every capability, so checkout is not declared.',
          actual: checkout,
          expected: catalog,
        }),
      );
    }
  }
  return { profile: { ucp: { version, services: { [SHOPPING_SERVICE]: bindings }, capabilities, payment_handlers: {} } }, diagnostics };
}
