import type { ResolvedAgent } from '../../model/resolved-config.js';

/**
 * The UCP releases agentshelf speaks. A release is named by its date (ucp.json#/$defs/version, pattern
 * ^\d{4}-\d{2}-\d{2}$); non-date pre-release versions such as "draft" must never be advertised
 * (https://ucp.dev/2026-08-25/specification/overview/#pre-release-versions).
 *
 * - 2026-08-25: the current release. Its schemas are the last upstream commit before the version cut
 *   (github.com/Universal-Commerce-Protocol/ucp @ fdcf8934, PR #770 cuts the release).
 * - 2026-04-08: the previous release (tag v2026-04-08), still answered: the business profile links a complete
 *   2026-04-08 profile through ucp.supported_versions (overview, "Versioning → Protocol Version").
 */
export type UcpVersion = '2026-08-25' | '2026-04-08';

/** The version the profile at /.well-known/ucp declares and the catalog API answers by default. */
export const UCP_CURRENT = '2026-08-25' satisfies UcpVersion;

/** Every version agentshelf speaks, newest first: platforms should pick the newest one they share. */
export const UCP_VERSIONS: readonly UcpVersion[] = ['2026-08-25', '2026-04-08'];

export function isUcpVersion(value: unknown): value is UcpVersion {
  return typeof value === 'string' && (UCP_VERSIONS as readonly string[]).includes(value);
}

/**
 * The versions a shop that declares `current` answers, newest first: `current` and every older release.
 * The profile at /.well-known/ucp declares `current`; each older one gets a leaf profile it links through
 * ucp.supported_versions.
 */
export function supportedUcpVersions(current: UcpVersion = UCP_CURRENT): UcpVersion[] {
  return UCP_VERSIONS.slice(UCP_VERSIONS.indexOf(current));
}

// The config (a lower layer) spells the same union; this fails to compile when the two drift apart.
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
const sameAsConfig: Same<UcpVersion, ResolvedAgent['ucpVersion']> = true;
void sameAsConfig;
