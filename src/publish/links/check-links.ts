import type { ResolvedLinks } from '../../model/resolved-config.js';
import type { Diagnostic } from '../../model/diagnostic.js';
import { HttpClient, HttpError } from '../../sources/http/http-client.js';
import { collectUrls, type FoundUrl } from './collect-urls.js';
import { LinkCache, type LinkResult } from './link-cache.js';
import { linkClientError, linkContentType, linkNotChecked, linkRedirectChain, linkServerError, linkUnreachable } from './rules.js';

export interface CheckLinksOptions {
  /** An output folder (published, or staging inside a build). */
  root: string;
  links: ResolvedLinks;
  /** Where the results are kept between runs. */
  cacheFile: string;
  now: number;
}

export interface CheckLinksResult {
  urls: number;
  checked: number;
  fromCache: number;
  notChecked: number;
  diagnostics: Diagnostic[];
}

/** Every status is an answer for a link check, but those worth retrying (429, 5xx) are retried first. */
const ANSWERS = Array.from({ length: 500 }, (_, i) => i + 100).filter((s) => ![408, 429, 500, 502, 503, 504].includes(s));
const MAX_REDIRECTS = 5;

/**
 * Checks every product page and image URL the outputs name: HEAD, falling back to GET where HEAD is refused,
 * following redirects by hand so the chain can be reported. Concurrency is bounded overall and per host
 * by the HTTP client; results are cached between runs.
 */
export async function checkLinks(options: CheckLinksOptions): Promise<CheckLinksResult> {
  const cache = new LinkCache(options.cacheFile, options.links.cacheHours * 3_600_000);
  await cache.load();
  const http = new HttpClient({
    concurrency: options.links.concurrency,
    perHost: options.links.perHost,
    connectTimeoutMs: options.links.timeoutMs,
    readTimeoutMs: options.links.timeoutMs,
    retries: 2,
  });
  const result: CheckLinksResult = { urls: 0, checked: 0, fromCache: 0, notChecked: 0, diagnostics: [] };
  const inFlight = new Set<Promise<void>>();
  try {
    for await (const found of collectUrls(options.root, options.now)) {
      result.urls++;
      if (result.urls > options.links.maxUrls) {
        result.notChecked++;
        continue;
      }
      const cached = cache.fresh(found.url, options.now);
      if (cached) {
        result.fromCache++;
        result.diagnostics.push(...judge(found, cached));
        continue;
      }
      const task = checkOne(http, found.url, options.now).then((checked) => {
        cache.set(found.url, checked);
        result.checked++;
        result.diagnostics.push(...judge(found, checked));
      });
      const tracked = task.finally(() => inFlight.delete(tracked));
      inFlight.add(tracked);
      // A window of a few checks per slot keeps the client busy without holding every URL's promise.
      if (inFlight.size >= options.links.concurrency * 2) await Promise.race(inFlight);
    }
    await Promise.all(inFlight);
  } finally {
    await http.close();
  }
  if (result.notChecked > 0) {
    result.diagnostics.push(linkNotChecked.diagnostic({ channel: 'links' }, { message: `${result.notChecked} URL(s) beyond links.maxUrls (${options.links.maxUrls}) were not checked.`, actual: result.notChecked }));
  }
  await cache.save(options.now);
  // Checks finish in any order; the report lists findings in a stable order.
  result.diagnostics.sort((a, b) => String(a.actual).localeCompare(String(b.actual)) || a.ruleId.localeCompare(b.ruleId));
  return result;
}

async function checkOne(http: HttpClient, url: string, now: number): Promise<LinkResult> {
  const redirects: string[] = [];
  let current = url;
  try {
    for (let hop = 0; ; hop++) {
      let response = await http.get(current, { method: 'HEAD', followRedirects: false, okStatuses: ANSWERS, noCache: true });
      // Some servers refuse HEAD; ask again with GET and read no more than the headers.
      if (response.status === 405 || response.status === 501) {
        response = await http.get(current, { followRedirects: false, okStatuses: ANSWERS, noCache: true });
        for await (const _ of response.chunks()) break;
      }
      const location = response.headers.location;
      if (response.status >= 300 && response.status < 400 && location && hop < MAX_REDIRECTS) {
        current = new URL(location, current).href;
        redirects.push(current);
        continue;
      }
      const out: LinkResult = { status: response.status, redirects, checkedAt: now };
      if (response.headers['content-type']) out.contentType = response.headers['content-type'];
      return out;
    }
  } catch (error) {
    if (error instanceof HttpError && error.status !== undefined) return { status: error.status, redirects, checkedAt: now };
    return { status: 0, redirects, error: (error as Error).message, checkedAt: now };
  }
}

function judge(found: FoundUrl, result: LinkResult): Diagnostic[] {
  const subject = { channel: 'links', ...(found.productId ? { productId: found.productId } : {}), ...(found.variantId ? { variantId: found.variantId } : {}) };
  const what = found.kind === 'image' ? 'image' : 'product page';
  const out: Diagnostic[] = [];
  if (result.status === 0) {
    out.push(linkUnreachable.diagnostic(subject, { message: `The ${what} ${found.url} could not be reached: ${result.error ?? 'no answer'}`, actual: found.url }));
    return out;
  }
  if (result.status >= 400 && result.status < 500) {
    out.push(linkClientError.diagnostic(subject, { message: `The ${what} ${found.url} answers ${result.status}.`, actual: found.url, expected: 200 }));
  } else if (result.status >= 500) {
    out.push(linkServerError.diagnostic(subject, { message: `The ${what} ${found.url} answers ${result.status}.`, actual: found.url, expected: 200 }));
  }
  const hosts = new Set([found.url, ...result.redirects].map((u) => new URL(u).host));
  if (result.redirects.length > 1 || hosts.size > 1) {
    out.push(linkRedirectChain.diagnostic(subject, { message: `The ${what} ${found.url} redirects ${result.redirects.length} time(s): ${result.redirects.join(' → ')}.`, actual: found.url, expected: result.redirects.at(-1) }));
  }
  if (result.status >= 200 && result.status < 300 && result.contentType) {
    const type = result.contentType.split(';')[0]!.trim().toLowerCase();
    const fits = found.kind === 'image' ? type.startsWith('image/') : type === 'text/html' || type === 'application/xhtml+xml';
    if (!fits) out.push(linkContentType.diagnostic(subject, { message: `The ${what} ${found.url} is served as ${type}.`, actual: found.url, expected: found.kind === 'image' ? 'image/*' : 'text/html' }));
  }
  return out;
}
