import type { ResolvedShippingRate } from '../../model/resolved-config.js';
import { twoDecimals } from './price-format.js';

export interface ShippingCell {
  /** The cell text, "US:Standard:5.95,CA:Standard:12.00", when at least one rate can be written. */
  value?: string;
  /** Each rate that could not be written, and why. */
  left: Array<{ rate: ResolvedShippingRate; reason: string }>;
}

/**
 * The shipping(country:service:price) cell
 * (https://learn.microsoft.com/en-us/advertising/msa-help/hlp_ba_conc_aboutbingmerchantcentercatalogfile#required-fields):
 * "Each sub-attribute needs to be separate with a colon and each delivery attribute group needs to be separated
 * with a comma"; the price is "Numeric", "two decimal places and no symbols", "submitted in local currency".
 *
 * So a rate is written only when it can be stated exactly: in the item's currency (the cell has no currency;
 * UNCONFIRMED whether "12.99 EUR" would be read), without a region (the format has no region sub-attribute),
 * and with a service name free of ":" and ",". Handling and transit times have no sub-attribute and are not written.
 */
export function shippingCell(rates: readonly ResolvedShippingRate[], currency: string): ShippingCell {
  const groups: string[] = [];
  const left: ShippingCell['left'] = [];
  for (const rate of rates) {
    if (rate.region !== undefined) {
      left.push({ rate, reason: `it applies to region ${rate.region} only, and Microsoft's shipping has no region` });
      continue;
    }
    if (rate.price.currency !== currency) {
      left.push({ rate, reason: `it is in ${rate.price.currency} and the item in ${currency}; Microsoft's shipping price has no currency of its own` });
      continue;
    }
    if (/[:,]/.test(rate.service)) {
      left.push({ rate, reason: `its service name "${rate.service}" holds ":" or ",", which separate Microsoft's shipping values` });
      continue;
    }
    const price = twoDecimals(rate.price.minor, rate.price.currency);
    if (price === undefined) {
      left.push({ rate, reason: 'its price cannot be written with two decimals within 10,000,000' });
      continue;
    }
    groups.push(`${rate.country}:${rate.service}:${price}`);
  }
  return groups.length > 0 ? { value: groups.join(','), left } : { left };
}
