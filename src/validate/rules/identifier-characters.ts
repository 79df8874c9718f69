import { defineRule } from '../../model/rule.js';

/**
 * The model's Identifier (schemas/product.schema.json#/$defs/Identifier) refined beyond what its pattern says:
 * an id goes unchanged into every output, so it must be text every output can carry. A lone surrogate is not
 * Unicode text and has no UTF-8 encoding (RFC 3629, section 3); U+FFFE and U+FFFF are outside XML 1.0's Char
 * production. Control characters are the pattern's (schema/pattern).
 */
export const schemaIdentifierCharacters = defineRule({
  id: 'schema/identifier-characters',
  description: 'An id, SKU, slug or platform id holds a lone surrogate or the noncharacter U+FFFE or U+FFFF, which no UTF-8 file or XML feed can carry; an id is never changed, so the product or variant is left out.',
  severity: 'error',
  url: 'https://www.w3.org/TR/xml/#charsets',
  fix: 'Remove the character from the id, SKU, slug or platform id in the shop or the catalog file, then export or build again.',
  example: {
    input: '"sku": "TEE-1-M\\ud800" (a lone surrogate, written as a JSON escape)',
    finding: '"TEE-1-M\\ud800" holds a lone surrogate (U+D800), which no UTF-8 file or XML feed can carry; an id is never changed, so the variant is left out.',
  },
});
