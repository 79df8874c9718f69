/**
 * Product and image URLs must be absolute http(s) URLs without spaces
 * (https://support.google.com/merchants/answer/6324416). Relative URLs, as platform exports often have,
 * are resolved against the shop URL (RFC 3986 §5, https://www.rfc-editor.org/rfc/rfc3986#section-5).
 */
export type UrlResult = { ok: true; url: string; resolved: boolean } | { ok: false; reason: string };

const ABSOLUTE = /^[a-z][a-z0-9+.-]*:/i;

/** An absolute http(s) URL with a host and nothing WHATWG would rewrite: the common case, checked without parsing. */
const PLAIN_ABSOLUTE = /^https?:\/\/[a-z0-9.-]+(?::\d{1,5})?(?:[/?#][\x21-\x7e]*)?$/;

export function resolveShopUrl(raw: string, base: string): UrlResult {
  // Most catalog URLs are plain absolute ASCII URLs; they are accepted as written without a full parse,
  // which matters at a million variants. Anything else goes through the WHATWG parser below.
  if (PLAIN_ABSOLUTE.test(raw) && !raw.includes('..')) return { ok: true, url: raw, resolved: false };
  const value = raw.trim();
  if (/\s/.test(value)) return { ok: false, reason: 'it contains white space' };
  const relative = !ABSOLUTE.test(value);
  // WHATWG would read "https:products/x" as https://products/x; an absolute URL must spell out its "//".
  if (!relative && /^https?:/i.test(value) && !/^https?:\/\//i.test(value)) return { ok: false, reason: 'it has no "//" after its scheme' };
  let parsed: URL;
  try {
    parsed = new URL(value, base);
  } catch {
    return { ok: false, reason: 'it is not a URL' };
  }
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') return { ok: false, reason: `its scheme is ${parsed.protocol.slice(0, -1)}, not http or https` };
  if (!parsed.hostname) return { ok: false, reason: 'it has no host' };
  // Keep the shop's own spelling of an absolute URL; WHATWG serialization would only re-case and re-escape it.
  return { ok: true, url: relative ? parsed.href : value, resolved: relative };
}
