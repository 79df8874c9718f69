/**
 * Escapes text for XML element content (https://www.w3.org/TR/xml/#syntax): & and < must be escaped, > too
 * where it could close a CDATA-looking "]]>". Quotes need no escape in element content. The builder's own
 * entity processing cost half the channel's time in a 100k-variant profile; this tests once and returns the
 * string itself in the common case.
 */
const SPECIAL = /[&<>]/;
const SPECIAL_ALL = /[&<>]/g;
const ENTITY: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;' };

export function escapeXmlText(text: string): string {
  return SPECIAL.test(text) ? text.replace(SPECIAL_ALL, (c) => ENTITY[c]!) : text;
}

type XmlValue = string | XmlValue[] | { [name: string]: XmlValue };

/** Escapes every text value of an element tree for an XML builder that does not process entities itself. */
export function escapeXmlTree<T extends XmlValue>(value: T): T {
  if (typeof value === 'string') return escapeXmlText(value) as T;
  if (Array.isArray(value)) return value.map((v) => escapeXmlTree(v)) as T;
  const out: { [name: string]: XmlValue } = {};
  for (const key in value) out[key] = escapeXmlTree(value[key]!);
  return out as T;
}

const PREDEFINED: Readonly<Record<string, string>> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

/**
 * Replaces XML's five predefined entities and character references (https://www.w3.org/TR/xml/#sec-references);
 * anything else that looks like an entity is left as written. A reference to a code point that is not a
 * character is left as written too.
 */
export function decodeXmlText(text: string): string {
  if (!text.includes('&')) return text;
  return text.replace(/&(#[xX][0-9a-fA-F]+|#[0-9]+|amp|lt|gt|quot|apos);/g, (whole, ref: string) => {
    if (!ref.startsWith('#')) return PREDEFINED[ref] ?? whole;
    const code = ref[1] === 'x' || ref[1] === 'X' ? parseInt(ref.slice(2), 16) : parseInt(ref.slice(1), 10);
    return code <= 0x10ffff && !(code >= 0xd800 && code <= 0xdfff) ? String.fromCodePoint(code) : whole;
  });
}

/** An element's text as written between its tags: a CDATA section as it is, else with references decoded. */
export function elementText(raw: string): string {
  const text = raw.trim();
  return text.startsWith('<![CDATA[') && text.endsWith(']]>') ? text.slice(9, -3) : decodeXmlText(text);
}

/**
 * The text of the first `<tag>` element in a fragment of XML that agentshelf wrote itself (flat elements, no
 * attributes, escaped text): found by its tags, because a full parse of every item cost more than the rest of
 * a read-back.
 */
export function firstElementText(fragment: string, tag: string): string | undefined {
  const open = `<${tag}>`;
  const start = fragment.indexOf(open);
  if (start === -1) return undefined;
  const end = fragment.indexOf(`</${tag}>`, start);
  return end === -1 ? undefined : elementText(fragment.slice(start + open.length, end));
}

/** The text of every `<tag>` element of such a fragment, in order. */
export function allElementTexts(fragment: string, tag: string): string[] {
  const out: string[] = [];
  const open = `<${tag}>`;
  const close = `</${tag}>`;
  for (let start = fragment.indexOf(open); start !== -1; start = fragment.indexOf(open, start)) {
    const end = fragment.indexOf(close, start);
    if (end === -1) break;
    out.push(elementText(fragment.slice(start + open.length, end)));
    start = end + close.length;
  }
  return out;
}
