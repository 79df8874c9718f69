import { describe, expect, it } from 'vitest';
import {
  codePointLength,
  collapseWhitespace,
  findForbiddenXmlChars,
  removeControlCharacters,
  removeXmlForbiddenChars,
  truncateAtWord,
} from './text.js';

const hasLoneSurrogate = (s: string): boolean => findForbiddenXmlChars(s).some((f) => f.codePoint >= 0xd800 && f.codePoint <= 0xdfff);

describe('codePointLength', () => {
  it.each([
    ['', 0],
    ['abc', 3],
    ['😀', 1],
    ['a😀b', 3],
    ['日本語', 3],
    ['é', 1],
    ['e\u0301', 2],
    ['\uD800', 1],
    ['\uDC00\uD800', 2],
    ['x\uD83D', 2],
    ['👨‍👩‍👧', 5],
  ])('%j has %i code points', (s, expected) => {
    expect(codePointLength(s)).toBe(expected);
    expect(codePointLength(s)).toBe([...s].length);
  });
});

describe('collapseWhitespace', () => {
  it.each([
    ['  Organic   cotton\n\ttee  ', 'Organic cotton tee'],
    ['Line one\r\nLine two', 'Line one Line two'],
    ['10\u00a0kg bag', '10 kg bag'],
    ['a\u2003b\u3000c', 'a b c'],
    ['', ''],
    ['   \n ', ''],
    ['single', 'single'],
    [' leading', 'leading'],
    ['trailing ', 'trailing'],
  ])('%j → %j', (input, expected) => {
    expect(collapseWhitespace(input)).toBe(expected);
  });

  it('returns the input itself when nothing changes', () => {
    const title = 'Already clean title 😀';
    expect(collapseWhitespace(title)).toBe(title);
  });
});

describe('findForbiddenXmlChars', () => {
  it.each([
    ['plain text', []],
    ['tab\tline\ncr\r', []],
    ['emoji 😀 ok', []],
    ['DEL \u007f and C1 \u0085 are XML 1.0 chars', []],
    ['private use \ue000, replacement \ufffd', []],
    ['nul\u0000', [{ index: 3, codePoint: 0 }]],
    ['\u0001\u001f', [{ index: 0, codePoint: 1 }, { index: 1, codePoint: 0x1f }]],
    ['non-characters \ufffe\uffff', [{ index: 15, codePoint: 0xfffe }, { index: 16, codePoint: 0xffff }]],
    ['lone high \ud800x', [{ index: 10, codePoint: 0xd800 }]],
    ['lone low \udc00', [{ index: 9, codePoint: 0xdc00 }]],
    ['reversed \udc00\ud800', [{ index: 9, codePoint: 0xdc00 }, { index: 10, codePoint: 0xd800 }]],
  ])('%j', (input, expected) => {
    expect(findForbiddenXmlChars(input)).toEqual(expected);
  });

  it('stops at the limit', () => {
    expect(findForbiddenXmlChars('\u0001\u0002\u0003', { limit: 2 })).toHaveLength(2);
  });

  it('shares one empty result for clean strings', () => {
    expect(findForbiddenXmlChars('a')).toBe(findForbiddenXmlChars('b'));
  });
});

describe('removeXmlForbiddenChars', () => {
  it.each([
    ['a\u0001b\u0002', 'ab', 2],
    ['\u0000\u0000', '', 2],
    ['keep\ttab\nand\rcr', 'keep\ttab\nand\rcr', 0],
    ['keep DEL \u007f and C1 \u0085', 'keep DEL \u007f and C1 \u0085', 0],
    ['emoji 😀 stays, lone \ud83d goes', 'emoji 😀 stays, lone  goes', 1],
    ['bad end \uffff', 'bad end ', 1],
  ])('%j → %j (%i removed)', (input, value, removed) => {
    expect(removeXmlForbiddenChars(input)).toEqual({ value, removed });
  });

  it('returns the input itself when nothing is removed', () => {
    const s = 'Ünïcödé 😀 text';
    expect(removeXmlForbiddenChars(s).value).toBe(s);
  });
});

describe('removeControlCharacters', () => {
  it.each([
    ['Soft\u0000 cotton\u0007', 'Soft cotton', 2],
    ['tab\tlf\ncr\r', 'tab\tlf\ncr\r', 0],
    ['DEL\u007f', 'DEL', 1],
    ['C1 \u0080\u0085\u009f end', 'C1  end', 3],
    ['nbsp\u00a0kept', 'nbsp\u00a0kept', 0],
    ['private use \ue000 kept', 'private use \ue000 kept', 0],
    ['noncharacters \ufffe\uffff', 'noncharacters ', 2],
    ['lone \ud800 and \udfff', 'lone  and ', 2],
    ['pair 😀 kept', 'pair 😀 kept', 0],
  ])('%j → %j (%i removed)', (input, value, removed) => {
    expect(removeControlCharacters(input)).toEqual({ value, removed });
  });

  it('returns the input itself when nothing is removed', () => {
    const s = 'Clean description.\nSecond line.';
    expect(removeControlCharacters(s).value).toBe(s);
  });

  it('leaves text that is always XML-safe', () => {
    let all = '';
    for (let c = 0; c <= 0xffff; c++) all += String.fromCharCode(c);
    all += '😀\u{10ffff}';
    const { value } = removeControlCharacters(all);
    expect(findForbiddenXmlChars(value)).toEqual([]);
  });
});

describe('truncateAtWord', () => {
  it.each([
    // [input, max, ellipsis, expected]
    ['Hello world', 20, undefined, 'Hello world'],
    ['Hello world', 11, undefined, 'Hello world'],
    ['The quick brown fox jumps', 18, undefined, 'The quick brown'],
    // The word ends exactly at the limit: no need to drop it.
    ['The quick brown fox', 15, undefined, 'The quick brown'],
    ['Red, green, blue and more', 11, undefined, 'Red, green'],
    ['Cotton; linen: wool', 14, undefined, 'Cotton; linen'],
    ['First line\nSecond line', 12, undefined, 'First line'],
    ['The quick brown fox jumps', 18, '…', 'The quick brown…'],
    ['The quick brown fox jumps', 18, '...', 'The quick brown...'],
    // The last space (after "quick") is outside the last 25% of the 14-character budget: hard cut.
    ['The quick brown fox jumps', 17, '...', 'The quick brow...'],
    // No whitespace in the last 25% of the limit: hard cut.
    ['Supercalifragilisticexpialidocious is long', 10, undefined, 'Supercalif'],
    ['ab cdefghijklmnop', 10, undefined, 'ab cdefghi'],
    // CJK without spaces: hard cut by code points.
    ['日本語のテキストは空白がありません', 5, undefined, '日本語のテ'],
    ['日本語のテキストは空白がありません', 5, '…', '日本語の…'],
    // A no-break space is not a break opportunity.
    ['aaaaaaaaaa 10\u00a0kgs', 14, undefined, 'aaaaaaaaaa'],
    // Emoji at the boundary: counted as one, never split.
    ['abcd😀efgh', 5, undefined, 'abcd😀'],
    ['ab😀😀😀', 3, undefined, 'ab😀'],
    ['ab😀😀😀', 4, '…', 'ab😀…'],
    // ZWJ sequence, combining accent and flag pairs are not torn apart.
    ['ab👨‍👩‍👧', 4, undefined, 'ab'],
    ['cafe\u0301s', 4, undefined, 'caf'],
    ['ab🇩🇪🇫🇷', 3, undefined, 'ab'],
    ['ab🇩🇪🇫🇷', 4, undefined, 'ab🇩🇪'],
    // Degenerate limits.
    ['Hello world', 0, undefined, ''],
    ['Hello world', 1, '…', '…'],
    ['Hello world', 2, '...', '..'],
    // Only separators before the cut: keep the raw cut rather than return nothing.
    ['-----------', 5, undefined, '-----'],
  ])('%j to %i (ellipsis %j) → %j', (input, max, ellipsis, expected) => {
    const result = truncateAtWord(input, max, ellipsis === undefined ? undefined : { ellipsis });
    expect(result.value).toBe(expected);
    expect(result.truncated).toBe(expected !== input);
    expect(codePointLength(result.value)).toBeLessThanOrEqual(max);
  });

  it('returns the input itself when it fits', () => {
    const s = 'Fits 😀';
    expect(truncateAtWord(s, 6).value).toBe(s);
  });

  it('never splits a surrogate pair at any limit', () => {
    const s = 'x😀'.repeat(50);
    for (let max = 0; max <= 101; max++) {
      const { value } = truncateAtWord(s, max, { ellipsis: '…' });
      expect(hasLoneSurrogate(value)).toBe(false);
      expect(codePointLength(value)).toBeLessThanOrEqual(max);
    }
  });

  it('cuts a long description at a word near the 5,000-character Google limit', () => {
    // https://support.google.com/merchants/answer/6324468: description max 5,000 characters.
    const words = ['organic', 'cotton', 'relaxed', 'fit,', 'machine-washable;', 'naïve', 'tee', '😀', 'lightweight'];
    let text = '';
    for (let i = 0; text.length < 6500; i++) text += `${words[i % words.length]} `;
    const { value, truncated } = truncateAtWord(text, 5000, { ellipsis: '…' });
    expect(truncated).toBe(true);
    const length = codePointLength(value);
    expect(length).toBeLessThanOrEqual(5000);
    expect(length).toBeGreaterThan(4900);
    expect(value.endsWith('…')).toBe(true);
    const body = value.slice(0, -1);
    // Cut at a word boundary, with the dangling separator trimmed.
    expect(text.startsWith(body)).toBe(true);
    expect(text.charAt(body.length)).toMatch(/[\s,;]/);
    expect(body).not.toMatch(/[\s,;]$/);
  });
});
