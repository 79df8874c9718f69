import { UCP_TRANSPORT_ERRORS } from '../../formats/ucp/catalog-response.js';
import type { UcpVersion } from '../../formats/ucp/catalog-spec.js';
import type { UcpTransportErrorCode } from '../../formats/ucp/catalog-types.js';
import type { TransportError } from './catalog-operations.js';
import type { PlatformProfiles } from './platform-profiles.js';
import { profileUrlOf } from './ucp-agent.js';


export type Negotiated = { ok: true; version: UcpVersion } | { ok: false; error: TransportError };

/**
 * The protocol version a request is answered in: the version of the platform profile its UCP-Agent names,
 * when this business serves it (its current version or one of its supported_versions); otherwise
 * version_unsupported. https://ucp.dev/2026-08-25/specification/overview/ (Negotiation Protocol)
 */
export async function negotiateVersion(profileHeader: string | null | undefined, profiles: PlatformProfiles, served: readonly UcpVersion[]): Promise<Negotiated> {
  const url = profileUrlOf(profileHeader);
  if (url === undefined) {
    const content = profileHeader
      ? `The UCP-Agent header ${JSON.stringify(profileHeader)} has no profile="<url>" member.`
      : 'The UCP-Agent header is required: UCP-Agent: profile="https://platform.example/.well-known/ucp".';
    return fail('invalid_profile_url', content);
  }
  return negotiateProfile(url, profiles, served);
}

/** The same for a profile URL given directly (the MCP binding's meta["ucp-agent"].profile). */
export async function negotiateProfile(url: string, profiles: PlatformProfiles, served: readonly UcpVersion[]): Promise<Negotiated> {
  const resolved = await profiles.resolve(url);
  if (!resolved.ok) return fail(resolved.code, resolved.content);
  const version = resolved.profile.version;
  if (!(served as readonly string[]).includes(version)) {
    return fail('version_unsupported', `Protocol version ${version} is not supported. This business supports versions ${served.join(' and ')}.`);
  }
  return { ok: true, version: version as UcpVersion };
}

function fail(code: UcpTransportErrorCode, content: string): Negotiated {
  return { ok: false, error: { status: UCP_TRANSPORT_ERRORS[code].http, code, content } };
}
