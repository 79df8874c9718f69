import { describe, expect, it } from 'vitest';
import type { Variant } from '../model/generated/product.js';
import { resolveAvailability } from './availability.js';

const AT = '/variants/2';

const variant = (over: Partial<Variant>): Variant => ({ id: 'v1', price: '10.00', ...over });

const findings = (result: ReturnType<typeof resolveAvailability>) =>
  result.findings.map((f) => ({ ruleId: f.rule.meta.id, severity: f.rule.meta.severity, kind: f.rule.meta.kind ?? 'problem', pointer: f.pointer }));

describe('resolveAvailability: a stated availability wins', () => {
  it.each<[string, Partial<Variant>]>([
    ['in stock, no stock count', { availability: 'in_stock' }],
    ['out of stock, no stock count', { availability: 'out_of_stock' }],
    ['in stock with stock', { availability: 'in_stock', stockQuantity: 3 }],
    ['out of stock with none', { availability: 'out_of_stock', stockQuantity: 0 }],
    ['in stock with none, backorders allowed', { availability: 'in_stock', stockQuantity: 0, backorderPolicy: 'allow' }],
    ['preorder with a date', { availability: 'preorder', availabilityDate: '2026-09-01T00:00:00Z' }],
    ['backorder with a date and stock', { availability: 'backorder', stockQuantity: 4, availabilityDate: '2026-09-01T09:00:00-07:00' }],
  ])('%s', (_, over) => {
    const result = resolveAvailability(variant(over), AT);
    expect(result.findings).toEqual([]);
    expect(result.availability).toBe(over.availability);
    expect(result.availabilityDate).toBe(over.availabilityDate);
  });

  it.each<[string, Partial<Variant>]>([
    ['in stock with no stock', { availability: 'in_stock', stockQuantity: 0 }],
    ['in stock with negative stock, backorders denied', { availability: 'in_stock', stockQuantity: -1, backorderPolicy: 'deny' }],
    ['out of stock with stock', { availability: 'out_of_stock', stockQuantity: 7 }],
  ])('%s → availability/stock-conflict, the stated value kept', (_, over) => {
    const result = resolveAvailability(variant(over), AT);
    expect(findings(result)).toEqual([{ ruleId: 'availability/stock-conflict', severity: 'warning', kind: 'problem', pointer: `${AT}/availability` }]);
    expect(result.availability).toBe(over.availability);
  });
});

describe('resolveAvailability: derived from stock and backorder policy', () => {
  it.each<[string, Partial<Variant>, Variant['availability']]>([
    ['stock on hand', { stockQuantity: 5 }, 'in_stock'],
    ['stock on hand, backorders allowed', { stockQuantity: 1, backorderPolicy: 'allow' }, 'in_stock'],
    ['none, backorders denied', { stockQuantity: 0, backorderPolicy: 'deny' }, 'out_of_stock'],
    ['none, no policy', { stockQuantity: 0 }, 'out_of_stock'],
    ['oversold, no policy', { stockQuantity: -3 }, 'out_of_stock'],
  ])('%s', (_, over, derived) => {
    const result = resolveAvailability(variant(over), AT);
    expect(result.availability).toBe(derived);
    expect(findings(result)).toEqual([{ ruleId: 'availability/derived', severity: 'info', kind: 'enriched', pointer: `${AT}/availability` }]);
    expect(result.findings[0]?.expected).toBe(derived);
  });

  it.each<[string, Partial<Variant>]>([
    ['none, backorders allowed', { stockQuantity: 0, backorderPolicy: 'allow' }],
    ['oversold, backorders allowed', { stockQuantity: -2, backorderPolicy: 'allow' }],
  ])('%s → backorder, and the missing date is reported', (_, over) => {
    const result = resolveAvailability(variant(over), AT);
    expect(result.availability).toBe('backorder');
    expect(findings(result)).toEqual([
      { ruleId: 'availability/derived', severity: 'info', kind: 'enriched', pointer: `${AT}/availability` },
      { ruleId: 'availability/date-missing', severity: 'warning', kind: 'problem', pointer: `${AT}/availabilityDate` },
    ]);
  });

  it('a derived backorder with a date reports only the derivation', () => {
    const result = resolveAvailability(variant({ stockQuantity: 0, backorderPolicy: 'allow', availabilityDate: '2026-09-01T00:00:00Z' }), AT);
    expect(result).toMatchObject({ availability: 'backorder', availabilityDate: '2026-09-01T00:00:00Z' });
    expect(findings(result).map((f) => f.ruleId)).toEqual(['availability/derived']);
  });
});

describe('resolveAvailability: never assumed', () => {
  it.each<[string, Partial<Variant>]>([
    ['nothing at all', {}],
    ['a backorder policy alone', { backorderPolicy: 'allow' }],
    ['a date alone', { availabilityDate: '2026-09-01' }],
  ])('%s → availability/missing', (_, over) => {
    const result = resolveAvailability(variant(over), AT);
    expect(result.availability).toBeUndefined();
    expect(result.availabilityDate).toBeUndefined();
    expect(findings(result)).toEqual([{ ruleId: 'availability/missing', severity: 'error', kind: 'problem', pointer: `${AT}/availability` }]);
  });
});

describe('resolveAvailability: availability dates', () => {
  it.each<[string, Partial<Variant>]>([
    ['preorder', { availability: 'preorder' }],
    ['backorder', { availability: 'backorder' }],
  ])('%s without a date → availability/date-missing', (_, over) => {
    const result = resolveAvailability(variant(over), AT);
    expect(result.availability).toBe(over.availability);
    expect(findings(result)).toEqual([{ ruleId: 'availability/date-missing', severity: 'warning', kind: 'problem', pointer: `${AT}/availabilityDate` }]);
  });

  it.each<[string, Partial<Variant>]>([
    ['in stock', { availability: 'in_stock' }],
    ['out of stock', { availability: 'out_of_stock' }],
  ])('%s without a date needs none', (_, over) => {
    expect(resolveAvailability(variant(over), AT).findings).toEqual([]);
  });

  it.each<[string, Partial<Variant>]>([
    ['a stated preorder', { availability: 'preorder', availabilityDate: '2026-09-01' }],
    ['a derived backorder', { stockQuantity: 0, backorderPolicy: 'allow', availabilityDate: '2026-09-01' }],
  ])('%s with a date-only availabilityDate → date/assumed-utc, read as 00:00 UTC', (_, over) => {
    const result = resolveAvailability(variant(over), AT);
    expect(result.availabilityDate).toBe('2026-09-01T00:00:00Z');
    expect(findings(result)).toContainEqual({ ruleId: 'date/assumed-utc', severity: 'info', kind: 'enriched', pointer: `${AT}/availabilityDate` });
    expect(findings(result).map((f) => f.ruleId)).not.toContain('availability/date-missing');
  });

  it('a date-time with an offset is kept as written', () => {
    const result = resolveAvailability(variant({ availability: 'preorder', availabilityDate: '2026-09-01T09:00:00+09:00' }), AT);
    expect(result.availabilityDate).toBe('2026-09-01T09:00:00+09:00');
    expect(result.findings).toEqual([]);
  });
});

describe('resolveAvailability: the merchant’s backorder lead time', () => {
  const NOW = Date.parse('2026-11-22T17:45:00Z');

  it.each<[string, Partial<Variant>]>([
    ['a stated backorder', { availability: 'backorder' }],
    ['a derived backorder', { stockQuantity: 0, backorderPolicy: 'allow' }],
  ])('%s without a date gets the run’s day plus the lead time, at 00:00 UTC', (_, over) => {
    const result = resolveAvailability(variant(over), AT, { nowMs: NOW, backorderLeadDays: 14 });
    expect(result).toMatchObject({ availability: 'backorder', availabilityDate: '2026-12-06T00:00:00Z' });
    expect(findings(result)).toContainEqual({ ruleId: 'availability/date-from-lead-time', severity: 'info', kind: 'enriched', pointer: `${AT}/availabilityDate` });
    expect(findings(result).map((f) => f.ruleId)).not.toContain('availability/date-missing');
  });

  it('a backorder’s own date wins over the lead time', () => {
    const result = resolveAvailability(variant({ availability: 'backorder', availabilityDate: '2027-01-10T00:00:00Z' }), AT, { nowMs: NOW, backorderLeadDays: 14 });
    expect(result.availabilityDate).toBe('2027-01-10T00:00:00Z');
    expect(result.findings).toEqual([]);
  });

  it('a pre-order is never dated by the lead time: its release date is its own', () => {
    const result = resolveAvailability(variant({ availability: 'preorder' }), AT, { nowMs: NOW, backorderLeadDays: 14 });
    expect(result.availabilityDate).toBeUndefined();
    expect(findings(result).map((f) => f.ruleId)).toEqual(['availability/date-missing']);
  });
});
