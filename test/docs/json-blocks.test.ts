import { describe, expect, it } from 'vitest';
import { ROOT } from '../support/run-cli.js';
import { checkJsonBlock } from './json-blocks.js';
import { extractBlocks } from './markdown-blocks.js';

const SHOP = '"shop": { "name": "A", "url": "https://a.example/", "currency": "USD", "country": "US", "language": "en" }';

/** The problems of a block written at line 1 of doc.md (its code starts at line 2, or 3 after an annotation). */
async function problems(lang: string, code: string, annotation?: string): Promise<string[]> {
  const text = [...(annotation ? [`<!-- docs-test: ${annotation} -->`] : []), '```' + lang, code, '```'].join('\n');
  return checkJsonBlock(extractBlocks(text, 'doc.md')[0]!, ROOT);
}

describe('checkJsonBlock', () => {
  it.each([
    ['a config', 'json', `{ ${SHOP}, "out": "public" }`, undefined],
    ['a config fragment', 'json', '"defaults": { "condition": "new" }', 'config-fragment'],
    ['a config with comments, as jsonc', 'jsonc', `{\n  // the shop\n  ${SHOP},\n}`, undefined],
    ['a product', 'json', '{ "id": "p", "title": "P", "url": "https://a.example/p", "variants": [{ "id": "v", "price": "1.00", "availability": "in_stock" }] }', undefined],
    ['a diagnostic', 'json', '{ "ruleId": "schema/required", "severity": "error", "kind": "problem", "message": "m" }', undefined],
    ['other data, which only has to parse', 'json', '[1, 2]', undefined],
  ])('accepts %s', async (_, lang, code, annotation) => {
    expect(await problems(lang, code, annotation)).toEqual([]);
  });

  // The wording is the package's; these check what is found and where.
  it.each([
    ['a syntax error, at its line', 'json', '{\n  "a": 1\n  "b": 2\n}', undefined, /^doc\.md:4: not valid JSON: CommaExpected$/],
    ['a comment in plain json', 'json', '{ // no\n}', undefined, /^doc\.md:2: not valid JSON/],
    ['a config the package refuses', 'json', `{ ${SHOP}, "shiping": [] }`, undefined, /^doc\.md:2: .*shiping/s],
    ['a fragment with a wrong value', 'json', '"defaults": { "condition": "mint" }', 'config-fragment', /^doc\.md:3: .*condition/s],
    ['a product without its variants', 'json', '{ "id": "p", "title": "P", "url": "https://a.example/p", "variants": [] }', 'product', /^doc\.md:3: schemas\/product\.schema\.json: \/variants/],
    ['a diagnostic of no known rule', 'json', '{ "ruleId": "schema/no-such-rule", "severity": "error", "kind": "problem", "message": "m" }', undefined, /^doc\.md:2: ruleId "schema\/no-such-rule" is not a rule/],
  ])('refuses %s', async (_, lang, code, annotation, expected) => {
    const found = await problems(lang, code, annotation);
    expect(found).toHaveLength(1);
    expect(found[0]).toMatch(expected);
  });
});
