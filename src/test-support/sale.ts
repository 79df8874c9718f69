import { saleWindow } from '../enrich/prices.js';
import type { Money, ResolvedSale } from '../model/resolved.js';
import { TEST_NOW } from './catalog-fixtures.js';

/** A resolved sale as enrich would decide it at `now` (TEST_NOW unless given), for channel tests that build variants by hand. */
export function resolvedSale(price: Money, window: { startsAt?: string; endsAt?: string } = {}, now: string = TEST_NOW): ResolvedSale {
  const nowMs = Date.parse(now);
  const active = (window.startsAt === undefined || Date.parse(window.startsAt) <= nowMs) && (window.endsAt === undefined || nowMs < Date.parse(window.endsAt));
  const sale: ResolvedSale = { price, active, window: saleWindow(window.startsAt, window.endsAt, active, nowMs) };
  if (window.startsAt !== undefined) sale.startsAt = window.startsAt;
  if (window.endsAt !== undefined) sale.endsAt = window.endsAt;
  return sale;
}
