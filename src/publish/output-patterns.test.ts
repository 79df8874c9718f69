import { describe, expect, it } from 'vitest';
import { outputMatcher } from './output-patterns.js';

describe('outputMatcher', () => {
  const matches = outputMatcher(['jsonld/site.jsonld', 'jsonld/*.jsonld', 'feeds/google/products-<country>.xml', '.well-known/ucp']);
  it.each([
    ['jsonld/site.jsonld', true],
    ['jsonld/ap-jacket.jsonld', true],
    ['jsonld/notes.txt', false],
    ['jsonld/sub/x.jsonld', false],
    ['feeds/google/products-DE.xml', true],
    ['feeds/google/products.xml', false],
    ['.well-known/ucp', true],
    ['xwell-known/ucp', false],
    ['_headers', false],
  ])('%s → %s', (path, expected) => {
    expect(matches(path)).toBe(expected);
  });

  it('matches nothing without patterns', () => {
    expect(outputMatcher([])('anything')).toBe(false);
  });
});
