/**
 * Store API prices are strings of integer minor units, with the number of decimals in `currency_minor_unit`
 * ("1999" with 2 is 19.99): https://github.com/woocommerce/woocommerce/blob/trunk/plugins/woocommerce/src/StoreApi/docs/products.md
 * ("Price data provided using the smallest unit of the currency"). `currency_minor_unit` is the store's
 * "Number of decimals" setting, not necessarily the ISO 4217 exponent, so it is used as given and the
 * canonical decimal is then checked against the currency by enrichment.
 *
 * The conversion moves the decimal point in the string: money is never a float.
 */
const INTEGER = /^[0-9]+$/;

/**
 * The largest minor unit accepted: ISO 4217 exponents go up to 4 (https://www.iso.org/iso-4217-currency-codes.html),
 * and a store's "Number of decimals" setting beyond a few is a mistake, not a currency.
 */
export const MAX_MINOR_UNIT = 8;

export function minorUnitsToDecimal(amount: string, minorUnit: number): string | undefined {
  if (!INTEGER.test(amount) || !Number.isInteger(minorUnit) || minorUnit < 0 || minorUnit > MAX_MINOR_UNIT) return undefined;
  const digits = amount.replace(/^0+(?=[0-9])/, '');
  if (minorUnit === 0) return digits;
  const padded = digits.padStart(minorUnit + 1, '0');
  return `${padded.slice(0, -minorUnit)}.${padded.slice(-minorUnit)}`;
}
