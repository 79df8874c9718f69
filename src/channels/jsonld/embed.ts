/**
 * Serializes JSON-LD so it can be pasted into <script type="application/ld+json"> as is. HTML ends a script
 * element at the first "</script", whatever JSON thinks of it, and U+2028/U+2029 break older JavaScript
 * parsers; escaping <, >, & and those two as \uXXXX keeps the text valid JSON that parses to the same value,
 * and no value can break out of the element (https://html.spec.whatwg.org/multipage/scripting.html#restrictions-for-contents-of-script-elements).
 * HTML entities would be wrong here: inside a script element "&lt;" is four literal characters.
 */
const UNSAFE = /[<>&\u2028\u2029]/g;

const ESCAPES: Record<string, string> = {
  '<': '\\u003c',
  '>': '\\u003e',
  '&': '\\u0026',
  '\u2028': '\\u2028',
  '\u2029': '\\u2029',
};

export function serializeJsonLd(document: unknown): string {
  return `${JSON.stringify(document).replace(UNSAFE, (c) => ESCAPES[c]!)}\n`;
}
