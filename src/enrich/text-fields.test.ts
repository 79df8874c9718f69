import { describe, expect, it } from 'vitest';
import { cleanDescription, cleanLine, findReplacementCharacters } from './text-fields.js';

describe('cleanLine', () => {
  it.each<[string, string, string, number, boolean]>([
    ['clean text is kept', 'Summit Down Jacket', 'Summit Down Jacket', 0, false],
    ['a BEL control character', 'Summit\u0007 Jacket', 'Summit Jacket', 1, false],
    ['NUL and SOH', 'A\u0000\u0001B', 'AB', 2, false],
    ['DEL', 'A\u007fB', 'AB', 1, false],
    ['a C1 control', 'A\u0085B', 'AB', 1, false],
    ['a noncharacter', 'A\uffffB', 'AB', 1, false],
    ['a lone surrogate', 'A\ud800B', 'AB', 1, false],
    ['an emoji is kept', 'Mug \u{1F375}', 'Mug \u{1F375}', 0, false],
    ['a double space', 'Summit  Jacket', 'Summit Jacket', 0, true],
    ['a line break', 'Summit\nJacket', 'Summit Jacket', 0, true],
    ['a CRLF', 'Summit\r\nJacket', 'Summit Jacket', 0, true],
    ['a tab', 'Summit\tJacket', 'Summit Jacket', 0, true],
    ['surrounding spaces are trimmed without counting as folding', '  Summit Jacket ', 'Summit Jacket', 0, false],
    ['a control character between spaces leaves a double space to fold', 'Summit \u0007 Jacket', 'Summit Jacket', 1, true],
    ['both at once', 'Summit\u0000\n\nJacket\u0001', 'Summit Jacket', 2, true],
  ])('%s', (_, raw, value, controlRemoved, whitespaceFolded) => {
    expect(cleanLine(raw)).toEqual({ value, controlRemoved, whitespaceFolded });
  });
});

describe('cleanDescription: plain text', () => {
  it.each<[string, string, string, number]>([
    ['kept as given', 'Warm and light.', 'Warm and light.', 0],
    ['line breaks are kept', 'Warm.\nLight.\n\nPackable.', 'Warm.\nLight.\n\nPackable.', 0],
    ['trimmed at the ends', '  Warm and light.\n', 'Warm and light.', 0],
    ['operators are not HTML', 'Fits 5 < x > 3 & more', 'Fits 5 < x > 3 & more', 0],
    ['control characters removed', 'Warm\u0007 and\u0000 light.', 'Warm and light.', 2],
  ])('%s', (_, raw, text, controlRemoved) => {
    const result = cleanDescription(raw);
    expect(result).toEqual({ text, controlRemoved });
    expect(result).not.toHaveProperty('html');
  });
});

describe('cleanDescription: HTML', () => {
  it.each<[string, string, string]>([
    ['tags', '<p>Warm and <strong>light</strong>.</p>', 'Warm and light.'],
    ['a character reference', 'Salt &amp; Pepper', 'Salt & Pepper'],
    ['a list', '<ul><li>Warm</li><li>Light</li></ul>', 'Warm'],
  ])('%s: text made, HTML kept', (_, raw, fragment) => {
    const result = cleanDescription(raw);
    expect(result.html).toBe(raw);
    expect(result.text).toContain(fragment);
    expect(result.text).not.toMatch(/<\/?[a-z]+>/);
    expect(result.controlRemoved).toBe(0);
  });

  it('paragraphs become separate lines', () => {
    const { text } = cleanDescription('<p>Warm.</p><p>Light.</p>');
    expect(text.split(/\n+/)).toEqual(['Warm.', 'Light.']);
  });

  it('control characters are removed from the HTML and from the text, and counted', () => {
    const result = cleanDescription('  <p>Warm\u0007 and light.</p>\n');
    expect(result).toEqual({ text: 'Warm and light.', html: '<p>Warm and light.</p>', controlRemoved: 1 });
  });

  it('a control character written as a character reference is removed from the text and counted', () => {
    const result = cleanDescription('<p>Warm&#1; and light.</p>');
    expect(result.text).toBe('Warm and light.');
    expect(result.controlRemoved).toBe(1);
    // The kept HTML is sanitized, and the sanitizer writes the reference out as a character: it goes too.
    expect(result.html).toBe('<p>Warm and light.</p>');
  });
});

describe('findReplacementCharacters', () => {
  it.each<[string, string, { count: number; around: string } | undefined]>([
    ['clean text', 'Café Mug ☕', undefined],
    ['one', 'Caf\uFFFD Mug', { count: 1, around: 'Caf\uFFFD Mug' }],
    ['several, shown around the first', `${'x'.repeat(40)}\uFFFD\uFFFD${'y'.repeat(40)}\uFFFD`, { count: 3, around: `${'x'.repeat(30)}\uFFFD\uFFFD${'y'.repeat(28)}` }],
    ['an emoji is not one', '🏕️ Tent', undefined],
  ])('%s', (_, text, expected) => {
    expect(findReplacementCharacters(text)).toEqual(expected);
  });
});
