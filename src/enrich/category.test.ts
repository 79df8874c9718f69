import { describe, expect, it } from 'vitest';
import { resolveCategory } from './category.js';

// Ids and paths from the shipped 2021-09-21 taxonomy.
const JACKETS = { id: 5598, path: 'Apparel & Accessories > Clothing > Outerwear > Coats & Jackets' };
const SOCKS = { id: 209, path: 'Apparel & Accessories > Clothing > Underwear & Socks > Socks' };

const TITLE = 'Summit Down Jacket';

const findings = (result: ReturnType<typeof resolveCategory>) =>
  result.findings.map((f) => ({ ruleId: f.rule.meta.id, severity: f.rule.meta.severity, kind: f.rule.meta.kind ?? 'problem' }));

describe('resolveCategory: a given category', () => {
  it.each<[string, number | string]>([
    ['a numeric id', 5598],
    ['a numeric string', '5598'],
    ['a numeric string with spaces', ' 5598 '],
  ])('%s is kept without findings', (_, given) => {
    expect(resolveCategory({ given, title: TITLE, applySuggestion: false })).toEqual({ category: JACKETS, findings: [] });
  });

  it.each<[string, string]>([
    ['the exact path', JACKETS.path],
    ['the path in another case and spacing', 'apparel & accessories>clothing >  outerwear > coats & jackets'],
  ])('%s is resolved to its id and reported', (_, given) => {
    const result = resolveCategory({ given, title: TITLE, applySuggestion: false });
    expect(result.category).toEqual(JACKETS);
    expect(findings(result)).toEqual([{ ruleId: 'category/path-resolved', severity: 'info', kind: 'enriched' }]);
    expect(result.findings[0]).toMatchObject({ actual: given, expected: 5598 });
  });

  it.each<[string, number | string]>([
    ['an unknown id', 99999999],
    ['an unknown numeric string', '99999999'],
    ['an unknown path', 'Apparel & Accessories > Clothing > Spacesuits'],
    ['a partial path that is no category', 'Clothing > Outerwear'],
  ])('%s → category/unknown, left out', (_, given) => {
    const result = resolveCategory({ given, title: TITLE, applySuggestion: true });
    expect(result.category).toBeUndefined();
    expect(findings(result)).toEqual([{ ruleId: 'category/unknown', severity: 'warning', kind: 'problem' }]);
    expect(result.findings[0]?.actual).toBe(given);
  });

  it('a given category is never replaced by a suggestion', () => {
    const result = resolveCategory({ given: 5598, title: "Men's Merino Wool Crew Socks", applySuggestion: true });
    expect(result).toEqual({ category: JACKETS, findings: [] });
  });
});

describe('resolveCategory: no category given', () => {
  it('a suggestion is reported but not applied by default', () => {
    const result = resolveCategory({ title: "Men's Merino Wool Crew Socks", applySuggestion: false });
    expect(result.category).toBeUndefined();
    expect(findings(result)).toEqual([{ ruleId: 'category/suggested', severity: 'info', kind: 'problem' }]);
    expect(result.findings[0]?.expected).toMatchObject(SOCKS);
  });

  it('a suggestion is applied when the config says so, and reported as an enrichment', () => {
    const result = resolveCategory({ title: "Men's Merino Wool Crew Socks", applySuggestion: true });
    expect(result.category).toEqual(SOCKS);
    expect(findings(result)).toEqual([{ ruleId: 'category/suggestion-applied', severity: 'info', kind: 'enriched' }]);
  });

  it.each([false, true])('the product type is used before the title (applySuggestion %s)', (applySuggestion) => {
    const result = resolveCategory({ productType: 'Apparel > Men > Socks', title: 'The Everyday', applySuggestion });
    expect(result.findings[0]?.expected).toMatchObject(SOCKS);
    expect(result.category).toEqual(applySuggestion ? SOCKS : undefined);
  });

  it.each([false, true])('nothing is reported when nothing fits (applySuggestion %s)', (applySuggestion) => {
    expect(resolveCategory({ title: 'Zorbly Qvex 3000', applySuggestion })).toEqual({ findings: [] });
  });
});
