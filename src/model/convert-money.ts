import { currencyExponent } from './currencies.js';
import type { Money } from './resolved.js';

/**
 * Converts an amount between currencies by a fixed decimal rate, exactly: integer minor units times the rate
 * as a fraction, in BigInt, rounded once, half up, to the target currency's ISO 4217 minor unit. No float
 * ever touches the amount.
 */
export function convertMoney(amount: Money, to: { currency: string; rate: string }): Money {
  const fromExponent = currencyExponent(amount.currency);
  const toExponent = currencyExponent(to.currency);
  if (fromExponent === undefined || toExponent === undefined) throw new RangeError(`Cannot convert ${amount.currency} to ${to.currency}: unknown currency.`);
  const match = /^(\d+)(?:\.(\d+))?$/.exec(to.rate);
  if (!match) throw new RangeError(`The rate ${to.rate} is not a decimal number.`);
  const fraction = match[2] ?? '';
  const rateUnits = BigInt(match[1]! + fraction);
  // minor_to = minor_from × rate × 10^toExp / 10^fromExp, with rate = rateUnits / 10^fraction.length
  const numerator = BigInt(amount.minor) * rateUnits * 10n ** BigInt(toExponent);
  const denominator = 10n ** BigInt(fraction.length + fromExponent);
  const rounded = (numerator * 2n + denominator) / (denominator * 2n);
  if (rounded > BigInt(Number.MAX_SAFE_INTEGER)) throw new RangeError('The converted amount is too large to hold exactly.');
  return { minor: Number(rounded), currency: to.currency };
}
