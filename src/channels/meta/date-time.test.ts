import { describe, expect, it } from 'vitest';
import { metaInstant, metaWindow } from './date-time.js';

describe('metaInstant', () => {
  it.each([
    ['2026-11-20T00:00:00-05:00', 'up', '2026-11-20T00:00-05:00'],
    ['2026-12-18T00:00:00Z', 'down', '2026-12-18T00:00+00:00'],
    ['2026-12-18T00:00:00.000Z', 'up', '2026-12-18T00:00+00:00'],
    ['2026-11-20T09:30+05:30', 'up', '2026-11-20T09:30+05:30'],
    // Seconds cannot be written: a start moves later, an end earlier, in the offset as given.
    ['2026-12-02T23:59:59-05:00', 'down', '2026-12-02T23:59-05:00'],
    ['2026-12-31T23:59:30+01:00', 'up', '2027-01-01T00:00+01:00'],
    ['2026-12-01T08:00:00.5Z', 'up', '2026-12-01T08:01+00:00'],
    ['2026-06-30T23:59:59.999-07:00', 'down', '2026-06-30T23:59-07:00'],
    ['not a date', 'down', 'not a date'],
  ] as const)('%s (%s) → %s', (value, round, expected) => {
    expect(metaInstant(value, round)).toBe(expected);
    if (expected !== 'not a date') expect(Number.isNaN(Date.parse(expected))).toBe(false);
  });
});

describe('metaWindow', () => {
  const NOW = Date.parse('2026-06-15T12:00:30Z');
  it.each([
    ['a sale still to come starts no earlier', '2026-06-15T12:05:10Z', '2026-06-20T00:00:40Z', '2026-06-15T12:06+00:00/2026-06-20T00:00+00:00'],
    ['a sale on now keeps its start before the run', '2026-06-15T12:00:10Z', '2026-06-20T00:00:40Z', '2026-06-15T12:00+00:00/2026-06-20T00:00+00:00'],
    ['a sale ending within this minute is still on at the run', '2026-06-01T00:00:00Z', '2026-06-15T12:00:45Z', '2026-06-01T00:00+00:00/2026-06-15T12:01+00:00'],
    ['whole minutes stay as they are', '2026-06-01T08:00:00-04:00', '2026-06-30T23:59:00-04:00', '2026-06-01T08:00-04:00/2026-06-30T23:59-04:00'],
  ])('%s', (_, start, end, expected) => {
    const window = metaWindow(start, end, NOW);
    expect(window).toBe(expected);
    // What Meta reads back agrees with the model about whether the sale is on at the run.
    const [from, to] = window.split('/').map((t) => Date.parse(t));
    expect(from! <= NOW && NOW < to!).toBe(Date.parse(start) <= NOW && NOW < Date.parse(end));
  });
});
