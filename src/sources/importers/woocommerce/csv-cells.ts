/**
 * How WooCommerce's product CSV exporter writes cells, read back. Sources: the exporter
 * (plugins/woocommerce/includes/export/class-wc-product-csv-exporter.php and abstract-wc-csv-exporter.php),
 * the importer that reads the same files (includes/import/class-wc-product-csv-importer.php), and the schema
 * https://github.com/woocommerce/woocommerce/wiki/Product-CSV-Import-Schema.
 */

/**
 * The exporter prefixes text that starts with = + - @ tab or CR with an apostrophe, against formula
 * injection (https://owasp.org/www-community/attacks/CSV_Injection); its importer strips it again.
 */
export function unescapeCell(value: string): string {
  return /^'[=+\-@\t\r]/.test(value) ? value.slice(1) : value;
}

/**
 * Lists (Categories, Tags, Images, attribute values) are joined with ", " and a comma inside a value is
 * written as "\,".
 */
export function splitList(value: string): string[] {
  const out: string[] = [];
  let current = '';
  for (let i = 0; i < value.length; i++) {
    const c = value[i]!;
    if (c === '\\' && value[i + 1] === ',') {
      current += ',';
      i++;
    } else if (c === ',') {
      out.push(current);
      current = '';
    } else {
      current += c;
    }
  }
  out.push(current);
  return out.map((v) => v.trim()).filter((v) => v !== '');
}

/**
 * Since WooCommerce 3.5.4 the exporter writes a line break in a description as the two characters "\n",
 * and a literal "\n" of the text as "\\n". Older exports (and hand-edited files) carry real line breaks
 * inside quoted cells, which are kept as they are.
 */
export function decodeDescription(value: string): string {
  return value.replace(/\\\\n|\\n/g, (match) => (match.length === 3 ? '\\n' : '\n'));
}

/** A category path "Clothing > Hoodies", normalized to the canonical " > " separator. */
export function categoryPath(value: string): string {
  return value
    .split('>')
    .map((level) => level.trim())
    .filter((level) => level !== '')
    .join(' > ');
}

export interface WooDate {
  /** The calendar date, YYYY-MM-DD. */
  date: string;
  /** Seconds into the day, when a time was written. */
  seconds?: number;
}

/** The exporter writes dates as "Y-m-d G:i:s" (hour without a leading zero) in the store's time zone. */
export function readWooDate(value: string): WooDate | undefined {
  const m = /^(\d{4})-(\d{2})-(\d{2})(?:[ T](\d{1,2}):(\d{2})(?::(\d{2}))?)?$/.exec(value);
  if (!m) return undefined;
  const [, y, mo, d, h, mi, s] = m;
  const date = `${y}-${mo}-${d}`;
  const epoch = Date.UTC(Number(y), Number(mo) - 1, Number(d));
  if (new Date(epoch).toISOString().slice(0, 10) !== date) return undefined;
  if (h === undefined) return { date };
  const seconds = Number(h) * 3600 + Number(mi) * 60 + Number(s ?? 0);
  if (Number(h) > 23 || Number(mi) > 59 || Number(s ?? 0) > 59) return undefined;
  return { date, seconds };
}

export function addDays(date: string, days: number): string {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(y, m - 1, d + days)).toISOString().slice(0, 10);
}

const END_OF_DAY = 23 * 3600 + 59 * 60 + 59;

export interface SaleBound {
  /** A calendar date; enrichment reads it as 00:00 UTC and reports that it did. */
  value: string;
  /** The written time fell inside a day and the bound was moved to a whole day inside the window. */
  rounded: boolean;
}

/**
 * "Date sale price starts" is the start of its day (schema: "Date (start of day)"): the calendar date.
 * A time later in the day moves the start to the next day, so the window only shrinks.
 */
export function saleStart(date: WooDate): SaleBound {
  if (date.seconds === undefined || date.seconds === 0) return { value: date.date, rounded: false };
  return { value: addDays(date.date, 1), rounded: true };
}

/**
 * "Date sale price ends" is the end of its day (schema: "Date (end of day)"; the admin stores 23:59:59).
 * The canonical end is exclusive, so the sale ends at the start of the next day. A time earlier in the day
 * ends it at the start of that day instead, so the window only shrinks.
 */
export function saleEnd(date: WooDate): SaleBound {
  if (date.seconds === undefined || date.seconds === END_OF_DAY) return { value: addDays(date.date, 1), rounded: false };
  return { value: date.date, rounded: true };
}

/**
 * Moves the decimal point of a non-negative decimal string: metres to centimetres (2), millimetres to
 * centimetres (-1). String arithmetic, so 0.1 m is exactly 10 cm.
 */
export function shiftDecimal(value: string, places: number): number {
  const [int = '0', frac = ''] = value.split('.');
  let digits = int + frac;
  let point = int.length + places;
  if (point < 0) {
    digits = '0'.repeat(-point) + digits;
    point = 0;
  }
  if (point > digits.length) digits = digits.padEnd(point, '0');
  return Number(`${digits.slice(0, point) || '0'}.${digits.slice(point) || '0'}`);
}
