/**
 * Instants in the model are RFC 3339 strings. A bare calendar date is read as the start of that day in UTC:
 * feeds need an offset (https://support.google.com/merchants/answer/6324470), and the shop has not given one.
 */
export interface NormalizedInstant {
  value: string;
  /** Milliseconds since the epoch, for comparisons (dates are not money: a float is fine here). */
  epochMs: number;
  assumedUtc: boolean;
}

const CALENDAR_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** RFC 3339 allows a leap second (second 60), which Date.parse rejects. */
const LEAP_SECOND = /^(\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:)60/i;

export function normalizeInstant(value: string): NormalizedInstant {
  if (CALENDAR_DATE.test(value)) {
    const iso = `${value}T00:00:00Z`;
    return { value: iso, epochMs: Date.parse(iso), assumedUtc: true };
  }
  if (LEAP_SECOND.test(value)) return { value, epochMs: Date.parse(value.replace(LEAP_SECOND, '$159')) + 1000, assumedUtc: false };
  return { value, epochMs: Date.parse(value), assumedUtc: false };
}
