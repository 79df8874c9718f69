import { describe, expect, it } from 'vitest';
import type { Variant } from '../model/generated/product.js';
import { resolvePrices } from './prices.js';

const AT = '/variants/0';
const NOW = Date.parse('2026-06-15T12:00:00Z');

const variant = (over: Partial<Variant>): Variant => ({ id: 'v1', price: '15.00', ...over });

/** The findings without their wording: what tests may assert on. A finding may lower its rule's severity. */
const findings = (result: ReturnType<typeof resolvePrices>) =>
  result.findings.map((f) => ({ ruleId: f.rule.meta.id, severity: f.severity ?? f.rule.meta.severity, kind: f.rule.meta.kind ?? 'problem', pointer: f.pointer }));

describe('resolvePrices: minor units per currency', () => {
  it.each<[string, string | number, string, number]>([
    ['USD string with cents', '15.00', 'USD', 1500],
    ['USD whole string', '15', 'USD', 1500],
    ['USD trailing zero beyond the minor unit', '15.000', 'USD', 1500],
    ['JPY has no minor unit', '1500', 'JPY', 1500],
    ['JPY with a zero fraction', '1500.0', 'JPY', 1500],
    ['KWD has three decimals', '1.250', 'KWD', 1250],
    ['KWD short fraction padded', '1.25', 'KWD', 1250],
    ['a JSON number is not handled as a float', 19.99, 'USD', 1999],
    ['a whole JSON number', 20, 'USD', 2000],
    ['EUR cents', '0.99', 'EUR', 99],
  ])('%s: %j %s → %i', (_, price, currency, minor) => {
    const result = resolvePrices(variant({ price }), currency, NOW, AT);
    expect(result.findings).toEqual([]);
    expect(result.price).toEqual({ minor, currency });
    expect(result.currentPrice).toEqual({ minor, currency });
    expect(result.sale).toBeUndefined();
  });
});

describe('resolvePrices: a regular price that cannot be offered', () => {
  it.each<[string, string | number, string, string]>([
    ['USD with three significant decimals', '15.005', 'USD', 'price/too-precise'],
    ['JPY with a fraction', '15.5', 'JPY', 'price/too-precise'],
    ['KWD with four significant decimals', '1.2345', 'KWD', 'price/too-precise'],
    ['an unknown currency', '15.00', 'ZZZ', 'price/unknown-currency'],
    ['a lower-case code', '15.00', 'usd', 'price/unknown-currency'],
    ['a withdrawn currency', '15.00', 'DEM', 'price/unknown-currency'],
    ['zero as a string', '0', 'USD', 'price/not-positive'],
    ['zero with decimals', '0.00', 'USD', 'price/not-positive'],
    ['zero as a number', 0, 'USD', 'price/not-positive'],
    ['a negative number', -5, 'USD', 'price/not-positive'],
    ['a negative string', '-5.00', 'USD', 'price/not-positive'],
  ])('%s (%j %s) → %s', (_, price, currency, ruleId) => {
    const result = resolvePrices(variant({ price, salePrice: '1' }), currency, NOW, AT);
    expect(findings(result)).toEqual([{ ruleId, severity: 'error', kind: 'problem', pointer: `${AT}/price` }]);
    expect(result.price).toBeUndefined();
    expect(result.currentPrice).toBeUndefined();
    expect(result.sale).toBeUndefined();
  });

  it('keeps the input and currency on the finding', () => {
    const [finding] = resolvePrices(variant({ price: '15.005' }), 'USD', NOW, '/variants/3').findings;
    expect(finding).toMatchObject({ pointer: '/variants/3/price', actual: '15.005', expected: 'USD' });
  });
});

describe('resolvePrices: a sale price that makes no sense is dropped, the regular price stays', () => {
  it.each<[string, Partial<Variant>, string, string, string]>([
    ['equal to the price', { salePrice: '15.00' }, 'sale/not-below-price', 'warning', 'salePrice'],
    ['equal, written differently', { salePrice: 15 }, 'sale/not-below-price', 'warning', 'salePrice'],
    ['above the price', { salePrice: '19.99' }, 'sale/not-below-price', 'warning', 'salePrice'],
    [
      'a window that ends before it starts',
      { salePrice: '10.00', saleStartsAt: '2026-06-20T00:00:00Z', saleEndsAt: '2026-06-10T00:00:00Z' },
      'sale/window-inverted',
      'warning',
      'saleEndsAt',
    ],
    [
      'a window that ends as it starts',
      { salePrice: '10.00', saleStartsAt: '2026-06-20T00:00:00Z', saleEndsAt: '2026-06-20T00:00:00Z' },
      'sale/window-inverted',
      'warning',
      'saleEndsAt',
    ],
    ['a sale that ended before now', { salePrice: '10.00', saleEndsAt: '2026-06-01T00:00:00Z' }, 'sale/ended', 'info', 'saleEndsAt'],
    ['a sale that ended on a leap second', { salePrice: '10.00', saleEndsAt: '2025-12-31T23:59:60Z' }, 'sale/ended', 'info', 'saleEndsAt'],
    ['a sale that ends exactly now', { salePrice: '10.00', saleEndsAt: '2026-06-15T12:00:00Z' }, 'sale/ended', 'info', 'saleEndsAt'],
    [
      'a whole window in the past',
      { salePrice: '10.00', saleStartsAt: '2026-05-01T00:00:00Z', saleEndsAt: '2026-05-31T00:00:00Z' },
      'sale/ended',
      'info',
      'saleEndsAt',
    ],
    // Only the sale is wrong: it is dropped with a warning and the variant is still offered at its regular price.
    ['a sale price too precise for the currency', { salePrice: '9.999' }, 'price/too-precise', 'warning', 'salePrice'],
    ['a zero sale price', { salePrice: '0.00' }, 'price/not-positive', 'warning', 'salePrice'],
  ])('%s', (_, over, ruleId, severity, field) => {
    const result = resolvePrices(variant(over), 'USD', NOW, AT);
    expect(findings(result)).toEqual([{ ruleId, severity, kind: 'problem', pointer: `${AT}/${field}` }]);
    expect(result.price).toEqual({ minor: 1500, currency: 'USD' });
    expect(result.currentPrice).toEqual({ minor: 1500, currency: 'USD' });
    expect(result.sale).toBeUndefined();
  });
});

describe('resolvePrices: a sale window without a sale price', () => {
  it.each<[string, Partial<Variant>, string]>([
    ['start and end', { saleStartsAt: '2026-06-01T00:00:00Z', saleEndsAt: '2026-06-30T00:00:00Z' }, 'saleStartsAt'],
    ['start only', { saleStartsAt: '2026-06-01T00:00:00Z' }, 'saleStartsAt'],
    ['end only', { saleEndsAt: '2026-06-30T00:00:00Z' }, 'saleEndsAt'],
  ])('%s → sale/window-without-price', (_, over, field) => {
    const result = resolvePrices(variant(over), 'USD', NOW, AT);
    expect(findings(result)).toEqual([{ ruleId: 'sale/window-without-price', severity: 'warning', kind: 'problem', pointer: `${AT}/${field}` }]);
    expect(result.sale).toBeUndefined();
    expect(result.currentPrice).toEqual({ minor: 1500, currency: 'USD' });
  });
});

describe('resolvePrices: whether a sale is on at now', () => {
  it.each<[string, Partial<Variant>, boolean]>([
    ['no window', {}, true],
    ['before the start', { saleStartsAt: '2026-07-01T00:00:00Z', saleEndsAt: '2026-07-31T00:00:00Z' }, false],
    ['inside the window', { saleStartsAt: '2026-06-01T00:00:00Z', saleEndsAt: '2026-06-30T00:00:00Z' }, true],
    ['starting exactly now', { saleStartsAt: '2026-06-15T12:00:00Z', saleEndsAt: '2026-06-30T00:00:00Z' }, true],
    ['start only, in the past', { saleStartsAt: '2026-06-01T00:00:00Z' }, true],
    ['start only, in the future', { saleStartsAt: '2026-06-16T00:00:00Z' }, false],
    ['end only, in the future', { saleEndsAt: '2026-06-16T00:00:00Z' }, true],
    ['an offset is honoured', { saleStartsAt: '2026-06-15T08:30:00-04:00' }, false],
  ])('%s', (_, over, active) => {
    const result = resolvePrices(variant({ price: '15.00', salePrice: '12.50', ...over }), 'USD', NOW, AT);
    expect(result.findings).toEqual([]);
    expect(result.price).toEqual({ minor: 1500, currency: 'USD' });
    expect(result.sale).toMatchObject({ price: { minor: 1250, currency: 'USD' }, active });
    expect(result.currentPrice).toEqual({ minor: active ? 1250 : 1500, currency: 'USD' });
    if (over.saleStartsAt) expect(result.sale?.startsAt).toBe(over.saleStartsAt);
    else expect(result.sale).not.toHaveProperty('startsAt');
    if (over.saleEndsAt) expect(result.sale?.endsAt).toBe(over.saleEndsAt);
    else expect(result.sale).not.toHaveProperty('endsAt');
  });

  // RFC 3339 §5.6 allows a leap second (time-second 60) and the schema's date-time format accepts it, but
  // Date.parse returns NaN for it; the window must still be judged.
  it.each<[string, Partial<Variant>, boolean]>([
    ['a leap-second end in the future', { saleEndsAt: '2026-06-30T23:59:60Z' }, true],
    ['a leap-second start in the past', { saleStartsAt: '2025-12-31T23:59:60Z' }, true],
  ])('%s', (_, over, active) => {
    const result = resolvePrices(variant({ salePrice: '12.50', ...over }), 'USD', NOW, AT);
    expect(result.findings).toEqual([]);
    expect(result.sale?.active).toBe(active);
    expect(result.currentPrice).toEqual({ minor: active ? 1250 : 1500, currency: 'USD' });
  });

  it('after the end the sale is reported as ended, not kept as inactive', () => {
    const result = resolvePrices(variant({ salePrice: '12.50', saleStartsAt: '2026-06-01T00:00:00Z', saleEndsAt: '2026-06-14T00:00:00Z' }), 'USD', NOW, AT);
    expect(result.sale).toBeUndefined();
    expect(findings(result).map((f) => f.ruleId)).toEqual(['sale/ended']);
  });
});

describe('resolvePrices: how feeds with an effective-date window state the sale', () => {
  it.each<[string, Partial<Variant>, unknown]>([
    ['both ends: as given', { saleStartsAt: '2026-06-01T00:00:00Z', saleEndsAt: '2026-06-30T00:00:00-07:00' }, { kind: 'window', start: '2026-06-01T00:00:00Z', end: '2026-06-30T00:00:00-07:00' }],
    ['a future window: as given', { saleStartsAt: '2026-07-01T00:00:00Z', saleEndsAt: '2026-07-31T00:00:00Z' }, { kind: 'window', start: '2026-07-01T00:00:00Z', end: '2026-07-31T00:00:00Z' }],
    ['an end only: on now, so from the run to the end', { saleEndsAt: '2026-06-16T00:00:00Z' }, { kind: 'window', start: '2026-06-15T12:00:00.000Z', end: '2026-06-16T00:00:00Z' }],
    ['no window: a sale price alone', {}, { kind: 'open' }],
    ['a past start, no end: a sale price alone', { saleStartsAt: '2026-06-01T00:00:00Z' }, { kind: 'open' }],
    ['a future start, no end: no window can say it', { saleStartsAt: '2026-06-16T00:00:00Z' }, { kind: 'unstated' }],
  ])('%s', (_, over, window) => {
    const result = resolvePrices(variant({ salePrice: '12.50', ...over }), 'USD', NOW, AT);
    expect(result.sale?.window).toEqual(window);
  });
});

describe('resolvePrices: date-only window bounds', () => {
  it.each<[string, Partial<Variant>, string[], boolean]>([
    ['date-only start', { saleStartsAt: '2026-06-15' }, ['saleStartsAt'], true],
    ['date-only end', { saleEndsAt: '2026-06-16' }, ['saleEndsAt'], true],
    ['both date-only', { saleStartsAt: '2026-06-16', saleEndsAt: '2026-06-30' }, ['saleStartsAt', 'saleEndsAt'], false],
  ])('%s → date/assumed-utc at each, read as 00:00 UTC', (_, over, fields, active) => {
    const result = resolvePrices(variant({ salePrice: '12.50', ...over }), 'USD', NOW, AT);
    expect(findings(result)).toEqual(fields.map((field) => ({ ruleId: 'date/assumed-utc', severity: 'info', kind: 'enriched', pointer: `${AT}/${field}` })));
    expect(result.sale?.active).toBe(active);
    if (over.saleStartsAt) expect(result.sale?.startsAt).toBe(`${over.saleStartsAt}T00:00:00Z`);
    if (over.saleEndsAt) expect(result.sale?.endsAt).toBe(`${over.saleEndsAt}T00:00:00Z`);
  });

  it('a date-only end on the day of the run has ended: it means 00:00 UTC', () => {
    const result = resolvePrices(variant({ salePrice: '12.50', saleEndsAt: '2026-06-15' }), 'USD', NOW, AT);
    expect(findings(result).map((f) => f.ruleId)).toEqual(['date/assumed-utc', 'sale/ended']);
    expect(result.sale).toBeUndefined();
  });

  it('a date-only window without a sale price still reports the assumption and the ignored window', () => {
    const result = resolvePrices(variant({ saleStartsAt: '2026-06-01' }), 'USD', NOW, AT);
    expect(findings(result).map((f) => [f.ruleId, f.pointer])).toEqual([
      ['date/assumed-utc', `${AT}/saleStartsAt`],
      ['sale/window-without-price', `${AT}/saleStartsAt`],
    ]);
  });
});

describe('resolvePrices: the sale is in the same currency', () => {
  it.each<[string, string, string, number, number]>([
    ['JPY', '1500', '1200', 1500, 1200],
    ['KWD', '1.250', '1.100', 1250, 1100],
  ])('%s', (currency, price, salePrice, regular, reduced) => {
    const result = resolvePrices(variant({ price, salePrice }), currency, NOW, AT);
    expect(result.findings).toEqual([]);
    expect(result.price).toEqual({ minor: regular, currency });
    expect(result.currentPrice).toEqual({ minor: reduced, currency });
  });
});
