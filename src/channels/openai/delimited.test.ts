import { describe, expect, it } from 'vitest';
import { parse } from 'csv-parse/sync';
import type { OpenAiRow } from './columns.js';
import { OPENAI_COLUMNS } from './columns.js';
import { cellText, csvField, delimitedHeader, delimitedRow } from './delimited.js';

describe('cellText', () => {
  it.each([
    [undefined, ''],
    ['Black', 'Black'],
    [true, 'true'],
    [false, 'false'],
    [30, '30'],
    [['https://x.example/a.jpg', 'https://x.example/b,c.jpg'], 'https://x.example/a.jpg,https://x.example/b%2Cc.jpg'],
    [['US', 'CA'], 'US,CA'],
    [{ color: 'Black', size: '10 "wide"' }, '{"color":"Black","size":"10 \\"wide\\""}'],
  ])('%j → %j', (value, expected) => {
    expect(cellText(value)).toBe(expected);
  });
});

describe('csvField (RFC 4180)', () => {
  it.each([
    ['plain', 'plain'],
    ['', ''],
    ['a, b', '"a, b"'],
    ['say "hi"', '"say ""hi"""'],
    ['two\nlines', '"two\nlines"'],
    ['cr\rlf', '"cr\rlf"'],
    ['tab\tkept', 'tab\tkept'],
  ])('%j → %j', (text, expected) => {
    expect(csvField(text)).toBe(expected);
  });
});

describe('delimited rows', () => {
  const row = {
    item_id: 'A,1',
    title: 'Mug "Blue"\tlarge',
    description: 'Line one\nLine two',
    url: 'https://x.example/p?a=1&b=2',
    brand: 'Northline',
    seller_name: 'Northline',
    image_url: 'https://x.example/i.jpg',
    availability: 'in_stock',
    price: '18.00 USD',
    is_eligible_search: true,
    is_eligible_checkout: false,
    variant_dict: { color: 'Blue, dark' },
    group_id: 'A',
    listing_has_variations: true,
  } as OpenAiRow;

  it('writes one header and one record per row, with every column', () => {
    expect(delimitedHeader('csv')).toBe(`${OPENAI_COLUMNS.join(',')}\r\n`);
    expect(delimitedHeader('tsv')).toBe(`${OPENAI_COLUMNS.join('\t')}\n`);
    // The title's tab became a space, so a record has exactly one cell per column.
    expect(delimitedRow(row, 'tsv').split('\t')).toHaveLength(OPENAI_COLUMNS.length);
    expect(delimitedRow(row, 'csv').endsWith('\r\n')).toBe(true);
  });

  it('round-trips a CSV record through an RFC 4180 parser', () => {
    const [parsed] = parse(delimitedHeader('csv') + delimitedRow(row, 'csv'), { columns: true }) as Array<Record<string, string>>;
    expect(parsed).toMatchObject({ item_id: 'A,1', title: 'Mug "Blue"\tlarge', description: 'Line one\nLine two', variant_dict: '{"color":"Blue, dark"}', is_eligible_search: 'true', is_eligible_checkout: 'false', sale_price: '' });
  });

  it('keeps a TSV record on one line with one cell per column', () => {
    const record = delimitedRow(row, 'tsv');
    expect(record.endsWith('\n')).toBe(true);
    expect(record.slice(0, -1)).not.toMatch(/[\r\n]/);
    const [parsed] = parse(delimitedHeader('tsv') + record, { columns: true, delimiter: '\t', quote: false }) as Array<Record<string, string>>;
    expect(parsed).toMatchObject({ item_id: 'A,1', title: 'Mug "Blue" large', description: 'Line one Line two', variant_dict: '{"color":"Blue, dark"}' });
  });
});
