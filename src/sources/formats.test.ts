import { describe, expect, it } from 'vitest';
import { AgentshelfError } from '../model/errors.js';
import { testReadContext } from '../test-support/read-context.js';
import { detectFormat, formatByName, INPUT_FORMATS } from './formats.js';
import type { SourceItem } from './source-item.js';

async function* once(text: string): AsyncGenerator<string> {
  yield text;
}

async function collect(items: AsyncIterable<SourceItem>): Promise<SourceItem[]> {
  const out: SourceItem[] = [];
  for await (const item of items) out.push(item);
  return out;
}

function thrown(fn: () => unknown): unknown {
  try {
    fn();
  } catch (error) {
    return error;
  }
  throw new Error('expected the call to throw');
}

describe('detectFormat by file name', () => {
  // The sample contradicts the extension on purpose: the extension wins.
  const SAMPLE = 'not, what, the, name, says\n';
  it.each([
    ['catalog.json', 'json'],
    ['catalog.ndjson', 'ndjson'],
    ['catalog.jsonl', 'ndjson'],
    ['catalog.csv', 'csv'],
    ['catalog.tsv', 'tsv'],
    ['catalog.tab', 'tsv'],
    ['catalog.json.gz', 'json'],
    ['catalog.ndjson.gz', 'ndjson'],
    ['catalog.jsonl.gz', 'ndjson'],
    ['catalog.csv.gz', 'csv'],
    ['catalog.tsv.gz', 'tsv'],
    ['CATALOG.JSON', 'json'],
    ['Catalog.NDJSON', 'ndjson'],
    ['catalog.JsonL', 'ndjson'],
    ['CATALOG.CSV', 'csv'],
    ['catalog.TSV', 'tsv'],
    ['CATALOG.JSON.GZ', 'json'],
    ['catalog.csv.GZ', 'csv'],
    ['/var/data/shop.v2/catalog.json', 'json'],
    ['./exports/2024-05-01.products.ndjson', 'ndjson'],
    ['C:\\exports\\catalog.tsv', 'tsv'],
    ['https://example.com/feeds/catalog.csv?token=abc.json', 'csv'],
    ['https://example.com/feeds/catalog.ndjson#part.json', 'ndjson'],
  ])('%s is %s', (file, name) => {
    expect(detectFormat(file, SAMPLE).name).toBe(name);
  });
});

describe('detectFormat by content, for other file names', () => {
  it.each([
    ['a JSON array', '[{"id":"a"},{"id":"b"}]', 'json'],
    ['a JSON array after blank lines and spaces', '\n\n   [\n  {"id":"a"}\n]', 'json'],
    ['a JSON array after a byte order mark', '\ufeff[{"id":"a"}]', 'json'],
    ['one JSON object per line', '{"id":"a"}\n{"id":"b"}\n', 'ndjson'],
    ['one JSON object per line with CRLF', '{"id":"a"}\r\n{"id":"b"}\r\n', 'ndjson'],
    ['one JSON object per line after a byte order mark', '\ufeff{"id":"a"}\n', 'ndjson'],
    ['a single one-line product', '{"id":"a","title":"Tent"}', 'ndjson'],
    ['one object spread over lines', '{\n  "products": [\n    {"id":"a"}\n  ]\n}\n', 'json'],
    ['one object spread over lines, opening on the first line', '{"products": [\n  {"id":"a"}\n]}', 'json'],
    ['a minified { "products": [...] } catalog on one line', '{"products":[{"id":"a"},{"id":"b"}]}', 'json'],
    ['a minified { "products": [...] } catalog on one line with a final newline', '{"generatedAt":"2024-05-01","products":[{"id":"a"}]}\n', 'json'],
    ['a tab-separated header', 'id\ttitle\tprice\nT1\tTent, 2 person\t10\n', 'tsv'],
    ['a tab-separated header after a byte order mark', '\ufeffid\ttitle\n', 'tsv'],
    ['a comma-separated header', 'id,title,price\nT1,Tent,10\n', 'csv'],
    ['a comma-separated header whose later rows hold tabs', 'id,title\nT1,"a\tb"\n', 'csv'],
    ['a single column', 'id\nT1\n', 'csv'],
  ])('%s', (_name, sample, name) => {
    for (const file of ['catalog.txt', 'catalog', 'catalog.gz', 'export.php?format=feed']) {
      expect(detectFormat(file, sample).name, file).toBe(name);
    }
  });

  it.each([
    ['an empty sample', ''],
    ['whitespace only', ' \n\t\r\n'],
    ['a byte order mark only', '\ufeff'],
  ])('cannot tell the format of %s: E_INPUT_FORMAT', (_name, sample) => {
    const error = thrown(() => detectFormat('catalog.txt', sample));
    expect(error).toBeInstanceOf(AgentshelfError);
    expect(error).toMatchObject({ code: 'E_INPUT_FORMAT' });
  });

  it('needs no content when the extension is known', () => {
    expect(detectFormat('catalog.csv', '').name).toBe('csv');
  });
});

describe('formatByName', () => {
  it.each(['json', 'ndjson', 'csv', 'tsv'])('knows %s', (name) => {
    expect(formatByName(name).name).toBe(name);
  });

  it.each(['xml', 'JSON', 'jsonl', '', 'csv '])('throws E_INPUT_FORMAT for the unknown name %j', (name) => {
    const error = thrown(() => formatByName(name));
    expect(error).toBeInstanceOf(AgentshelfError);
    expect(error).toMatchObject({ name: 'AgentshelfError', code: 'E_INPUT_FORMAT' });
  });

  it('has unique names and extensions', () => {
    const names = INPUT_FORMATS.map((f) => f.name);
    const extensions = INPUT_FORMATS.flatMap((f) => (f.kind === 'stream' ? f.extensions : []));
    expect(new Set(names).size).toBe(names.length);
    expect(new Set(extensions).size).toBe(extensions.length);
    for (const ext of extensions) expect(ext).toMatch(/^\.[a-z0-9]+$/);
  });
});

describe('each format reads its own layout', () => {
  it.each([
    ['json', '[\n  {"id": "a"},\n  {"id": "b"}\n]', [[2, { id: 'a' }], [3, { id: 'b' }]]],
    ['ndjson', '{"id": "a"}\n{"id": "b"}\n', [[1, { id: 'a' }], [2, { id: 'b' }]]],
    ['csv', 'id,title\na,Tent\nb,"Mug, big"\n', [[2, { id: 'a', title: 'Tent', variants: [{ id: 'a' }] }], [3, { id: 'b', title: 'Mug, big', variants: [{ id: 'b' }] }]]],
    ['tsv', 'id\ttitle\na\tTent\nb\tMug, big\n', [[2, { id: 'a', title: 'Tent', variants: [{ id: 'a' }] }], [3, { id: 'b', title: 'Mug, big', variants: [{ id: 'b' }] }]]],
  ] as const)('%s', async (name, text, expected) => {
    const format = formatByName(name);
    if (format.kind !== 'stream') throw new Error(`${name} is not a stream format`);
    const items = await collect(format.read(once(text), `catalog.${name}`, testReadContext()));
    expect(items).toEqual(expected.map(([line, value]) => ({ type: 'record', value, origin: { file: `catalog.${name}`, line } })));
  });
});
