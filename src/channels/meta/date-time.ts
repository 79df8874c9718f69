/**
 * Meta's form of an instant in sale_price_effective_date: `YYYY-MM-DDThh:mm±hh:mm`, "the start time in 24-hour
 * format (00:00 to 23:59) followed by the UTC time zone (-12:00 to +14:00)"
 * (https://developers.facebook.com/docs/commerce-platform/catalog/fields). Meta's own CSV examples also use other
 * shapes, so it may parse more; we write the documented one.
 *
 * The model keeps instants as RFC 3339 text as given (with seconds, maybe fractions, `Z` or an offset). The
 * local date, time and offset are kept as written; only the precision changes. An instant with seconds cannot
 * be written exactly: `round` says which way to move it to a whole minute (a sale should start no earlier and
 * end no later than the shop says). That is integer arithmetic on epoch milliseconds, never on money.
 */
const RFC3339 = /^(\d{4}-\d{2}-\d{2})[Tt](\d{2}):(\d{2})(?::(\d{2})(?:\.(\d+))?)?([Zz]|[+-]\d{2}:\d{2})$/;
const MINUTE_MS = 60_000;

export function metaInstant(value: string, round: 'up' | 'down'): string {
  const match = RFC3339.exec(value);
  if (match) {
    const [, date, hh, mm, ss = '00', fraction = '', zone] = match;
    const offset = zone === 'Z' || zone === 'z' ? '+00:00' : zone!;
    if (ss === '00' && !/[1-9]/.test(fraction)) return `${date}T${hh}:${mm}${offset}`;
    return shifted(Date.parse(value), round, offsetMinutes(offset), offset);
  }
  // Not RFC 3339 (the model should never hold this): write it in UTC if it parses, else as it is.
  const ms = Date.parse(value);
  return Number.isNaN(ms) ? value : shifted(ms, round, 0, '+00:00');
}

function offsetMinutes(offset: string): number {
  const sign = offset.startsWith('-') ? -1 : 1;
  return sign * (Number(offset.slice(1, 3)) * 60 + Number(offset.slice(4, 6)));
}

/** The instant moved to a whole minute, written as local time at the given offset. */
function shifted(ms: number, round: 'up' | 'down', minutes: number, offset: string): string {
  const whole = (round === 'up' ? Math.ceil(ms / MINUTE_MS) : Math.floor(ms / MINUTE_MS)) * MINUTE_MS;
  // The local wall time at the offset, read through the UTC getters.
  const local = new Date(whole + minutes * MINUTE_MS).toISOString();
  return `${local.slice(0, 16)}${offset}`;
}

/**
 * A sale window in Meta's minute precision. The start moves up to a whole minute while the sale is still to
 * come (it must not start early) and down once it is on (it has started; moving it up could put it after the
 * run's instant). The end moves down, unless that would end a sale that is on at the run within this minute:
 * then up, because the feed cannot say "ends in 40 seconds" and the sale is still the price now.
 */
export function metaWindow(start: string, end: string, nowMs: number): string {
  const from = metaInstant(start, Date.parse(start) <= nowMs ? 'down' : 'up');
  const down = metaInstant(end, 'down');
  const to = Date.parse(down) <= nowMs && nowMs < Date.parse(end) ? metaInstant(end, 'up') : down;
  return `${from}/${to}`;
}
