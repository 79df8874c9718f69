import { describe, expect, it } from 'vitest';
import { cut, fromChunks } from '../test-support/chunks.js';
import { readJsonCatalog } from './json-catalog.js';
import type { SourceItem } from './source-item.js';

const FILE = 'catalog.json';



async function read(chunks: readonly string[]): Promise<SourceItem[]> {
  const out: SourceItem[] = [];
  for await (const item of readJsonCatalog(fromChunks(chunks), FILE)) out.push(item);
  return out;
}

/**
 * `line:value` for a record, `line:ruleId` for a broken product. A file that is not a catalog is summed up by its
 * rule id alone: where the scan gave up is not part of the contract.
 */
const summary = (items: SourceItem[]): string[] =>
  items.map((item) => {
    if (item.type === 'record') return `${item.origin.line}:${JSON.stringify(item.value)}`;
    const { ruleId, origin } = item.diagnostic;
    return ruleId === 'input/not-a-catalog' ? ruleId : `${origin?.line}:${ruleId}`;
  });

const SIZES = [1, 2, 3, 7, 64, Infinity] as const;

describe('readJsonCatalog', () => {
  const cases: Array<[string, string, string[]]> = [
    [
      'a top-level array, one product per line',
      '[\n  {"id": "a"},\n  {"id": "b"},\n  {"id": "c"}\n]\n',
      ['2:{"id":"a"}', '3:{"id":"b"}', '4:{"id":"c"}'],
    ],
    [
      'products spread over several lines are reported at their first line',
      '[\n  {\n    "id": "a",\n    "variants": [\n      {"id": "a-1"}\n    ]\n  },\n  {\n    "id": "b"\n  }\n]',
      ['2:{"id":"a","variants":[{"id":"a-1"}]}', '8:{"id":"b"}'],
    ],
    ['a minified array on one line', '[{"id":"a"},{"id":"b"},{"id":"c"}]', ['1:{"id":"a"}', '1:{"id":"b"}', '1:{"id":"c"}']],
    ['CRLF line ends', '[\r\n  {"id": "a"},\r\n\r\n  {"id": "b"}\r\n]\r\n', ['2:{"id":"a"}', '4:{"id":"b"}']],
    ['a byte order mark and leading blank lines', '\ufeff\n\n[{"id": "a"}]', ['3:{"id":"a"}']],
    ['two products on the same line as the brackets', '[{"id": "a"},\n{"id": "b"}]', ['1:{"id":"a"}', '2:{"id":"b"}']],
    ['the comma at the start of the next line', '[\n  {"id": "a"}\n  , {"id": "b"}\n]', ['2:{"id":"a"}', '3:{"id":"b"}']],
    [
      '{ "products": [...] } with other keys before and after it',
      [
        '{',
        '  "generatedAt": "2024-05-01T00:00:00Z",',
        '  "note": "these are the products: [ {\\"products\\": [1]} ]",',
        '  "meta": { "products": [ { "id": "nested" } ], "matrix": [[1, 2], [3, {"x": [4]}]] },',
        '  "shop": { "name": "Acme", "catalog": { "products": [ { "id": "deeper" } ] } },',
        '  "products": [',
        '    { "id": "a", "tags": [[], {}] },',
        '    { "id": "b" }',
        '  ],',
        '  "after": { "products": [ { "id": "after" } ] },',
        '  "list": [1, 2, 3],',
        '  "products-count": 2',
        '}',
      ].join('\n'),
      ['7:{"id":"a","tags":[[],{}]}', '8:{"id":"b"}'],
    ],
    ['"products" as the only key', '{"products": [{"id": "a"}, {"id": "b"}]}', ['1:{"id":"a"}', '1:{"id":"b"}']],
    ['spaces around the colon of "products"', '{\n  "products"\n  :\n  [\n    {"id": "a"}\n  ]\n}', ['5:{"id":"a"}']],
    [
      'a key before "products" whose value is the string "products"',
      '{"kind": "products", "items": [{"id": "not-me"}], "products": [{"id": "a"}]}',
      ['1:{"id":"a"}'],
    ],
    ['a key whose name ends with products', '{"old_products": [{"id": "x"}], "products": [{"id": "a"}]}', ['1:{"id":"a"}']],
    [
      'strings holding brackets, braces, commas, escaped quotes and backslashes',
      String.raw`[
  {"id": "a", "title": "close ] } , and open [ { \" quoted \" \\ back", "path": "C:\\dir\\"},
  {"id": "b", "title": "\\\"", "x": "\\\\"},
  {"id": "c", "unicode": "\u005d \u007b \u0022"}
]`,
      [
        String.raw`2:{"id":"a","title":"close ] } , and open [ { \" quoted \" \\ back","path":"C:\\dir\\"}`,
        String.raw`3:{"id":"b","title":"\\\"","x":"\\\\"}`,
        '4:{"id":"c","unicode":"] { \\""}',
      ],
    ],
    [
      'a broken product in the middle (missing comma) is reported at its first line and the rest are read',
      '[\n  {"id": "a"},\n  {\n    "id": "b"\n    "title": "missing comma"\n  },\n  {"id": "c"}\n]',
      ['2:{"id":"a"}', '3:input/malformed-json', '7:{"id":"c"}'],
    ],
    [
      'a broken product inside { "products": [...] }',
      '{\n  "products": [\n    {"id": "a",},\n    {"id": "b"}\n  ]\n}',
      ['3:input/malformed-json', '4:{"id":"b"}'],
    ],
    [
      'a product with a bare word in it',
      '[{"id": "a", "price": 12,50}, {"id": "b", "active": yes}, {"id": "c"}]',
      ['1:input/malformed-json', '1:input/malformed-json', '1:{"id":"c"}'],
    ],
    [
      'stray text between products',
      '[\n  {"id": "a"} oops,\n  {"id": "b"}\n]',
      ['2:{"id":"a"}', '2:input/malformed-json', '3:{"id":"b"}'],
    ],
    [
      'elements that are not objects are records (validation rejects them later)',
      '[\n  1,\n  "text",\n  null,\n  [1, [2]],\n  -2.5e3,\n  true\n]',
      ['2:1', '3:"text"', '4:null', '5:[1,[2]]', '6:-2500', '7:true'],
    ],
    ['a bare value just before the closing bracket', '[{"id": "a"}, 42]', ['1:{"id":"a"}', '1:42']],
    ['an empty array', '[]', []],
    ['an empty array with spaces', ' [ \n ] \n', []],
    ['an empty products array', '{"products": []}', []],
    ['text after the closing bracket is ignored', '[{"id": "a"}]\n\n', ['1:{"id":"a"}']],
    ['an empty file', '', ['input/not-a-catalog']],
    ['a file of whitespace', ' \n\t\r\n', ['input/not-a-catalog']],
    ['an empty object', '{}', ['input/not-a-catalog']],
    ['"products" that is an object', '{"products": {}}', ['input/not-a-catalog']],
    ['"products" that is an object holding a products array', '{"products": {"products": [{"id": "a"}]}}', ['input/not-a-catalog']],
    ['"products" that is null', '{"products": null}', ['input/not-a-catalog']],
    ['a "products" array nested deeper only', '{"shop": {"products": [{"id": "a"}]}}', ['input/not-a-catalog']],
    ['"products" as a value, not a key', '{"name": "products", "list": [{"id": "a"}]}', ['input/not-a-catalog']],
    ['a bare string', '"products"', ['input/not-a-catalog']],
    ['a bare number', '42', ['input/not-a-catalog']],
    ['a bare null', 'null', ['input/not-a-catalog']],
    ['an unterminated array', '[\n  {"id": "a"},\n', ['2:{"id":"a"}', 'input/not-a-catalog']],
    ['an unterminated products array', '{"products": [', ['input/not-a-catalog']],
    ['just an opening bracket', '[', ['input/not-a-catalog']],
  ];

  describe.each(cases)('%s', (_name, text, expected) => {
    it.each(SIZES)('chunk size %s', async (size) => {
      const chunks = size === Infinity ? [text] : cut(text, size);
      expect(chunks.join('')).toBe(text);
      expect(summary(await read(chunks))).toEqual(expected);
    });
  });

  it('yields records with the file and the line of each product', async () => {
    expect(await read(['[\n  {"id": "a"},\n\n  {"id": "b"}\n]'])).toEqual([
      { type: 'record', value: { id: 'a' }, origin: { file: FILE, line: 2 } },
      { type: 'record', value: { id: 'b' }, origin: { file: FILE, line: 4 } },
    ]);
  });

  it('reports a broken product as an error with its origin and an excerpt of it', async () => {
    const [, broken] = await read(['[\n  {"id": "a"},\n  {"id": "b" "title": "x"},\n  {"id": "c"}\n]']);
    expect(broken).toMatchObject({
      type: 'unreadable',
      diagnostic: { ruleId: 'input/malformed-json', severity: 'error', kind: 'problem', origin: { file: FILE, line: 3 }, actual: '{"id": "b" "title": "x"}' },
    });
  });

  it('keeps only a short excerpt of a huge broken product', async () => {
    const items = await read([`[{"id": "a", "description": "${'x'.repeat(50_000)}" "oops": 1}, {"id": "b"}]`]);
    expect(summary(items)).toEqual(['1:input/malformed-json', '1:{"id":"b"}']);
    const actual = items[0]?.type === 'unreadable' ? items[0].diagnostic.actual : undefined;
    expect((actual as string).length).toBeLessThan(200);
  });

  it.each([
    ['an empty file', ''],
    ['a bare string', '"abc"'],
    ['an empty object', '{}'],
    ['an unterminated array', '[{"id": "a"}'],
  ])('reports %s as one not-a-catalog error naming the file', async (_name, text) => {
    const unreadable = (await read([text])).filter((item) => item.type === 'unreadable');
    expect(unreadable).toHaveLength(1);
    expect(unreadable[0]).toMatchObject({ diagnostic: { ruleId: 'input/not-a-catalog', severity: 'error', origin: { file: FILE } } });
  });

  it('reads multibyte text split inside surrogate pairs', async () => {
    const products = [
      { id: 'a', title: 'テント 🏕️ 帐篷', flags: '🇯🇵🇫🇷' },
      { id: 'b', title: '한국어 👩🏽‍🚀' },
    ];
    const text = JSON.stringify({ products }, null, 2);
    for (const size of SIZES) {
      const items = await read(size === Infinity ? [text] : cut(text, size));
      expect(items.map((item) => (item.type === 'record' ? item.value : item))).toEqual(products);
    }
  });

  it('reads a large catalog the same in small and large chunks', async () => {
    const products = Array.from({ length: 300 }, (_, i) => ({
      id: `p${i}`,
      title: `Product ${i} [${'{'}"x"${'}'}] \\ , 🏕️`,
      variants: [{ id: `p${i}-1`, options: { Size: 'M' } }],
    }));
    const text = JSON.stringify({ before: { products: [] }, products, after: [products[0]] }, null, 1);
    const whole = summary(await read([text]));
    expect(whole).toHaveLength(300);
    for (const size of [1, 5, 13, 1000, 65_536]) expect(summary(await read(cut(text, size)))).toEqual(whole);
  });

  it('stops reading once the catalog is closed', async () => {
    let pulled = 0;
    async function* chunks(): AsyncGenerator<string> {
      for (const chunk of ['[{"id": "a"}]', ' trailing', ' text']) {
        pulled++;
        yield chunk;
      }
    }
    const out: SourceItem[] = [];
    for await (const item of readJsonCatalog(chunks(), FILE)) out.push(item);
    expect(summary(out)).toEqual(['1:{"id":"a"}']);
    expect(pulled).toBe(1);
  });
});
