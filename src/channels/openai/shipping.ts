import type { ResolvedShippingRate } from '../../model/resolved-config.js';
import type { Diagnostic } from '../../model/diagnostic.js';
import { formatMoney } from '../../model/money.js';
import { openaiShippingCurrency, openaiShippingNotExpressible } from './rules.js';

const CHANNEL = 'openai';

/** Characters that separate positions (":") and tuples (",") in the shipping field; a value holding one cannot be written. */
const SEPARATOR = /[:,]/;

/**
 * One rate as the shipping tuple `country:region:service_class:price[:min_handling_days:max_handling_days:
 * min_transit_days:max_transit_days]`, with the region position kept empty when there is none
 * ("US::Standard:5.00 USD"). Undefined when the region or service holds a separator: the spec defines no escape.
 *
 * Sources disagree on the form. The "currently stable" fragment
 * (https://developers.openai.com/commerce/specs/file-upload/products-fragments/currently-stable, Fulfillment)
 * documents the eight positions with the day ranges, "omitting fields is allowed", and earlier revisions allowed
 * "multiple entries". The current page (https://developers.openai.com/commerce/specs/file-upload/products#fulfillment)
 * says "exactly `country:region:service_class:price`", that day suffixes are not part of the tuple, and that the
 * field needs feed-specific setup (a standard upload ignores it). We write the fragment's form, as this project
 * decided: the day positions only when the rate has a handling or transit range (empty positions for the one it
 * lacks), several rates comma-separated in config order.
 */
export function shippingTuple(rate: ResolvedShippingRate): string | undefined {
  const region = rate.region ?? '';
  if (SEPARATOR.test(region) || SEPARATOR.test(rate.service) || rate.service.trim() === '') return undefined;
  const base = [rate.country, region, rate.service, formatMoney(rate.price.minor, rate.price.currency)];
  if (!rate.handlingDays && !rate.transitDays) return base.join(':');
  const days = (n: number | undefined) => (n === undefined ? '' : String(n));
  return [...base, days(rate.handlingDays?.min), days(rate.handlingDays?.max), days(rate.transitDays?.min), days(rate.transitDays?.max)].join(':');
}

/**
 * The shipping field for each price currency, built once per currency and run (a per-catalog summary holding
 * one string per currency in use). Findings about the config are reported once, not once per row.
 */
export class ShippingCells {
  private readonly tuples: Array<{ currency: string; tuple: string }> = [];
  private readonly byCurrency = new Map<string, string | undefined>();

  constructor(
    rates: readonly ResolvedShippingRate[],
    private readonly report: (diagnostic: Diagnostic) => void,
  ) {
    rates.forEach((rate, i) => {
      const tuple = shippingTuple(rate);
      if (tuple === undefined) {
        report(
          openaiShippingNotExpressible.diagnostic(
            { channel: CHANNEL },
            { message: `Shipping rate ${i + 1} (${rate.country}, "${rate.service}") has a ":" or "," in its region or service, which the shipping tuple cannot hold; it is left out.`, pointer: `/shipping/${i}`, actual: rate.service },
          ),
        );
        return;
      }
      this.tuples.push({ currency: rate.price.currency, tuple });
    });
  }

  /** The comma-separated tuples priced in `currency`, or undefined when there are none. */
  cell(currency: string): string | undefined {
    if (this.byCurrency.has(currency)) return this.byCurrency.get(currency);
    const same = this.tuples.filter((t) => t.currency === currency);
    const other = this.tuples.filter((t) => t.currency !== currency);
    if (other.length > 0) {
      this.report(
        openaiShippingCurrency.diagnostic(
          { channel: CHANNEL },
          {
            message: `${other.length} shipping rate(s) are priced in another currency than ${currency} prices; rows priced in ${currency} carry only the rates in ${currency}.`,
            actual: [...new Set(other.map((t) => t.currency))],
            expected: currency,
          },
        ),
      );
    }
    const cell = same.length > 0 ? same.map((t) => t.tuple).join(',') : undefined;
    this.byCurrency.set(currency, cell);
    return cell;
  }
}
