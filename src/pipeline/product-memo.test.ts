import { describe, expect, it } from 'vitest';
import { decodeRecord, encodeRecord, validity } from './product-memo.js';

const NOW = Date.parse('2026-11-25T12:00:30Z');
const at = (iso: string) => Date.parse(iso);

describe('how long a rendering holds', () => {
  it.each([
    ['no instant', '{"title":"Tent"}', [null, null]],
    ['a sale that ended', '{"sale":{"endsAt":"2026-11-01T00:00:00Z"}}', [at('2026-11-01T00:00:00Z'), null]],
    ['a sale to come', '{"sale":{"startsAt":"2026-12-01T00:00:00Z"}}', [null, at('2026-12-01T00:00:00Z')]],
    ['a sale on now', '{"startsAt":"2026-11-20T00:00:00Z","endsAt":"2026-12-02T23:59:59Z"}', [at('2026-11-20T00:00:00Z'), at('2026-12-02T23:59:00Z')]],
    // Meta rounds to whole minutes: the minute the run is in bounds the span on both sides.
    ['an end within this minute', '{"endsAt":"2026-11-25T12:00:45Z"}', [at('2026-11-25T12:00:00Z'), at('2026-11-25T12:00:45Z')]],
    ['an instant with an offset', '{"availabilityDate":"2026-11-25T14:00:00+02:00"}', [at('2026-11-25T12:00:00Z'), null]],
    ['a date without a time (not compared with the run)', '{"releaseDate":"2026-12-01"}', [null, null]],
  ] as const)('%s', (_name, json, expected) => {
    expect(validity(json, NOW)).toEqual(expected);
  });
});

describe('a cached record', () => {
  it('reads back as it was written: rendered text of every shape, findings, and validity', () => {
    const long = (s: string) => s.repeat(40);
    const record = {
      v: [Date.parse('2026-11-20T00:00:00Z'), null] as [number, null],
      c: {
        google: [{ feeds: [long('<item>"Zürich" & 日本</item>'), ''], items: 2, skipped: 0 }, []],
        openai: [{ rows: [[long('{"id":"a"}'), long('a\tb')], ['short', long('ü')]], skipped: 1 }, [{ ruleId: 'openai/x', severity: 'warning', kind: 'problem', message: long('m'), actual: { a: 1 } }]],
        jsonld: [{ path: 'jsonld/a.jsonld', text: long('{"@type":"Product"}') }, []],
      },
    };
    expect(decodeRecord(encodeRecord(record as never))).toEqual(record);
  });

  it('is refused when cut short', () => {
    const bytes = encodeRecord({ v: [null, null], c: { acp: [{ text: 'x'.repeat(500), items: 1, skipped: 0 }, []] } });
    expect(() => decodeRecord(bytes.subarray(0, bytes.length - 10))).toThrow();
  });
});
