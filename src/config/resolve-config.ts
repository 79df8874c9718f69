import type { AgentshelfConfig } from '../model/generated/config.js';
import { AgentshelfError } from '../model/errors.js';
import { parseAmount } from '../model/money.js';
import type { Money } from '../model/resolved.js';
import { isAbsolute, resolve } from 'node:path';

export interface DayRange {
  min: number;
  max: number;
}

export interface ResolvedShippingRate {
  country: string;
  region?: string;
  service: string;
  price: Money;
  handlingDays?: DayRange;
  transitDays?: DayRange;
}

export interface ResolvedReturnPolicy {
  countries: string[];
  category: 'finite' | 'unlimited' | 'not_permitted';
  days?: number;
  fees?: 'free' | 'customer_pays' | 'fixed';
  feeAmount?: Money;
  method?: 'mail' | 'store' | 'kiosk';
}

export interface ResolvedConfig {
  shop: AgentshelfConfig['shop'];
  policies: NonNullable<AgentshelfConfig['policies']>;
  shipping: ResolvedShippingRate[];
  returns?: ResolvedReturnPolicy;
  /** Absolute paths. */
  inputs: string[];
  out?: string;
  now?: string;
  feeds: NonNullable<AgentshelfConfig['feeds']>;
  enrich: { applySuggestedCategories: boolean };
}

/** Checks what the schema cannot (money in each currency, day ranges) and resolves paths against baseDir. */
export function resolveConfig(raw: AgentshelfConfig, baseDir: string, source: string): ResolvedConfig {
  const problems: string[] = [];
  const money = (value: string | number, currency: string, at: string): Money => {
    const parsed = parseAmount(value, currency);
    if (parsed.ok) return { minor: parsed.minor, currency };
    problems.push(`  ${at}: ${parsed.message}`);
    return { minor: 0, currency };
  };
  const range = (value: DayRange | undefined, at: string): DayRange | undefined => {
    if (value && value.min > value.max) problems.push(`  ${at}: min (${value.min}) is greater than max (${value.max})`);
    return value;
  };
  money(0, raw.shop.currency, '/shop/currency');
  const shipping = (raw.shipping ?? []).map((rate, i): ResolvedShippingRate => {
    const out: ResolvedShippingRate = {
      country: rate.country,
      service: rate.service,
      price: money(rate.price, rate.currency ?? raw.shop.currency, `/shipping/${i}/price`),
    };
    if (rate.region !== undefined) out.region = rate.region;
    const handling = range(rate.handlingDays, `/shipping/${i}/handlingDays`);
    if (handling) out.handlingDays = handling;
    const transit = range(rate.transitDays, `/shipping/${i}/transitDays`);
    if (transit) out.transitDays = transit;
    return out;
  });
  let returns: ResolvedReturnPolicy | undefined;
  if (raw.returns) {
    const { feeAmount, ...rest } = raw.returns;
    returns = { ...rest };
    if (feeAmount !== undefined) returns.feeAmount = money(feeAmount, raw.shop.currency, '/returns/feeAmount');
  }
  if (problems.length > 0) throw new AgentshelfError('E_CONFIG_INVALID', `${source} has invalid values:\n${problems.join('\n')}`);
  const path = (p: string) => (isAbsolute(p) ? p : resolve(baseDir, p));
  const config: ResolvedConfig = {
    shop: raw.shop,
    policies: raw.policies ?? {},
    shipping,
    inputs: (raw.inputs ?? []).map(path),
    feeds: raw.feeds ?? {},
    enrich: { applySuggestedCategories: raw.enrich?.applySuggestedCategories ?? false },
  };
  if (returns) config.returns = returns;
  if (raw.out !== undefined) config.out = path(raw.out);
  if (raw.now !== undefined) config.now = raw.now;
  return config;
}
