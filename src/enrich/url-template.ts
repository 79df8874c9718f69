/**
 * URL templates of the config ("https://shop.example/cart/{variant_id}:{quantity}",
 * "https://shop.example/?post_type=product&p={platform_id}"): literal text and {name} placeholders. Each
 * value is percent-encoded, so no value can add a path segment or a query parameter of its own.
 */
export type TemplatePart = { literal: string } | { placeholder: string };

const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/**
 * A value percent-encoded as a URL component. encodeURIComponent throws on a lone surrogate; the URL Standard
 * reads such input as U+FFFD (https://url.spec.whatwg.org/#concept-basic-url-parser takes a scalar value
 * string), and so does this, so no record can crash a run. Ids that hold one are refused by validation
 * (schema/identifier-characters); this only keeps the steps before it from throwing.
 */
export function encodeTemplateValue(value: string): string {
  return encodeURIComponent(value.replace(LONE_SURROGATE, '\uFFFD'));
}

/** Templates are split once: expansion runs for every product or variant of the catalog. */
const compiled = new Map<string, TemplatePart[]>();

export function compileTemplate(template: string, names: readonly string[]): TemplatePart[] {
  const key = `${names.join(',')}\u0000${template}`;
  let parts = compiled.get(key);
  if (!parts) {
    parts = [];
    let last = 0;
    for (const match of template.matchAll(/\{([a-z_]+)\}/g)) {
      if (!names.includes(match[1]!)) continue;
      if (match.index > last) parts.push({ literal: template.slice(last, match.index) });
      parts.push({ placeholder: match[1]! });
      last = match.index + match[0].length;
    }
    if (last < template.length) parts.push({ literal: template.slice(last) });
    compiled.set(key, parts);
  }
  return parts;
}

/**
 * Fills a template. `value` gives a placeholder's text, already encoded, or undefined when the product has
 * none: then the first such placeholder is returned as `missing` and no URL is made.
 */
export function expandTemplate(parts: readonly TemplatePart[], value: (name: string) => string | undefined): { url: string } | { missing: string } {
  let url = '';
  for (const part of parts) {
    if ('literal' in part) {
      url += part.literal;
      continue;
    }
    const text = value(part.placeholder);
    if (text === undefined) return { missing: part.placeholder };
    url += text;
  }
  return { url };
}
