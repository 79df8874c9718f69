/**
 * Exact money. An amount is a non-negative safe integer of ISO 4217 minor units (cents for USD, yen for JPY,
 * fils for KWD) held in a `number`. Prices are converted between decimal text and minor units by moving
 * digits around in strings, never by multiplying or dividing floats: `19.99 * 100` is 1998.9999999999998.
 */
import { lookupCurrency } from './currencies.js';

export type ParseAmountFailure = 'format' | 'negative' | 'precision' | 'range' | 'currency';

export type ParseAmountResult =
  | { ok: true; minor: number }
  | { ok: false; reason: ParseAmountFailure; message: string };

/**
 * Plain decimal text: ASCII digits, optionally a "." and more digits, as schema.org asks of prices
 * (https://schema.org/price: "." as decimal point, no readability separators, digits 0-9). No sign, exponent,
 * grouping or spaces, because some consumer reads each of them differently ("1,000" is one thousand in en-US
 * and one in de-DE). "5." and ".5" are refused too, our decision: every example of Google's price format has
 * digits on both sides (https://support.google.com/merchants/answer/6324371, "15.00 USD"), and a dangling
 * point more often means a value cut short than a whole number, so we report it instead of guessing.
 */
const DECIMAL = /^([0-9]+)(?:\.([0-9]+))?$/;

const MAX_SAFE_DIGITS = String(Number.MAX_SAFE_INTEGER); // "9007199254740991"

/**
 * IEEE 754 doubles keep any decimal of up to 15 significant digits exactly through a parse and print
 * (DBL_DIG = 15, https://en.cppreference.com/w/c/types/limits); beyond that, JSON.parse may already have
 * changed the value before we see it, and `String(n)` would hand us the changed digits. A fractional price
 * whose amount in minor units has more digits than this is refused: it may not be what the file says.
 * (Digits JSON.parse drops beyond a double's precision, as in 0.1000000000000000001, cannot be seen at all;
 * prices given as strings have none of these limits.)
 */
const EXACT_DOUBLE_DIGITS = 15;

/**
 * Parses a price given in major units ("15.50" USD) into minor units (1550).
 *
 * Numbers (prices from JSON) are converted with `String(n)`, which prints the shortest decimal that reads
 * back as the same double: 19.99 → "19.99", 0.3 → "0.3", but 0.1 + 0.2 → "0.30000000000000004", which is then
 * refused for precision like any over-long fraction.
 */
export function parseAmount(input: string | number, currency: string): ParseAmountResult {
  const exponent = exponentOrFailure(currency);
  if (typeof exponent !== 'number') return exponent;

  let text: string;
  if (typeof input === 'number') {
    const converted = numberToDecimal(input);
    if (!converted.ok) return converted;
    text = converted.text;
  } else if (typeof input === 'string') {
    text = input;
  } else {
    return fail('format', `A price must be a decimal string or a number, got ${typeof input}.`);
  }

  if (text.startsWith('-') && DECIMAL.test(text.slice(1))) {
    return fail('negative', `Price "${text}" is negative; prices must be zero or more.`);
  }
  const match = DECIMAL.exec(text);
  if (!match) {
    return fail(
      'format',
      `Price ${JSON.stringify(text)} is not a plain decimal; expected digits with an optional "." and ` +
        'digits after it, such as "15" or "15.50", without signs, spaces, exponents or thousands separators.',
    );
  }
  const whole = match[1] ?? '';
  const fraction = match[2] ?? '';

  // Digits past the currency's minor unit are allowed only when they are zeros: "15.000" USD is 15.00.
  const kept = fraction.slice(0, exponent);
  const dropped = fraction.slice(exponent);
  if (/[1-9]/.test(dropped)) {
    return fail(
      'precision',
      `Price "${text}" has more decimals than ${currency} allows (${exponent}); ` +
        `ISO 4217 gives ${currency} ${exponent} minor-unit digits, and rounding a price is not ours to decide.`,
    );
  }

  const digits = stripLeadingZeros(whole + kept.padEnd(exponent, '0'));
  if (!fitsSafeInteger(digits)) {
    return fail(
      'range',
      `Price "${text}" ${currency} is ${digits} minor units, more than the largest exact integer ` +
        `(${MAX_SAFE_DIGITS}).`,
    );
  }
  // Judge the digits of the amount, not of `text`: 90071992547409.91 reads back as 90071992547409.9, which looks
  // short and harmless but has lost a cent. Safe integers are exact whatever their length.
  if (typeof input === 'number' && !Number.isInteger(input) && digits.length > EXACT_DOUBLE_DIGITS) {
    return fail(
      'range',
      `Price ${text} ${currency} has more than ${EXACT_DOUBLE_DIGITS} significant digits, so as a JSON number it ` +
        'may already have been rounded by the JSON parser; give it as a string.',
    );
  }
  // A string of at most 16 digits that fits MAX_SAFE_INTEGER reads back as exactly that integer.
  return { ok: true, minor: Number(digits) };
}

/**
 * Minor units as a decimal in major units with exactly the currency's digits: 1500 USD → "15.00",
 * 1500 JPY → "1500", 1500 KWD → "1.500". Built by padding and slicing the digit string, never by division.
 * Throws on values `parseAmount` can never produce (they are programming errors, not data errors).
 */
export function formatAmount(minor: number, currency: string): string {
  if (!Number.isSafeInteger(minor) || minor < 0) {
    throw new RangeError(`Amount ${String(minor)} is not a non-negative safe integer of minor units.`);
  }
  const exponent = exponentOrFailure(currency);
  if (typeof exponent !== 'number') throw new RangeError(exponent.message);
  // Safe integers print without exponent notation (that starts at 1e21), so this is the plain digit string.
  const digits = String(minor);
  if (exponent === 0) return digits;
  const padded = digits.padStart(exponent + 1, '0');
  return `${padded.slice(0, -exponent)}.${padded.slice(-exponent)}`;
}

/**
 * "15.00 USD": amount, one space, ISO code. The price format of Google Merchant Center
 * (https://support.google.com/merchants/answer/6324371) and of agent feeds that copy it.
 */
export function formatMoney(minor: number, currency: string): string {
  return `${formatAmount(minor, currency)} ${currency}`;
}

function exponentOrFailure(currency: string): number | { ok: false; reason: 'currency'; message: string } {
  const found = lookupCurrency(currency);
  switch (found.status) {
    case 'active':
      return found.exponent;
    case 'no-minor-unit':
      return fail(
        'currency',
        `Currency ${currency} has no minor unit in ISO 4217 ("N.A."), so a price cannot be written in it.`,
      );
    case 'withdrawn':
      return fail(
        'currency',
        `Currency ${currency} has been withdrawn from ISO 4217; it was replaced by ${found.replacedBy} ` +
          '(convert the amount, the rate is not always 1:1).',
      );
    case 'unknown': {
      const upper = currency.toUpperCase();
      const hint = upper !== currency && lookupCurrency(upper).status === 'active' ? `; did you mean ${upper}?` : '';
      return fail(
        'currency',
        `Currency ${JSON.stringify(currency)} is not an active ISO 4217 code${hint}` +
          (hint ? '' : '; expected three upper-case letters such as USD or EUR.'),
      );
    }
  }
}

function numberToDecimal(
  n: number,
): { ok: true; text: string } | { ok: false; reason: ParseAmountFailure; message: string } {
  if (!Number.isFinite(n)) return fail('format', `Price ${String(n)} is not a finite number.`);
  if (n < 0) return fail('negative', `Price ${String(n)} is negative; prices must be zero or more.`);
  // String(-0) is "0", which is what we want.
  const text = String(n);
  if (/e\+/i.test(text)) {
    return fail('range', `Price ${text} is far beyond the largest exact integer (${MAX_SAFE_DIGITS}).`);
  }
  if (/e-/i.test(text)) {
    // JavaScript prints numbers below 1e-6 in exponent form; no currency has 7 or more minor-unit digits.
    return fail(
      'format',
      `Price ${text} is a number in exponent notation; give prices as plain decimals such as "0.99".`,
    );
  }
  return { ok: true, text };
}

function stripLeadingZeros(digits: string): string {
  const stripped = digits.replace(/^0+/, '');
  return stripped === '' ? '0' : stripped;
}

/** Compares digit strings without converting them: equal length strings of digits order like numbers. */
function fitsSafeInteger(digits: string): boolean {
  if (digits.length !== MAX_SAFE_DIGITS.length) return digits.length < MAX_SAFE_DIGITS.length;
  return digits <= MAX_SAFE_DIGITS;
}

function fail<R extends ParseAmountFailure>(reason: R, message: string): { ok: false; reason: R; message: string } {
  return { ok: false, reason, message };
}

/**
 * The inverse of formatMoney: "15.00 USD" (the feeds' price text, https://support.google.com/merchants/answer/6324371)
 * back into minor units, or undefined when it is not that form. For reading agentshelf's own outputs back.
 */
export function parseFormattedMoney(text: string | undefined): { minor: number; currency: string } | undefined {
  const match = text === undefined ? null : /^(\d+(?:\.\d+)?) ([A-Z]{3})$/.exec(text.trim());
  if (!match) return undefined;
  const parsed = parseAmount(match[1]!, match[2]!);
  return parsed.ok ? { minor: parsed.minor, currency: match[2]! } : undefined;
}
