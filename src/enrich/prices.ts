import { parseAmount } from '../model/money.js';
import type { Money, ResolvedSale, SaleWindow } from '../model/resolved.js';
import type { Rule } from '../model/rule.js';
import type { Variant } from '../model/generated/product.js';
import { normalizeInstant } from './dates.js';
import { dateAssumedUtc } from './rules/text.js';
import {
  priceNotPositive,
  priceOutOfRange,
  priceTooPrecise,
  priceUnknownCurrency,
  saleEnded,
  saleNotBelowPrice,
  saleWindowInverted,
  saleWindowWithoutPrice,
} from './rules/price.js';

export interface PriceFinding {
  rule: Rule;
  message: string;
  pointer: string;
  actual?: unknown;
  expected?: unknown;
  /** A finding about the sale only: the variant is still offered at its regular price. */
  severity?: 'warning';
}

export interface ResolvedPrices {
  price?: Money;
  sale?: ResolvedSale;
  currentPrice?: Money;
  findings: PriceFinding[];
}

const FAILURE_RULES: Record<string, Rule> = {
  currency: priceUnknownCurrency,
  precision: priceTooPrecise,
  range: priceOutOfRange,
  format: priceOutOfRange,
  negative: priceNotPositive,
};

/**
 * Converts a variant's prices to integer minor units and decides which sale is on at `nowMs`. The regular
 * price must parse and be positive, or the variant cannot be offered; a sale that does not make sense is
 * dropped with a warning, and the variant is still offered at its regular price.
 */
export function resolvePrices(variant: Variant, currency: string, nowMs: number, at: string): ResolvedPrices {
  const findings: PriceFinding[] = [];
  const parse = (value: string | number, field: string): Money | undefined => {
    const parsed = parseAmount(value, currency);
    if (parsed.ok) return { minor: parsed.minor, currency };
    // A sale price that cannot be read drops the sale, not the variant: the regular price still stands.
    findings.push({
      rule: FAILURE_RULES[parsed.reason] ?? priceOutOfRange,
      message: field === 'salePrice' ? `${parsed.message} The sale is left out.` : parsed.message,
      pointer: `${at}/${field}`,
      actual: value,
      expected: currency,
      ...(field === 'salePrice' ? { severity: 'warning' as const } : {}),
    });
    return undefined;
  };
  const price = parse(variant.price, 'price');
  if (price && price.minor === 0) {
    findings.push({ rule: priceNotPositive, message: 'The price is zero; an offer needs a price above zero.', pointer: `${at}/price`, actual: variant.price, expected: '> 0' });
  }
  const result: ResolvedPrices = { findings };
  if (!price || price.minor === 0) return result;
  result.price = price;
  result.currentPrice = price;

  const starts = variant.saleStartsAt === undefined ? undefined : normalizeInstant(variant.saleStartsAt);
  const ends = variant.saleEndsAt === undefined ? undefined : normalizeInstant(variant.saleEndsAt);
  for (const [instant, field] of [[starts, 'saleStartsAt'], [ends, 'saleEndsAt']] as const) {
    if (instant?.assumedUtc) {
      findings.push({ rule: dateAssumedUtc, message: `The date was read as ${instant.value}.`, pointer: `${at}/${field}`, actual: variant[field], expected: instant.value });
    }
  }
  if (variant.salePrice === undefined) {
    if (starts || ends) {
      findings.push({ rule: saleWindowWithoutPrice, message: 'A sale window is given but no sale price; the window is ignored.', pointer: `${at}/${starts ? 'saleStartsAt' : 'saleEndsAt'}` });
    }
    return result;
  }
  const salePrice = parse(variant.salePrice, 'salePrice');
  if (!salePrice) return result;
  if (salePrice.minor === 0) {
    findings.push({ rule: priceNotPositive, message: 'The sale price is zero; the sale is left out.', pointer: `${at}/salePrice`, actual: variant.salePrice, expected: '> 0', severity: 'warning' });
    return result;
  }
  if (salePrice.minor >= price.minor) {
    findings.push({
      rule: saleNotBelowPrice,
      message: 'The sale price is not below the regular price; the sale is left out.',
      pointer: `${at}/salePrice`,
      actual: variant.salePrice,
      expected: `< ${String(variant.price)}`,
    });
    return result;
  }
  if (starts && ends && ends.epochMs <= starts.epochMs) {
    findings.push({ rule: saleWindowInverted, message: 'The sale ends before it starts; the sale is left out.', pointer: `${at}/saleEndsAt`, actual: ends.value, expected: `after ${starts.value}` });
    return result;
  }
  if (ends && ends.epochMs <= nowMs) {
    findings.push({ rule: saleEnded, message: `The sale ended at ${ends.value}; it is left out.`, pointer: `${at}/saleEndsAt`, actual: ends.value });
    return result;
  }
  const active = (!starts || starts.epochMs <= nowMs) && (!ends || nowMs < ends.epochMs);
  const sale: ResolvedSale = { price: salePrice, active, window: saleWindow(starts?.value, ends?.value, active, nowMs) };
  if (starts) sale.startsAt = starts.value;
  if (ends) sale.endsAt = ends.value;
  result.sale = sale;
  if (active) result.currentPrice = salePrice;
  return result;
}

/** How the feeds with an effective-date window state a sale that has not ended (see SaleWindow). */
export function saleWindow(startsAt: string | undefined, endsAt: string | undefined, active: boolean, nowMs: number): SaleWindow {
  if (endsAt !== undefined) return { kind: 'window', start: startsAt ?? new Date(nowMs).toISOString(), end: endsAt };
  return active ? { kind: 'open' } : { kind: 'unstated' };
}
