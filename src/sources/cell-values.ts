/**
 * One reading of cell values for every importer (Shopify, WooCommerce, Google TSV, canonical CSV), as the
 * platforms and spreadsheets really write them: surrounding spaces, ".5" and "1." for 0.5 and 1, a unit after
 * the number where the header names it ("0.5 kg" under "Weight (kg)"), booleans as 1/0, yes/no or
 * true/false in any case. What cannot be read for certain is refused, never guessed: "1,299.00" is a
 * thousands separator in one locale and a decimal comma in another, so a comma is read only where the
 * platform documents it as the decimal separator.
 */

export type Parsed<T> = { ok: true; value: T } | { ok: false; expected: string };

export interface DecimalOptions {
  /** The platform writes "," as its decimal separator (WooCommerce's localized prices). */
  decimalComma?: boolean;
  /** Units the header names for the column; a cell may repeat one after the number ("0.5 kg"). */
  units?: readonly string[];
}

const DECIMAL = /^([0-9]*)(?:\.([0-9]*))?$/;

/**
 * A non-negative decimal as the canonical model writes it (schemas/product.schema.json $defs/Decimal):
 * ".5" becomes "0.5", "1." becomes "1", "007.50" stays as written but for the leading zeros. The digits
 * are kept as text, so a price never passes through a float.
 */
export function parseDecimal(raw: string, options: DecimalOptions = {}): Parsed<string> {
  const expected = `a non-negative number such as 12.5${options.units?.length ? `, optionally followed by ${options.units.join(' or ')}` : ''}`;
  let text = raw.trim();
  if (options.units && options.units.length > 0) {
    const unit = /^(.*?)\s*([A-Za-z]+)$/.exec(text);
    if (unit && options.units.some((u) => u.toLowerCase() === unit[2]!.toLowerCase())) text = unit[1]!;
  }
  if (options.decimalComma && /^[0-9]*,[0-9]*$/.test(text)) text = text.replace(',', '.');
  const m = DECIMAL.exec(text);
  if (!m) return { ok: false, expected };
  const int = m[1]!;
  const frac = m[2] ?? '';
  if (int === '' && frac === '') return { ok: false, expected };
  const whole = int.replace(/^0+(?=[0-9])/, '') || '0';
  return { ok: true, value: frac === '' ? whole : `${whole}.${frac}` };
}

/**
 * A whole number, negative allowed (stock below zero after backorders). "5.0" and "5." are 5, as
 * spreadsheets write integers; "5.5" is not a whole number.
 */
export function parseInteger(raw: string): Parsed<number> {
  const expected = 'a whole number';
  const m = /^(-?)([0-9]+)(?:\.0*)?$/.exec(raw.trim());
  if (!m) return { ok: false, expected };
  const value = Number(m[2]);
  if (!Number.isSafeInteger(value)) return { ok: false, expected };
  return { ok: true, value: m[1] === '-' && value !== 0 ? -value : value };
}

const TRUE = new Set(['1', 'true', 'yes']);
const FALSE = new Set(['0', 'false', 'no']);

/** 1/0, true/false, yes/no, in any case; nothing looser ("y", "on"), which no platform writes. */
export function parseBoolean(raw: string): Parsed<boolean> {
  const text = raw.trim().toLowerCase();
  if (TRUE.has(text)) return { ok: true, value: true };
  if (FALSE.has(text)) return { ok: true, value: false };
  return { ok: false, expected: '1 or 0, true or false, yes or no' };
}
