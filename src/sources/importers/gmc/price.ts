import { parseDecimal } from '../../cell-values.js';

/**
 * Google's price format: a number, a space and an ISO 4217 code, "15.00 USD"
 * (https://support.google.com/merchants/answer/6324371; sale_price the same,
 * https://support.google.com/merchants/answer/6324471). The number stays decimal text: the enrich stage
 * turns it into minor units by the currency's exponent and reports a precision the currency does not have.
 */
export type PriceRead =
  | { ok: true; amount: string; currency?: string }
  | { ok: false; expected: string };

/** "15.00 USD" as documented; also without the space ("15.00USD"). The number is read by parseDecimal. */
const AMOUNT_FIRST = /^([0-9.]+)\s*([A-Za-z]{3})$/;
/** "USD 15.00", as some feed generators write it: the same two facts in the other order. */
const CODE_FIRST = /^([A-Za-z]{3})\s*([0-9.]+)$/;

/**
 * Reads a price. Grouping separators and decimal commas ("1,299.00 USD", "15,00 EUR") are refused, not
 * guessed: "1,500" is fifteen hundred in one locale and one and a half in another.
 */
export function readPrice(raw: string): PriceRead {
  const text = raw.trim();
  const [amount, currency] = split(text);
  const decimal = parseDecimal(amount);
  if (!decimal.ok) return { ok: false, expected: 'a number with "." as decimal point, then an ISO 4217 code, like "15.00 USD"' };
  // A bare number, as in Google's old Atom example ("<g:price>25</g:price>"): the currency is not stated.
  return currency === undefined ? { ok: true, amount: decimal.value } : { ok: true, amount: decimal.value, currency: currency.toUpperCase() };
}

function split(text: string): [string, string | undefined] {
  const amountFirst = AMOUNT_FIRST.exec(text);
  if (amountFirst) return [amountFirst[1]!, amountFirst[2]!];
  const codeFirst = CODE_FIRST.exec(text);
  if (codeFirst) return [codeFirst[2]!, codeFirst[1]!];
  return [text, undefined];
}
