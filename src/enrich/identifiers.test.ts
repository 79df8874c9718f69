import { describe, expect, it } from 'vitest';
import { identifierExists, resolveGtin } from './identifiers.js';

// checkGtin and normalizeGtin have their own tests (gtin.test.ts); these cover how their results become findings.

const findings = (result: ReturnType<typeof resolveGtin>) =>
  result.findings.map((f) => ({ ruleId: f.rule.meta.id, severity: f.rule.meta.severity, kind: f.rule.meta.kind ?? 'problem' }));

describe('resolveGtin: valid GTINs are kept', () => {
  it.each([
    ['GTIN-13', '5012345678900'],
    ['GTIN-12 (UPC-A)', '036000291452'],
    ['GTIN-8', '96385074'],
    ['GTIN-14', '10012345678902'],
    ['ISBN-13', '9780306406157'],
  ])('%s %s', (_, gtin) => {
    expect(resolveGtin(gtin)).toEqual({ gtin, findings: [] });
  });
});

describe('resolveGtin: separators are removed and reported', () => {
  it.each([
    ['spaces', '5 012345 678900', '5012345678900'],
    ['dashes', '978-0-306-40615-7', '9780306406157'],
    ['dots', '5012345.678900', '5012345678900'],
    ['an en dash', '978\u20130306406157', '9780306406157'],
    ['a no-break space', '036000\u00a0291452', '036000291452'],
  ])('%s: %j → %s', (_, raw, gtin) => {
    const result = resolveGtin(raw);
    expect(result.gtin).toBe(gtin);
    expect(findings(result)).toEqual([{ ruleId: 'gtin/normalized', severity: 'info', kind: 'enriched' }]);
    expect(result.findings[0]).toMatchObject({ actual: raw, expected: gtin });
  });
});

describe('resolveGtin: invalid GTINs are left out with the reason as the rule', () => {
  it.each([
    ['a letter O for a zero', '5O12345678900', 'gtin/non-digit'],
    ['letters', 'ABC123', 'gtin/non-digit'],
    ['too short', '12345', 'gtin/length'],
    ['eleven digits', '01234567890', 'gtin/length'],
    ['fifteen digits', '501234567890012', 'gtin/length'],
    ['a wrong check digit', '5012345678901', 'gtin/check-digit'],
    ['all zeros', '00000000', 'gtin/check-digit'],
    ['restricted prefix 2', '2012345678903', 'gtin/restricted-prefix'],
    ['restricted prefix 04', '0412345678903', 'gtin/restricted-prefix'],
    ['RCN-8', '21234569', 'gtin/restricted-prefix'],
    ['coupon prefix 99', '9912345678909', 'gtin/coupon-prefix'],
    ['coupon prefix 05', '0512345678900', 'gtin/coupon-prefix'],
    ['coupon prefix 981', '9811234567891', 'gtin/coupon-prefix'],
  ])('%s: %s → %s', (_, raw, ruleId) => {
    const result = resolveGtin(raw);
    expect(result.gtin).toBeUndefined();
    expect(findings(result)).toEqual([{ ruleId, severity: 'warning', kind: 'problem' }]);
    expect(result.findings[0]?.actual).toBe(raw);
  });

  it('a normalized GTIN that is still invalid reports both, and is left out', () => {
    const result = resolveGtin('501-234-567-8901');
    expect(result.gtin).toBeUndefined();
    expect(findings(result).map((f) => f.ruleId)).toEqual(['gtin/normalized', 'gtin/check-digit']);
    expect(result.findings[1]?.actual).toBe('5012345678901');
  });
});

describe('identifierExists', () => {
  it.each<[string | undefined, string | undefined, string | undefined, boolean]>([
    ['5012345678900', undefined, undefined, true],
    ['5012345678900', 'Acme', undefined, true],
    ['5012345678900', undefined, 'X-1', true],
    ['5012345678900', 'Acme', 'X-1', true],
    [undefined, 'Acme', 'X-1', true],
    [undefined, 'Acme', undefined, false],
    [undefined, undefined, 'X-1', false],
    [undefined, undefined, undefined, false],
  ])('gtin %s, brand %s, mpn %s → %s', (gtin, brand, mpn, expected) => {
    expect(identifierExists(gtin, brand, mpn)).toBe(expected);
  });
});
