import { describe, expect, it } from 'vitest';
import { hasTsvBreaks, tsvField } from './tsv.js';

describe('tsvField', () => {
  it.each([
    ['plain', 'plain', false],
    ['a\tb', 'a b', true],
    ['para one\n\npara two', 'para one para two', true],
    ['windows\r\nline', 'windows line', true],
    ['line\u2028separator\u2029too', 'line separator too', true],
    ['vertical\vtab, form\ffeed, NEL\x85', 'vertical tab, form feed, NEL ', true],
    ['quotes "stay" as they are, commas too', 'quotes "stay" as they are, commas too', false],
  ])('%j → %j', (text, expected, breaks) => {
    expect(tsvField(text)).toBe(expected);
    expect(hasTsvBreaks(text)).toBe(breaks);
  });
});
