import type { Diagnostic, Subject } from '../model/diagnostic.js';
import { findForbiddenXmlChars } from '../model/text.js';
import { schemaIdentifierCharacters } from './rules/identifier-characters.js';

/** The fields typed Identifier in schemas/product.schema.json. */
const PRODUCT_FIELDS = ['id', 'slug', 'platformId'] as const;
const VARIANT_FIELDS = ['id', 'sku'] as const;

function hex(codePoint: number): string {
  return `U+${codePoint.toString(16).toUpperCase().padStart(4, '0')}`;
}

/** What an id holds that no output can carry: lone surrogates and U+FFFE/U+FFFF (C0 controls are schema/pattern's). */
function unencodable(id: string): string[] {
  const found = findForbiddenXmlChars(id).filter((c) => c.codePoint >= 0x20);
  return [...new Set(found.map((c) => (c.codePoint >= 0xd800 && c.codePoint <= 0xdfff ? `a lone surrogate (${hex(c.codePoint)})` : `the noncharacter ${hex(c.codePoint)}`)))];
}

/**
 * Ids, SKUs, slugs and platform ids that hold characters no UTF-8 file or XML feed can carry. Such a value
 * would crash percent-encoding (encodeURIComponent throws on a lone surrogate) or differ between outputs, and
 * an id is never changed, so it is an error that leaves the product or variant out.
 */
export function checkIdentifierCharacters(value: unknown, subjectAt: (pointer: string) => Subject): Diagnostic[] {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return [];
  const out: Diagnostic[] = [];
  const check = (text: unknown, at: string, what: string): void => {
    if (typeof text !== 'string') return;
    const problems = unencodable(text);
    if (problems.length === 0) return;
    out.push(
      schemaIdentifierCharacters.diagnostic(subjectAt(at), {
        message: `${JSON.stringify(text)} holds ${problems.join(' and ')}, which no UTF-8 file or XML feed can carry; ${what}`,
        pointer: at,
        actual: text,
        expected: 'Unicode text without U+FFFE or U+FFFF',
      }),
    );
  };
  const record = value as Record<string, unknown>;
  for (const field of PRODUCT_FIELDS) check(record[field], `/${field}`, 'an id is never changed, so the product is left out.');
  if (Array.isArray(record.variants)) {
    record.variants.forEach((variant: unknown, index) => {
      if (variant === null || typeof variant !== 'object') return;
      for (const field of VARIANT_FIELDS) check((variant as Record<string, unknown>)[field], `/variants/${index}/${field}`, 'an id is never changed, so the variant is left out.');
    });
  }
  return out;
}
