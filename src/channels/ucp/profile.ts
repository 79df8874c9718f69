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
} from '../../formats/ucp/spec-urls.js';
import { supportedUcpVersions, type UcpVersion } from '../../formats/ucp/versions.js';

/**
 * A business profile as both releases define it: 2026-08-25 `schemas/profile.json#/$defs/business_schema` and
 * 2026-04-08 `discovery/profile_schema.json#/$defs/business_profile`. `ucp.version`, and the `services` and
 * `payment_handlers` registries (both required), `capabilities` beside them; each registry maps a reverse-domain
 * name to an array of entries. Every `dev.ucp.*` entry declares the profile's own version (2026-08-25 overview,
 * "Component Versioning and Release Snapshots"), and every capability names its `schema` (required in
 * 2026-08-25, capability.json#/$defs/business_schema).
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
    /**
     * The older versions the business also speaks, each mapped to the URL of a complete profile of that version
     * (ucp.json#/$defs/business_schema supported_versions; overview, "Protocol Version"). Only in the current
     * profile: the profiles it links are leaves and must not carry it.
     */
    supported_versions?: Partial<Record<UcpVersion, string>>;
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

/** One profile document and where it goes in the output. */
export interface ProfileFile {
  path: string;
  version: UcpVersion;
  profile: UcpBusinessProfile;
}

export interface ProfilesResult {
  /** The current profile first, then one leaf per older version, newest first; empty when none can be written. */
  files: ProfileFile[];
  diagnostics: Diagnostic[];
}

/** RFC 8615 well-known path of the business profile (UCP overview, "Business Profile"). */
export const UCP_PROFILE_PATH = '.well-known/ucp';

/**
 * Where the complete profile of an older version goes: .well-known/ucp-<version>, beside the current one. The
 * spec's examples put it at /.well-known/ucp/<version>, but a published folder cannot hold both a file and a
 * folder named `ucp`, and the profile must stay a file at /.well-known/ucp (RFC 8615). Any URL will do: the
 * current profile links it by its full URL (ucp.supported_versions values are URIs; overview, "Protocol Version").
 */
export function ucpLeafProfilePath(version: UcpVersion): string {
  return `${UCP_PROFILE_PATH}-${version}`;
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
 * In UCP 2026-04-08 and 2026-08-25 a profile binds the `dev.ucp.shopping` service once per transport, and every capability it
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
export function buildBusinessProfile(agent: ResolvedAgent, version: UcpVersion = agent.ucpVersion): ProfileResult {
  const diagnostics: Diagnostic[] = [];
  const { catalog, checkout } = agent;
  if (!catalog) {
    diagnostics.push(
      ucpCatalogEndpointMissing.diagnostic(SUBJECT, { message: 'agent.catalog names no REST or MCP endpoint, so no UCP profile (/.well-known/ucp) was written.', expected: 'agent.catalog.rest or agent.catalog.mcp' }),
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

/**
 * Every profile document of the configured endpoints: the profile of agent.ucpVersion at /.well-known/ucp, and a
 * complete leaf profile for each older version agentshelf speaks, which the current one lists in
 * ucp.supported_versions by its URL (`urlOf` turns an output path into the URL it is published at). A leaf
 * declares its own version everywhere, has no supported_versions (leaves "MUST NOT" carry it; overview, "Protocol
 * Version"), and uses its release's spec URLs. The diagnostics are those of the current profile: the leaves are
 * built from the same config and would repeat them.
 */
export function buildBusinessProfiles(agent: ResolvedAgent, urlOf: (path: string) => string): ProfilesResult {
  const current = agent.ucpVersion;
  const older = supportedUcpVersions(current).filter((version) => version !== current);
  const { profile, diagnostics } = buildBusinessProfile(agent, current);
  if (!profile) return { files: [], diagnostics };
  const leaves: ProfileFile[] = older.map((version) => ({ path: ucpLeafProfilePath(version), version, profile: buildBusinessProfile(agent, version).profile! }));
  if (leaves.length > 0) {
    const supported: Partial<Record<UcpVersion, string>> = {};
    for (const leaf of leaves) supported[leaf.version] = urlOf(leaf.path);
    // Right after version, as the overview's examples place it.
    const { version, ...rest } = profile.ucp;
    profile.ucp = { version, supported_versions: supported, ...rest };
  }
  return { files: [{ path: UCP_PROFILE_PATH, version: current, profile }, ...leaves], diagnostics };
}
