/**
 * Google's date-times are ISO 8601, "YYYY-MM-DDThh:mm[±hhmm]" or with "Z"
 * (availability_date: https://support.google.com/merchants/answer/6324470; sale_price_effective_date, two of
 * them joined by "/": https://support.google.com/merchants/answer/6324460, example
 * "2016-02-24T13:00-0800/2016-02-29T15:30-0800"). The canonical model takes RFC 3339
 * (https://www.rfc-editor.org/rfc/rfc3339#section-5.6), which needs seconds and an offset with a colon, so the
 * same instant is rewritten in that form; nothing about it changes.
 */
export type InstantRead =
  | { ok: true; value: string; assumedUtc: boolean }
  | { ok: false };

const CALENDAR_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const DATE_TIME = /^(\d{4})-(\d{2})-(\d{2})[Tt ](\d{2}):(\d{2})(?::(\d{2})(\.\d+)?)?\s*(Z|z|[+-]\d{2}(?::?\d{2})?)?$/;

function validDate(year: number, month: number, day: number): boolean {
  if (month < 1 || month > 12 || day < 1) return false;
  // Day 0 of the next month is the last day of this one.
  return day <= new Date(Date.UTC(year, month, 0)).getUTCDate();
}

function offset(zone: string): string {
  if (zone === 'Z' || zone === 'z') return 'Z';
  const digits = zone.slice(1).replace(':', '');
  return `${zone[0]}${digits.slice(0, 2)}:${digits.length > 2 ? digits.slice(2) : '00'}`;
}

/**
 * Reads one date-time. A calendar date alone stays a calendar date (the enrich stage reads it as 00:00 UTC
 * and says so). A time without an offset is read as UTC and flagged: Google's format shows the offset as
 * optional without saying what a missing one means.
 */
export function readInstant(raw: string): InstantRead {
  const text = raw.trim();
  const date = CALENDAR_DATE.exec(text);
  if (date) return validDate(Number(date[1]), Number(date[2]), Number(date[3])) ? { ok: true, value: text, assumedUtc: false } : { ok: false };
  const m = DATE_TIME.exec(text);
  if (!m) return { ok: false };
  const [, year, month, day, hour, minute, second = '00', fraction = '', zone] = m;
  if (!validDate(Number(year), Number(month), Number(day))) return { ok: false };
  if (Number(hour) > 23 || Number(minute) > 59 || Number(second) > 60) return { ok: false };
  if (zone !== undefined && zone !== 'Z' && zone !== 'z') {
    const digits = zone.slice(1).replace(':', '');
    if (Number(digits.slice(0, 2)) > 23 || (digits.length > 2 && Number(digits.slice(2)) > 59)) return { ok: false };
  }
  const value = `${year}-${month}-${day}T${hour}:${minute}:${second}${fraction}${zone === undefined ? 'Z' : offset(zone)}`;
  return { ok: true, value, assumedUtc: zone === undefined };
}

export type WindowRead =
  | { ok: true; start: string; end: string; assumedUtc: boolean }
  | { ok: false };

/** Reads a sale window, "start/end". Both ends are needed: an ISO 8601 interval of this form has two. */
export function readSaleWindow(raw: string): WindowRead {
  const parts = raw.trim().split('/');
  if (parts.length !== 2) return { ok: false };
  const start = readInstant(parts[0]!);
  const end = readInstant(parts[1]!);
  if (!start.ok || !end.ok) return { ok: false };
  return { ok: true, start: start.value, end: end.value, assumedUtc: start.assumedUtc || end.assumedUtc };
}
