import { formatAmount } from '../../model/money.js';
import { MICROSOFT_LIMITS } from './limits.js';

/**
 * An amount as Microsoft writes prices: "Use two decimal places and no symbols", "0.00 to 10000000.00"
 * (https://learn.microsoft.com/en-us/advertising/msa-help/hlp_ba_conc_aboutbingmerchantcentercatalogfile#required-fields).
 * Built from the model's exact decimal text by padding or dropping digits, never by arithmetic: 1500 JPY →
 * "1500.00", 1550 USD → "15.50", 1500 KWD → "1.50". A currency with three minor digits whose last digit is not 0
 * (1.505 KWD) cannot be written in two places without rounding, and a price above the range cannot be written at
 * all: both give undefined, and the caller leaves the item out.
 */
export function twoDecimals(minor: number, currency: string): string | undefined {
  const [whole = '0', fraction = ''] = formatAmount(minor, currency).split('.');
  const places = MICROSOFT_LIMITS.priceDecimals;
  if (fraction.length > places && /[1-9]/.test(fraction.slice(places))) return undefined;
  const kept = fraction.slice(0, places).padEnd(places, '0');
  // `whole` is the digit string of a safe integer, so Number() is exact.
  const major = Number(whole);
  if (major > MICROSOFT_LIMITS.maxPriceMajor || (major === MICROSOFT_LIMITS.maxPriceMajor && /[1-9]/.test(kept))) return undefined;
  return `${whole}.${kept}`;
}

/** price: "Number plus currency (per ISO 4217)", as in the example "23.99 USD" (same page, #required-fields). */
export function priceText(minor: number, currency: string): string | undefined {
  const amount = twoDecimals(minor, currency);
  return amount === undefined ? undefined : `${amount} ${currency}`;
}
