import { parseDecimal } from '../../cell-values.js';

/**
 * A price as Shopify states it: a CSV cell ("24.00", ".5") or a products.json value (a string there, a number in
 * older payloads). Returns the canonical decimal string (schemas/product.schema.json, $defs/Decimal), or
 * `invalid` when the value is not a plain non-negative number. Numbers never pass through arithmetic.
 */
export function readDecimal(raw: unknown): { value?: string; invalid?: true } {
  if (raw === undefined || raw === null) return {};
  const text = typeof raw === 'number' && Number.isFinite(raw) ? String(raw) : typeof raw === 'string' ? raw.trim() : undefined;
  if (text === '') return {};
  if (text === undefined) return { invalid: true };
  const parsed = parseDecimal(text);
  return parsed.ok ? { value: parsed.value } : { invalid: true };
}

/** Compares two decimal strings of DECIMAL's form exactly: -1, 0 or 1. */
export function compareDecimal(a: string, b: string): number {
  const [ai = '', af = ''] = a.split('.');
  const [bi = '', bf = ''] = b.split('.');
  const aInt = ai.replace(/^0+(?=\d)/, '');
  const bInt = bi.replace(/^0+(?=\d)/, '');
  if (aInt.length !== bInt.length) return aInt.length < bInt.length ? -1 : 1;
  if (aInt !== bInt) return aInt < bInt ? -1 : 1;
  const width = Math.max(af.length, bf.length);
  const aFrac = af.padEnd(width, '0');
  const bFrac = bf.padEnd(width, '0');
  return aFrac === bFrac ? 0 : aFrac < bFrac ? -1 : 1;
}
