/**
 * The target of rel="next" in an HTTP Link header (RFC 8288, https://www.rfc-editor.org/rfc/rfc8288#section-3),
 * resolved against the URL of the response. Shopify's paginated REST endpoints send one, e.g.
 * `<https://shop.example/products.json?limit=250&page_info=abc>; rel="next"`
 * (https://shopify.dev/docs/api/usage/pagination-rest).
 */
export function nextLink(header: string | undefined, base: string): string | undefined {
  if (!header) return undefined;
  for (const link of splitLinks(header)) {
    const match = /^\s*<([^>]*)>(.*)$/s.exec(link);
    if (!match) continue;
    const rels = /;\s*rel\s*=\s*(?:"([^"]*)"|([^\s;,]+))/i.exec(match[2]!);
    const rel = (rels?.[1] ?? rels?.[2] ?? '').toLowerCase().split(/\s+/);
    if (!rel.includes('next')) continue;
    try {
      return new URL(match[1]!, base).href;
    } catch {
      return undefined;
    }
  }
  return undefined;
}

/** Splits a Link header on the commas between links, not on commas inside <…> or quoted parameters. */
function splitLinks(header: string): string[] {
  const out: string[] = [];
  let from = 0;
  let inUri = false;
  let inQuote = false;
  for (let i = 0; i < header.length; i++) {
    const c = header[i];
    if (inQuote) {
      if (c === '\\') i++;
      else if (c === '"') inQuote = false;
    } else if (inUri) {
      if (c === '>') inUri = false;
    } else if (c === '<') inUri = true;
    else if (c === '"') inQuote = true;
    else if (c === ',') {
      out.push(header.slice(from, i));
      from = i + 1;
    }
  }
  out.push(header.slice(from));
  return out;
}
