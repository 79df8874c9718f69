/**
 * Values written into robots.txt lines. A line ends at a line break and a `#` starts a comment (RFC 9309 §2.2,
 * https://www.rfc-editor.org/rfc/rfc9309#section-2.2), so neither may appear raw in a value; paths are compared
 * percent-encoded as UTF-8 (§2.2.2), and Google recommends writing them so
 * (https://developers.google.com/crawling/docs/robots-txt/robots-txt-spec). `*` and `$` keep their pattern meaning.
 */

export interface EncodedValue {
  value: string;
  changed: boolean;
}

/** Visible ASCII except `#`: what a path may hold as it is. */
function isPlain(codePoint: number): boolean {
  return codePoint >= 0x21 && codePoint <= 0x7e && codePoint !== 0x23;
}

function percentEncode(text: string): string {
  let out = '';
  for (const char of text) {
    const cp = char.codePointAt(0)!;
    if (isPlain(cp)) {
      out += char;
      continue;
    }
    for (const byte of Buffer.from(char, 'utf8')) out += `%${byte.toString(16).toUpperCase().padStart(2, '0')}`;
  }
  return out;
}

/** A Disallow/Allow path (the config guarantees a leading "/"). */
export function robotsPath(path: string): EncodedValue {
  const value = percentEncode(path);
  return { value, changed: value !== path };
}

/**
 * A Sitemap URL: absolute, as the sitemaps protocol asks (https://www.sitemaps.org/protocol.html#submit_robots).
 * The WHATWG parser encodes what it can; a fragment is dropped (it never reaches a server and `#` would start a
 * comment), and anything left outside visible ASCII is percent-encoded.
 */
export function sitemapUrl(url: string): EncodedValue {
  const parsed = new URL(url);
  parsed.hash = '';
  const value = percentEncode(parsed.href);
  // Normalization by the URL parser (a lower-case host, a trailing "/") is not worth reporting; encoding is.
  return { value, changed: url.includes('#') || value !== parsed.href };
}
