/**
 * The platform profiles UCP-Agent names, fetched, checked and cached. On every request a business must know
 * the platform's protocol version, which is the `ucp.version` of its profile; profiles are cached for at least
 * 60 seconds whatever Cache-Control says, fetched over HTTPS without following redirects, with a bounded body.
 * https://ucp.dev/2026-08-25/specification/overview/ (Profile Requirements: Fetching; Version Selection)
 */

/** What a fetch of a profile URL gave: the status, Cache-Control and the body, cut at the size cap. */
export interface FetchedProfile {
  status: number;
  cacheControl?: string;
  body: string;
}

/** Fetches a URL without following redirects, with a timeout and a body cap; the Node adapter's uses undici. */
export type ProfileFetch = (url: string, options: { maxBytes: number; timeoutMs: number }) => Promise<FetchedProfile>;

export interface PlatformProfile {
  version: string;
  /** Capability names with the versions the platform declares for each. */
  capabilities: ReadonlyMap<string, readonly string[]>;
}

/** Why a profile cannot be used, as the UCP error codes name it (overview, Error Codes). */
export type ProfileProblem = { code: 'invalid_profile_url' | 'profile_unreachable' | 'profile_malformed'; content: string };

export type ProfileResult = { ok: true; profile: PlatformProfile } | ({ ok: false } & ProfileProblem);

export interface PlatformProfilesOptions {
  fetch: ProfileFetch;
  /** Allow http:// and loopback profile URLs: local development and tests, when the server itself listens on loopback. */
  allowLoopback?: boolean;
  now?: () => number;
}

/** The floor the spec sets on caching a fetched profile (overview, Profile Requirements: Fetching). */
const MIN_TTL_MS = 60_000;
/** Profiles are small; 2026-08-25 asks verifiers to accept no less than 128 KiB. */
const MAX_PROFILE_BYTES = 256 * 1024;
const FETCH_TIMEOUT_MS = 5_000;
/** Cache size bound (the spec recommends a fixed-size cache); the oldest entry goes first. */
const MAX_ENTRIES = 1_000;
/** A failed fetch is remembered briefly, so a bad URL does not make every request fetch again. */
const FAILURE_TTL_MS = 10_000;
const VERSION = /^\d{4}-\d{2}-\d{2}$/;

export class PlatformProfiles {
  private readonly cache = new Map<string, { until: number; result: Promise<ProfileResult> }>();
  private readonly now: () => number;

  constructor(private readonly options: PlatformProfilesOptions) {
    this.now = options.now ?? Date.now;
  }

  resolve(url: string): Promise<ProfileResult> {
    const problem = this.checkUrl(url);
    if (problem) return Promise.resolve({ ok: false, ...problem });
    const cached = this.cache.get(url);
    if (cached && cached.until > this.now()) return cached.result;
    const entry = { until: this.now() + FAILURE_TTL_MS, result: this.fetchProfile(url) };
    entry.result.then((r) => {
      entry.until = this.now() + (r.ok ? r.ttlMs : FAILURE_TTL_MS);
    }, () => undefined);
    this.remember(url, entry);
    return entry.result.then((r) => (r.ok ? { ok: true, profile: r.profile } : r));
  }

  private remember(url: string, entry: { until: number; result: Promise<ProfileResult> }): void {
    this.cache.delete(url);
    this.cache.set(url, entry);
    if (this.cache.size > MAX_ENTRIES) this.cache.delete(this.cache.keys().next().value!);
  }

  private checkUrl(url: string): ProfileProblem | undefined {
    let parsed: URL;
    try {
      parsed = new URL(url);
    } catch {
      return { code: 'invalid_profile_url', content: `The UCP-Agent profile ${JSON.stringify(url)} is not a URL.` };
    }
    const loopback = isLoopback(parsed.hostname);
    if (loopback && !this.options.allowLoopback) return { code: 'invalid_profile_url', content: `The UCP-Agent profile ${url} is on a loopback address, which this server does not fetch.` };
    if (parsed.protocol !== 'https:' && !(loopback && parsed.protocol === 'http:')) {
      return { code: 'invalid_profile_url', content: `The UCP-Agent profile ${url} must be an https URL.` };
    }
    return undefined;
  }

  private async fetchProfile(url: string): Promise<(({ ok: true; profile: PlatformProfile; ttlMs: number }) | ({ ok: false } & ProfileProblem))> {
    let fetched: FetchedProfile;
    try {
      fetched = await this.options.fetch(url, { maxBytes: MAX_PROFILE_BYTES, timeoutMs: FETCH_TIMEOUT_MS });
    } catch (error) {
      return { ok: false, code: 'profile_unreachable', content: `The UCP-Agent profile ${url} could not be fetched: ${(error as Error).message}.` };
    }
    if (fetched.status >= 300 && fetched.status < 400) return { ok: false, code: 'profile_unreachable', content: `The UCP-Agent profile ${url} answered with a redirect (${fetched.status}); profiles are fetched without following redirects.` };
    if (fetched.status !== 200) return { ok: false, code: 'profile_unreachable', content: `The UCP-Agent profile ${url} answered HTTP ${fetched.status}.` };
    const profile = parseProfile(fetched.body);
    if (!profile) return { ok: false, code: 'profile_malformed', content: `The UCP-Agent profile ${url} is not a UCP profile: it needs a JSON object with ucp.version as YYYY-MM-DD.` };
    return { ok: true, profile, ttlMs: Math.max(MIN_TTL_MS, maxAgeMs(fetched.cacheControl) ?? 0) };
  }
}

function parseProfile(body: string): PlatformProfile | undefined {
  let value: unknown;
  try {
    value = JSON.parse(body);
  } catch {
    return undefined;
  }
  const ucp = (value as { ucp?: { version?: unknown; capabilities?: unknown } } | null)?.ucp;
  if (!ucp || typeof ucp.version !== 'string' || !VERSION.test(ucp.version)) return undefined;
  const capabilities = new Map<string, string[]>();
  if (ucp.capabilities && typeof ucp.capabilities === 'object') {
    for (const [name, entries] of Object.entries(ucp.capabilities as Record<string, unknown>)) {
      const list = Array.isArray(entries) ? entries : [entries];
      capabilities.set(name, list.map((e) => (e as { version?: unknown } | null)?.version).filter((v): v is string => typeof v === 'string'));
    }
  }
  return { version: ucp.version, capabilities };
}

function maxAgeMs(cacheControl: string | undefined): number | undefined {
  const match = /(?:^|,)\s*max-age=(\d+)/i.exec(cacheControl ?? '');
  return match ? Math.min(Number(match[1]), 86_400) * 1000 : undefined;
}

/** A loopback host name or address (localhost, 127.0.0.0/8, ::1), with or without IPv6 brackets. */
export function isLoopback(hostname: string): boolean {
  const host = hostname.replace(/^\[|\]$/g, '');
  return host === 'localhost' || host === '::1' || /^127\./.test(host);
}
