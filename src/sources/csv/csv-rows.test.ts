import { describe, expect, it } from 'vitest';
import { readCsvRows, type CsvRow, type CsvRowError } from './csv-rows.js';

async function* chunked(text: string, size: number): AsyncGenerator<string> {
  for (let i = 0; i < text.length; i += size) yield text.slice(i, i + size);
}

async function rows(text: string, size = 1 << 20, delimiter?: ',' | '\t'): Promise<Array<CsvRow | CsvRowError>> {
  const out: Array<CsvRow | CsvRowError> = [];
  for await (const row of readCsvRows(chunked(text, size), delimiter ? { delimiter } : {})) out.push(row);
  return out;
}

const summary = (items: Array<CsvRow | CsvRowError>) =>
  items.map((r) => (r.type === 'row' ? `${r.line}:${JSON.stringify(r.fields)}` : `${r.line}:ERROR`));

describe('readCsvRows', () => {
  const cases: Array<[string, string, string[]]> = [
    ['plain rows', 'a,b\n1,2\n', ['1:["a","b"]', '2:["1","2"]']],
    ['CRLF and no final newline', 'a,b\r\n1,2', ['1:["a","b"]', '2:["1","2"]']],
    ['quoted field with delimiter, quote and newline', 'a,b\n"x, ""y""\nz",2\n3,4\n', ['1:["a","b"]', '2:["x, \\"y\\"\\nz","2"]', '4:["3","4"]']],
    ['empty fields', ',,\n', ['1:["","",""]']],
    ['blank lines are skipped but counted', 'a\n\n\nb\n', ['1:["a"]', '4:["b"]']],
    ['byte order mark', '\ufeffa,b\n', ['1:["a","b"]']],
    ['stray quote after a closed quote spoils one line only', 'a,b\n"x"y,3\n4,5\n', ['1:["a","b"]', '2:ERROR', '3:["4","5"]']],
    ['a quote that never closes spoils its first line only', 'a,b\n1,2\n"open,3\n4,5\n', ['1:["a","b"]', '2:["1","2"]', '3:ERROR', '4:["4","5"]']],
    ['quoted empty field at end', 'a,""\n', ['1:["a",""]']],
  ];
  it.each(cases)('%s', async (_name, text, expected) => {
    expect(summary(await rows(text))).toEqual(expected);
    // The same text fed one character at a time must read the same: chunk edges cannot matter.
    expect(summary(await rows(text, 1))).toEqual(expected);
  });

  it('reads TSV', async () => {
    expect(summary(await rows('id\ttitle\nA1\tTent, 2 person\n', 3, '\t'))).toEqual(['1:["id","title"]', '2:["A1","Tent, 2 person"]']);
  });

  it('reports the line and an excerpt of a broken row', async () => {
    const [, error] = await rows('a,b\n"x"y,3\n');
    expect(error).toMatchObject({ type: 'error', line: 2, excerpt: '"x"y,3' });
  });
});
