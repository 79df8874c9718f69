import type { DayRange, ResolvedConfig, ResolvedReturnPolicy, ResolvedShippingRate } from '../../model/resolved-config.js';
import { formatMoney } from '../../model/money.js';
import { escapeInline, markdownLink } from './markdown.js';

/**
 * Shipping and returns in words, from the config as resolved (rates with Money, the return policy), for the
 * llms.txt details and each product page. Returned strings are Markdown: values from the config are escaped.
 */

function days(range: DayRange): string {
  return range.min === range.max ? `${range.min}` : `${range.min}–${range.max}`;
}

function destination(rate: ResolvedShippingRate): string {
  return rate.region ? `${rate.country}-${rate.region}` : rate.country;
}

/** "US, Standard: 5.95 USD, handling 0–1 and transit 3–5 business days" (business days, as the config states them). */
export function shippingRateText(rate: ResolvedShippingRate): string {
  const times: string[] = [];
  if (rate.handlingDays) times.push(`handling ${days(rate.handlingDays)}`);
  if (rate.transitDays) times.push(`transit ${days(rate.transitDays)}`);
  const when = times.length > 0 ? `, ${times.join(' and ')} business days` : '';
  return `${escapeInline(destination(rate))}, ${escapeInline(rate.service)}: ${formatMoney(rate.price.minor, rate.price.currency)}${when}`;
}

/** "accepted within 30 days (US, CA), free of charge, by mail". Return policy categories and fees (https://schema.org/MerchantReturnEnumeration, https://schema.org/ReturnFeesEnumeration). */
export function returnsText(returns: ResolvedReturnPolicy): string {
  const where = returns.countries.map(escapeInline).join(', ');
  if (returns.category === 'not_permitted') return `not accepted (${where})`;
  const window = returns.category === 'finite' && returns.days !== undefined ? `within ${returns.days} days` : 'at any time';
  const parts = [`accepted ${window} (${where})`];
  if (returns.fees === 'free') parts.push('free of charge');
  else if (returns.fees === 'customer_pays') parts.push('return shipping paid by the customer');
  else if (returns.fees === 'fixed' && returns.feeAmount) parts.push(`return fee ${formatMoney(returns.feeAmount.minor, returns.feeAmount.currency)}`);
  if (returns.method === 'mail') parts.push('by mail');
  else if (returns.method === 'store') parts.push('in store');
  else if (returns.method === 'kiosk') parts.push('at a kiosk');
  return parts.join(', ');
}

/** One sentence on where the shop ships, for llms.txt: "Ships to US (Standard 5.95 USD, Express 14.95 USD) and CA (…)." */
export function shippingSentence(config: ResolvedConfig): string | undefined {
  if (config.shipping.length === 0) return undefined;
  const byCountry = new Map<string, string[]>();
  for (const rate of config.shipping) {
    const key = destination(rate);
    const list = byCountry.get(key) ?? [];
    list.push(`${escapeInline(rate.service)} ${formatMoney(rate.price.minor, rate.price.currency)}`);
    byCountry.set(key, list);
  }
  const places = [...byCountry].map(([where, services]) => `${escapeInline(where)} (${services.join(', ')})`);
  const list = places.length === 1 ? places[0]! : `${places.slice(0, -1).join(', ')} and ${places[places.length - 1]!}`;
  return `Ships to ${list}.`;
}

/** The product page's "Shipping and returns" list: rates (or none, for digital goods), returns, policy links. */
export function shippingAndReturnsLines(config: ResolvedConfig, isDigital: boolean): string[] {
  const lines: string[] = [];
  if (isDigital) lines.push('- Digital product: nothing is shipped.');
  else if (config.shipping.length === 0) lines.push('- Shipping: see the shipping policy.');
  else for (const rate of config.shipping) lines.push(`- Shipping to ${shippingRateText(rate)}`);
  if (config.returns) lines.push(`- Returns: ${returnsText(config.returns)}`);
  if (config.policies.shipping) lines.push(`- ${markdownLink('Shipping policy', config.policies.shipping)}`);
  if (config.policies.returns) lines.push(`- ${markdownLink('Return policy', config.policies.returns)}`);
  return lines;
}
